import { type NormalisedMessage, normalise } from "../normalise/normalise.ts";
import { assessRisk } from "../scorer/assess-risk.ts";
import type { RiskLevel } from "../scorer/decide.ts";
import { ENGLISH_SCORER } from "../scorer/english.ts";
import type { RiskScore } from "../scorer/risk-model.ts";
import type { RiskScorer } from "../scorer/risk-scorer.ts";
import { joinedWords } from "../scorer/tokens.ts";
import { type TriageVerdict, triageInContext } from "../triage/cancellations.ts";
import { ENGLISH, type TriagePack } from "../triage/packs.ts";
import { crisisIn } from "./crisis-in.ts";
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
 * Of each earlier message, the joined reading (cues, scorer, and the conversation read as one text) takes at most
 * this many characters: its first and last `CONTEXT_READ_CHARS / 2`, cut at word boundaries. Chat messages are far
 * shorter (every corpus message but 11 of 2,470 is). The middle of a longer one is still read by the crisis cues
 * alone (no scorer, no redirects), so "i want to kill myself" anywhere in it is still a crisis in the context; what
 * the bound can miss is a crisis only the scorer or the conversation as one text would find, from words in that
 * middle (weak cues there combine only with each other). The message itself is always read in full.
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

  const means = asksAboutMeans(message.folded);
  const signal = means || alone.level === "check_in" || mine.verdict.result?.kind === "crisis" || mine.probability >= scorer.thresholds.checkIn / 2;
  const parts = earlier.map(boundedForReading);
  const said = normalise(parts.map(({ read }) => read).join("\n"));
  // Unless the message asks about a means, the context counts only through a crisis (below): crisisIn reads only what
  // could make it one. A means question also asks whether the context is a check-in or leans that way.
  const before = means ? judge(said, pack, scorer) : undefined;
  let crisis = before ? (before.risk.level === "crisis" ? before.risk.reason : null) : crisisIn(said, pack, scorer);
  const skipped = parts.map((part) => part.skipped).filter((text) => text.length > 0);
  if (!crisis && skipped.length > 0) {
    // The middles of long messages, by the crisis cues: a cue that holds there (rare) is then judged as usual.
    const middles = normalise(skipped.join("\n"));
    const verdict = triageInContext(middles, pack, () => false);
    if (verdict.result?.kind === "crisis") {
      const risk = assessRisk(middles, verdict, scorer);
      if (risk.level === "crisis") crisis = risk.reason;
    }
  }
  let read: NormalisedMessage | undefined;
  // Each message was normalised on its own already: the conversation is the two, end to end.
  const whole = () =>
    (read ??= joinedWords(said, message, {
      text: `${said.text} ${message.text}`,
      folded: `${said.folded} ${message.folded}`,
      clauses: [...said.clauses, ...message.clauses],
    }));

  if (crisis) {
    return signal ? { risk: { level: "crisis", reason: crisis }, read: whole() } : { risk: atLeastCheckIn(alone, crisis), read: message };
  }
  if (before && (before.risk.level === "check_in" || before.probability >= scorer.thresholds.checkIn / 2)) {
    return { risk: { level: "crisis", reason: "suicide_self_harm" }, read: whole() };
  }
  if (!signal) return { risk: alone, read: message };
  if (alone.level === "check_in") {
    // A check-in already: the conversation read as one text can only change that by being a crisis.
    const reason = crisisIn(whole(), pack, scorer);
    return reason ? { risk: { level: "crisis", reason }, read: whole() } : { risk: alone, read: message };
  }
  const together = riskOf(whole(), pack, scorer);
  if (together.level === "crisis") return { risk: together, read: whole() };
  return { risk: together.level === "check_in" ? atLeastCheckIn(alone, together.reason) : alone, read: message };
}

/** An earlier message as the joined reading takes it (whole up to CONTEXT_READ_CHARS, else its start and its end), and the middle it leaves out. */
export function boundedForReading(text: string): { read: string; skipped: string } {
  if (text.length <= CONTEXT_READ_CHARS) return { read: text, skipped: "" };
  const half = CONTEXT_READ_CHARS / 2;
  // Whole words only: a word cut in two could read as another word.
  const headEnd = /\s/.test(text[half]!) ? half : Math.max(text.slice(0, half).search(/\s\S*$/), 0);
  const tailFrom = text.length - half;
  const tailStart = /\s/.test(text[tailFrom - 1]!) ? tailFrom : tailFrom + Math.max(text.slice(tailFrom).search(/\s/), 0);
  return { read: `${text.slice(0, headEnd)}\n${text.slice(tailStart)}`, skipped: text.slice(headEnd, tailStart) };
}

/**
 * Triage with the pack, then the scorer once: its probability serves both the decision and the caller. Only the
 * risk is wanted here, so the redirect cues are read only when they could change it: no crisis cue held and the
 * probability reaches `redirectsFrom` (by default the check-in threshold: below it, the risk is none with or without
 * a redirect; see decideRisk).
 */
function judge(message: NormalisedMessage, pack: TriagePack, scorer: RiskScorer, redirectsFrom = scorer.thresholds.checkIn): OwnReading {
  let score: RiskScore | undefined;
  const verdict = triageInContext(message, pack, (cancelled) => (score = scorer.score(message, cancelled)).probability >= redirectsFrom);
  score ??= scorer.score(message, verdict.cancelled);
  return { verdict, risk: assessRisk(message, verdict, scorer, score), probability: score.probability };
}

/**
 * `judge(message, pack, scorer).risk`, when only the level is wanted: without a crisis cue, a probability that
 * `surelyBelow` shows is under the check-in threshold is no risk whatever the redirects and cancellations (decideRisk),
 * and then neither the redirect cues nor the scorer's full features are read.
 */
export function riskOf(message: NormalisedMessage, pack: TriagePack, scorer: RiskScorer): RiskLevel {
  const { checkIn } = scorer.thresholds;
  // Asked only when no crisis cue held: null then means no cue and a probability under every threshold.
  let score = undefined as RiskScore | null | undefined;
  const verdict = triageInContext(message, pack, (cancelled) => {
    score = scorer.scoreUnlessSurelyBelow(message, cancelled, checkIn);
    return score !== null && score.probability >= checkIn;
  });
  if (score === null) return { level: "none" };
  return assessRisk(message, verdict, scorer, score ?? scorer.score(message, verdict.cancelled));
}

function atLeastCheckIn(alone: RiskLevel, reason: Extract<RiskLevel, { reason: unknown }>["reason"]): RiskLevel {
  return alone.level === "none" ? { level: "check_in", reason } : alone;
}
