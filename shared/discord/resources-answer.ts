import { asResource, crisisSupport, professionalHelp, resolveRegion } from "../resources/index.ts";
import type { Answer, Resource } from "../schemas/answer.ts";
import type { ExtraResource } from "../schemas/community-config.ts";

export interface ResourcesFor {
  /** The community's configured region, which wins over the locale (docs/design.md). */
  region?: string | undefined;
  /** The member's locale, else the server's. */
  locale?: string | undefined;
  /** The community's own resources, shown after the built-in ones. */
  extraResources?: readonly ExtraResource[] | undefined;
}

/**
 * `/resources`: the region's crisis lines and emergency number (the international directory when the
 * region is unknown or only guessed from a locale), the community's own lines, then non-urgent help.
 */
export function resourcesAnswer(where: ResourcesFor = {}): Answer {
  const choice = resolveRegion({ configuredRegion: where.region, locale: where.locale });
  const support = crisisSupport(choice, "suicide_self_harm");
  const professional = professionalHelp(choice);
  const emergency = support.emergencyNumber ? `call ${support.emergencyNumber}` : "call your local emergency number";
  const place = support.regionName
    ? `The lines below are for ${support.regionName}.${choice.fromLocale ? " If you are somewhere else, findahelpline.com lists free lines in your country." : ""}`
    : "findahelpline.com lists free, confidential lines in your country.";
  const text =
    "If you are struggling or not safe right now, help is available now, and you deserve support from a person. " +
    `${place} If you might act on thoughts of harming yourself or someone else, ${emergency} now, and if you can, ` +
    "reach out to someone who can be with you.\n\n" +
    `For support that isn't urgent: ${professional.text}\n\n` +
    "I'm a bot, so I can't talk it through with you, but I'm here if you want to ask me something.";
  const extras = (where.extraResources ?? []).map((extra) => extraAsResource(extra, choice.region));
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text,
    resources: [...support.lines.map(asResource), ...support.international, ...extras, ...professional.resources],
    followUps: [],
  };
}

function extraAsResource(extra: ExtraResource, region: string | null): Resource {
  return {
    name: extra.name,
    region: region ?? "INT",
    ...(extra.phone ? { phone: extra.phone } : {}),
    ...(extra.url ? { url: extra.url } : {}),
    ...(extra.description ? { hours: extra.description } : {}),
  };
}
