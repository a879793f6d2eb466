import type { Answer, CrisisReason } from "../../../shared/schemas/answer.ts";
import type { CrisisSupport } from "../../../shared/resources/api.ts";
import { asResource } from "../../../shared/resources/to-resource.ts";
import { emergencyToCall } from "./emergency-text.ts";
import { howToReach } from "./resource-text.ts";

/**
 * Asked kindly and directly (asking about suicide does not plant the idea): what a check-in asks, by
 * the reason the scorer saw.
 */
const QUESTION: Record<CrisisReason, string> = {
  suicide_self_harm:
    "Some of what you wrote sounds really heavy, so I want to ask you directly: are you having thoughts of suicide, or of hurting yourself? It's okay to say so, whatever the answer.",
  someone_else_at_risk:
    "It sounds like you're worried about someone, so I want to ask directly: do you think they might be thinking about suicide or about hurting themselves? It's okay to ask them that too; it doesn't put the idea in their head.",
  abuse_danger:
    "I want to check in with you: are you safe right now? Is someone hurting you, or making you afraid of being hurt?",
  harm_to_others:
    "I want to check in with you: are you having thoughts of hurting someone, or yourself? It's okay to say so; it's a reason to get support, not to be judged.",
};

/** Whose danger the emergency number is for. */
const DANGER: Record<CrisisReason, string> = {
  suicide_self_harm: "If you're in immediate danger",
  someone_else_at_risk: "If they're in immediate danger",
  abuse_danger: "If you're in immediate danger",
  harm_to_others: "If anyone is in immediate danger",
};

/** How the line is offered, as an answer to that question. */
const OFFER: Record<CrisisReason, string> = {
  suicide_self_harm: "If you are, you can talk to someone now",
  someone_else_at_risk: "If they might be, a line can talk you through how to help",
  abuse_danger: "If you're not, or you're not sure, you can talk to someone now",
  harm_to_others: "If you are, you can talk to someone now",
};

const BOT = "I'm a bot, but I'm here if you want to keep talking.";

/**
 * A check-in: risk is possible but unclear. It keeps what was asked answered (a topic or redirect), then
 * asks about safety and offers one line for the region, and the emergency number.
 */
export function composeCheckIn(asked: Answer | null, reason: CrisisReason, support: CrisisSupport): Answer {
  // An abuse line is offered only for abuse; a line that may be closed always has the emergency number beside it.
  const line = support.lines.find((candidate) => candidate.kind !== "dv" || reason === "abuse_danger");
  const directory = support.international[0];
  const offer = line
    ? `${OFFER[reason]}: **${line.name}**, ${howToReach(line)}${line.hours ? ` (${line.hours})` : ""}.`
    : directory
      ? `${OFFER[reason]}: **${directory.name}** (${directory.url}) shows free, confidential lines where you are.`
      : `${OFFER[reason]}: please reach out to a local crisis line.`;
  const emergency = `${DANGER[reason]}, call ${emergencyToCall(support.emergency, reason)}.`;
  const checkIn = `${QUESTION[reason]} ${offer} ${emergency} ${BOT}`;
  return {
    kind: "check_in",
    topic: null,
    reason,
    text: asked ? `${asked.text}\n\n${checkIn}` : checkIn,
    resources: line ? [asResource(line)] : support.international.slice(0, 1),
    followUps: asked?.followUps ?? [],
  };
}
