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

/** The message's own reading with the pack and scorer the conversation is read with (judgeInLanguages has it already). */
export interface OwnReading {
  verdict: TriageVerdict;
  risk: RiskLevel;
  probability: number;
}

/**
 * Of each earlier message, the joined reading takes at most this many characters: its first and last
 * `CONTEXT_READ_CHARS / 2`, cut at word boundaries. Chat messages are far shorter (every corpus message is); a
 * longer one loses its middle to this reading, so a crisis said only in the middle of a long earlier message is
 * not seen by the conversation (the message itself is always read in full).
 */
export const CONTEXT_READ_CHARS = 600;

/**
 * Risk over `context` (the same member's earlier messages, oldest first) and the message; the answer
 * itself comes only from the message. The context can raise the level, never lower it: a calm context
 * never dilutes a crisis message. And it raises it only so far (docs/conversations.md):
 * - a crisis in the context makes any later message at least a check-in (it answers what was asked and
 *   asks again), and a crisis reply when the message carries a signal of its own;
 * - a question about a means (a bridge's height, how many pills) after distress is a crisis;
 * - the conversation read as one text decides only when the message itself carries a signal, so a dark
 *   context never turns every later calm message into an alarm.
 * `own`: the message's reading with `readers.pack` and its scorer, when the caller has it (else it is worked out).
 * Nothing is kept beyond the call.
 */
export function assessConversationRisk(
  message: NormalisedMessage,
  context: readonly string[] | undefined,
  readers: ConversationReaders = {},
  own?: OwnReading,
): ConversationRisk {
  const pack = readers.pack ?? ENGLISH;
  const scorer = readers.scorer ?? ENGLISH_SCORER;
  const mine = own ?? judge(message, pack, scorer);
  const alone = mine.risk;
  const earlier = (context ?? []).filter((text) => text.trim().length > 0);
  if (alone.level === "crisis" || earlier.length === 0) return { risk: alone, read: message };

  const said = normalise(earlier.map(boundedForReading).join("\n"));
  const before = judge(said, pack, scorer);
  let read: NormalisedMessage | undefined;
  // Each message was normalised on its own already: the conversation is the two, end to end.
  const whole = () => (read ??= { text: `${said.text} ${message.text}`, folded: `${said.folded} ${message.folded}`, clauses: [...said.clauses, ...message.clauses] });
  const means = asksAboutMeans(message.folded);
  const signal = means || alone.level === "check_in" || mine.verdict.result?.kind === "crisis" || mine.probability >= scorer.thresholds.checkIn / 2;

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

/** An earlier message as the joined reading takes it: whole up to CONTEXT_READ_CHARS, else its start and its end. */
export function boundedForReading(text: string): string {
  if (text.length <= CONTEXT_READ_CHARS) return text;
  const half = CONTEXT_READ_CHARS / 2;
  const head = text.slice(0, half);
  const tail = text.slice(-half);
  // Whole words only: a word cut in two could read as another word.
  const headEnd = /\s/.test(text[half] ?? " ") ? head.length : Math.max(head.search(/\s\S*$/), 0);
  const tailStart = /\s/.test(text[text.length - half - 1] ?? " ") ? 0 : Math.max(tail.search(/\s/), 0);
  return `${head.slice(0, headEnd)}\n${tail.slice(tailStart)}`;
}

/** Triage with the pack, then the scorer once: its probability serves both the decision and the caller. */
function judge(message: NormalisedMessage, pack: TriagePack, scorer: RiskScorer): OwnReading {
  const verdict = triageInContext(message, pack);
  const score = scorer.score(message, verdict.cancelled);
  return { verdict, risk: assessRisk(message, verdict, scorer, score), probability: score.probability };
}

function atLeastCheckIn(alone: RiskLevel, reason: Extract<RiskLevel, { reason: unknown }>["reason"]): RiskLevel {
  return alone.level === "none" ? { level: "check_in", reason } : alone;
}
