import type { Copy } from "../../../shared/content/copy/copy.ts";
import { en } from "../../../shared/content/copy/en.ts";
import type { RegionChoice, ResourceDirectory } from "../../../shared/resources/api.ts";
import { directoryIn } from "../../../shared/resources/in-language.ts";
import { directory as builtIn } from "../../../shared/resources/index.ts";
import type { Answer, AnswerRequest } from "../../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import { NO_SITUATION, type Situation } from "../situation/detect-situation.ts";
import type { TriageResult } from "../triage/triage.ts";
import { composeCrisis } from "./crisis.ts";
import { composeRedirect } from "./redirect.ts";

/**
 * The one place a community's `region` is applied: it wins over the user's locale (docs/design.md). Every reply
 * that gives lines (crisis, redirect, check-in, the note for an unsupported language) chooses its region here.
 */
export function regionFor(
  config: Pick<ResolvedCommunityConfig, "region">,
  request: Pick<AnswerRequest, "locale">,
  directory: ResourceDirectory = builtIn,
): RegionChoice {
  return directory.resolveRegion({ configuredRegion: config.region, locale: request.locale });
}

/**
 * The reply to a triaged message. Resources follow the community's configured region, else the
 * region of the user's locale (with the international directory too), else the international one.
 * A crisis reply fits the situation the message describes (an overdose, a young person, ...).
 */
export function composeTriaged(
  triaged: NonNullable<TriageResult>,
  request: Pick<AnswerRequest, "locale">,
  config: ResolvedCommunityConfig,
  situation: Situation = NO_SITUATION,
  directory: ResourceDirectory = builtIn,
  copy: Copy = en,
): Answer {
  const choice = regionFor(config, request, directory);
  const local = directoryIn(directory, copy);
  if (triaged.kind === "crisis") {
    const support = local.crisisSupport(choice, triaged.reason, { youngPerson: situation.youngPerson });
    return composeCrisis(triaged.reason, support, config.extraResources, situation, copy);
  }
  const signpost = triaged.reason === "therapist_misconduct" ? local.misconductRoute(choice) : local.professionalHelp(choice);
  return composeRedirect(triaged.reason, signpost, config.extraResources, copy);
}
