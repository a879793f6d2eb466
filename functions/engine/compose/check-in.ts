import type { Copy } from "../../../shared/content/copy/copy.ts";
import { en } from "../../../shared/content/copy/en.ts";
import type { CrisisSupport } from "../../../shared/resources/api.ts";
import { asResource } from "../../../shared/resources/to-resource.ts";
import type { Answer, CrisisReason } from "../../../shared/schemas/answer.ts";
import { emergencyToCall } from "./emergency-text.ts";
import { howToReach } from "./resource-text.ts";

/**
 * A check-in: risk is possible but unclear. It keeps what was asked answered (a topic or redirect), then
 * asks about safety (kindly and directly: asking about suicide does not plant the idea) and offers one
 * line for the region, and the emergency number.
 */
export function composeCheckIn(asked: Answer | null, reason: CrisisReason, support: CrisisSupport, copy: Copy = en): Answer {
  // An abuse line is offered only for abuse; a line that may be closed always has the emergency number beside it.
  const line = support.lines.find((candidate) => candidate.kind !== "dv" || reason === "abuse_danger");
  const directory = support.international[0];
  const words = copy.checkIn;
  const offer = line
    ? words.offerLine(words.offer[reason], line.name, howToReach(line, copy), line.hours)
    : directory
      ? words.offerDirectory(words.offer[reason], directory.name, directory.url ?? "")
      : words.offerNoLine(words.offer[reason]);
  const emergency = words.danger[reason](emergencyToCall(support.emergency, reason, copy));
  const checkIn = `${words.question[reason]} ${offer} ${emergency} ${words.bot}`;
  return {
    kind: "check_in",
    topic: null,
    reason,
    text: asked ? `${asked.text}\n\n${checkIn}` : checkIn,
    resources: line ? [asResource(line)] : support.international.slice(0, 1),
    followUps: asked?.followUps ?? [],
  };
}
