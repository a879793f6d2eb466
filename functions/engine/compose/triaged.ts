import type { Answer, AnswerRequest } from "../../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import type { ResourceDirectory } from "../../../shared/resources/api.ts";
import { directory as builtIn } from "../../../shared/resources/index.ts";
import type { TriageResult } from "../triage/triage.ts";
import { composeCrisis } from "./crisis.ts";
import { composeRedirect } from "./redirect.ts";

/**
 * The reply to a triaged message. Resources follow the community's configured region, else the
 * region of the user's locale (with the international directory too), else the international one.
 */
export function composeTriaged(
  triaged: NonNullable<TriageResult>,
  request: Pick<AnswerRequest, "locale">,
  config: ResolvedCommunityConfig,
  directory: ResourceDirectory = builtIn,
): Answer {
  const choice = directory.resolveRegion({ configuredRegion: config.region, locale: request.locale });
  if (triaged.kind === "crisis") return composeCrisis(triaged.reason, directory.crisisSupport(choice, triaged.reason), config.extraResources);
  const signpost = triaged.reason === "therapist_misconduct" ? directory.misconductRoute(choice) : directory.professionalHelp(choice);
  return composeRedirect(triaged.reason, signpost, config.extraResources);
}
