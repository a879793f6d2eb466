import { copyFor } from "../content/copy/index.ts";
import { type Language, languageOfLocale } from "../content/languages.ts";
import { communityExtras, communityResource } from "../resources/community-lines.ts";
import { signpostIn, supportIn } from "../resources/in-language.ts";
import { asResource, crisisSupport, professionalHelp, resolveRegion } from "../resources/index.ts";
import type { Answer } from "../schemas/answer.ts";
import type { ExtraResource } from "../schemas/community-config.ts";

export interface ResourcesFor {
  /** The community's configured region, which wins over the locale (docs/design.md). */
  region?: string | undefined;
  /** The member's locale, else the server's. */
  locale?: string | undefined;
  /** The community's own resources, shown after the built-in ones. */
  extraResources?: readonly ExtraResource[] | undefined;
  /** The language to answer in (the member's, else the community's default); else the locale's, else English. */
  language?: Language | undefined;
}

/**
 * `/resources`: the region's crisis lines and emergency number (the international directory when the
 * region is unknown or only guessed from a locale), the community's own lines, then non-urgent help.
 */
export function resourcesAnswer(where: ResourcesFor = {}): Answer {
  const choice = resolveRegion({ configuredRegion: where.region, locale: where.locale });
  const copy = copyFor(where.language ?? languageOfLocale(where.locale));
  const support = supportIn(crisisSupport(choice, "suicide_self_harm"), copy);
  const professional = signpostIn(professionalHelp(choice), copy, "professional");
  const region = support.regionName ? copy.words.region(support.region, support.regionName) : null;
  const text = copy.resources.text(region, choice.fromLocale, support.emergencyNumber, professional.text);
  const builtIn = [...support.lines.map(asResource), ...support.international];
  // The same rule as crisis and redirect replies: a moderator's line named like a built-in one is not shown twice.
  const extras = communityExtras(where.extraResources ?? [], builtIn, copy.directory).map((extra) =>
    communityResource(extra, choice.region, { withDescription: true }),
  );
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text,
    resources: [...builtIn, ...extras, ...professional.resources],
    followUps: [],
    language: copy.language,
  };
}
