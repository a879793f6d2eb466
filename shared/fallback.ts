import type { Copy } from "./content/copy/copy.ts";
import { copyFor } from "./content/copy/index.ts";
import { type Language, languageOfLocale } from "./content/languages.ts";
import { contactParts } from "./render/resource-line.ts";
import { supportIn } from "./resources/in-language.ts";
import { asResource, crisisSupport, resolveRegion } from "./resources/index.ts";
import type { Answer, Resource } from "./schemas/answer.ts";

/**
 * What an adapter posts when the Worker cannot answer (down, slow, broken): never silence, and
 * always a way to reach a person: the region's primary line and emergency number where known
 * (the community's region, else the locale's), and the international directory. It is written in
 * `language`, else the locale's language, else English (the message itself could not be read).
 */
export function fallbackAnswer(options: { locale?: string | undefined; region?: string | undefined; language?: Language | undefined } = {}): Answer {
  const copy = copyFor(options.language ?? languageOfLocale(options.locale));
  const choice = resolveRegion({ configuredRegion: options.region, locale: options.locale });
  const support = supportIn(crisisSupport(choice, "suicide_self_harm"), copy);
  const first = support.lines[0];
  const line = first ? asResource(first) : undefined;
  const notInRegion = choice.fromLocale && support.regionName ? copy.words.region(support.region, support.regionName) : null;
  const text = line && support.emergencyNumber ? copy.fallback.withLine(describe(line, copy), support.emergencyNumber, notInRegion) : copy.fallback.withoutLine;
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text,
    resources: [...(line ? [line] : []), ...support.international],
    followUps: [],
    language: copy.language,
  };
}

function describe(line: Resource, copy: Copy): string {
  const ways = line.phone && line.phone === line.sms ? copy.contact.callOrText(line.phone) : copy.words.or(contactParts({ ...line, url: undefined }, copy));
  const details = [ways, line.hours].filter(Boolean).join(", ");
  return details ? `${line.name} (${details})` : line.name;
}
