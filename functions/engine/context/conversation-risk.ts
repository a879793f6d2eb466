import type { RiskLevel } from "../scorer/decide.ts";
import { assessRisk } from "../scorer/assess-risk.ts";
import { ENGLISH_SCORER } from "../scorer/english.ts";
import type { RiskScorer } from "../scorer/risk-scorer.ts";
import { normalise, type NormalisedMessage } from "../normalise/normalise.ts";
import { triageInContext, type TriageVerdict } from "../triage/cancellations.ts";
import { ENGLISH, type TriagePack } from "../triage/packs.ts";
import { asksAboutMeans } from "./means-questions.ts";

/** The risk of a message read with the member's earlier messages, and the text its crisis reply should fit. */
export interface ConversationRisk {
  risk: RiskLevel;
  /** The message, or the conversation when the crisis came from it (an overdose said two messages ago). */
  read: NormalisedMessage;
}

export interface ConversationReaders {
  pack?: TriagePack;
  scorer?: RiskScorer;
}

/**
 * Risk over `context` (the same member's earlier messages, oldest first) and the message; the answer
 * itself comes only from the message. The context can raise the level, never lower it: a calm context
 * never dilutes a crisis message. And it raises it only so far (docs/conversations.md):
 * - a crisis in the context makes any later message at least a check-in (it answers what was asked and
 *   asks again), and a crisis reply when the message carries a signal of its own;
 * - a question about a means (a bridge's height, how many pills) after distress is a crisis;
 * - the conversation read as one text decides only when the message itself carries a signal, so a dark
 *   context never turns every later calm message into an alarm.
 */
export function assessConversationRisk(
  message: NormalisedMessage,
  verdict: TriageVerdict,
  context: readonly string[] | undefined,
  readers: ConversationReaders = {},
): ConversationRisk {
  const pack = readers.pack ?? ENGLISH;
  const scorer = readers.scorer ?? ENGLISH_SCORER;
  const alone = assessRisk(message, verdict, scorer);
  const earlier = (context ?? []).filter((text) => text.trim().length > 0);
  if (alone.level === "crisis" || earlier.length === 0) return { risk: alone, read: message };

  const said = normalise(earlier.join("\n"));
  const before = judge(said, pack, scorer);
  let read: NormalisedMessage | undefined;
  // Each message was normalised on its own already: the conversation is the two, end to end.
  const whole = () => (read ??= { text: `${said.text} ${message.text}`, folded: `${said.folded} ${message.folded}`, clauses: [...said.clauses, ...message.clauses] });
  const means = asksAboutMeans(message.folded);
  const signal = means || alone.level === "check_in" || verdict.result?.kind === "crisis" || scorer.score(message, verdict.cancelled).probability >= scorer.thresholds.checkIn / 2;

  if (before.risk.level === "crisis") {
    return signal ? { risk: { level: "crisis", reason: before.risk.reason }, read: whole() } : { risk: atLeastCheckIn(alone, before.risk.reason), read: message };
  }
  if (means && (before.risk.level === "check_in" || before.probability >= scorer.thresholds.checkIn / 2)) {
    return { risk: { level: "crisis", reason: "suicide_self_harm" }, read: whole() };
  }
  if (!signal) return { risk: alone, read: message };
  const together = judge(whole(), pack, scorer).risk;
  if (together.level === "crisis") return { risk: together, read: whole() };
  return { risk: together.level === "check_in" ? atLeastCheckIn(alone, together.reason) : alone, read: message };
}

function judge(message: NormalisedMessage, pack: TriagePack, scorer: RiskScorer): { risk: RiskLevel; probability: number } {
  const verdict = triageInContext(message, pack);
  return { risk: assessRisk(message, verdict, scorer), probability: scorer.score(message, verdict.cancelled).probability };
}

function atLeastCheckIn(alone: RiskLevel, reason: Extract<RiskLevel, { reason: unknown }>["reason"]): RiskLevel {
  return alone.level === "none" ? { level: "check_in", reason } : alone;
}
