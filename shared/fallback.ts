import { contactParts } from "./render/resource-line.ts";
import { asResource, crisisSupport, resolveRegion } from "./resources/index.ts";
import type { Answer, Resource } from "./schemas/answer.ts";

const SORRY = "Sorry, I can't reach my answers right now. Please try again in a little while.";

/**
 * What an adapter posts when the Worker cannot answer (down, slow, broken): never silence, and
 * always a way to reach a person: the region's primary line and emergency number where known
 * (the community's region, else the locale's), and the international directory.
 */
export function fallbackAnswer(options: { locale?: string | undefined; region?: string | undefined } = {}): Answer {
  const choice = resolveRegion({ configuredRegion: options.region, locale: options.locale });
  const support = crisisSupport(choice, "suicide_self_harm");
  const first = support.lines[0];
  const line = first ? asResource(first) : undefined;
  const text =
    line && support.emergencyNumber
      ? `${SORRY}\n\nIf you are struggling or not safe right now, you can reach ${describe(line)}, or call ` +
        `${support.emergencyNumber} if you are in immediate danger.` +
        (choice.fromLocale ? ` If you are not in ${support.regionName}, findahelpline.com lists free lines in your country.` : "") +
        " You deserve support from a person."
      : `${SORRY}\n\nIf you are struggling or not safe right now, please contact your local emergency number, or find a free, ` +
        "confidential helpline in your country at findahelpline.com. You deserve support from a person.";
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text,
    resources: [...(line ? [line] : []), ...support.international],
    followUps: [],
  };
}

function describe(line: Resource): string {
  const ways = line.phone && line.phone === line.sms ? `call or text ${line.phone}` : contactParts({ ...line, url: undefined }).join(" or ");
  const details = [ways, line.hours].filter(Boolean).join(", ");
  return details ? `${line.name} (${details})` : line.name;
}
