import type { NormalisedMessage } from "../normalise/normalise.ts";
import { assessRisk } from "../scorer/assess-risk.ts";
import type { RiskLevel } from "../scorer/decide.ts";
import { type TriageVerdict, triageInContext } from "./cancellations.ts";
import { scorerFor } from "./pack-scorers.ts";
import { ASK_PACKS, ENGLISH, packFor, type TriagePack } from "./packs.ts";
import type { TriageResult } from "./triage.ts";

/** The whole judgement of a message: its risk, and what triage found (a redirect the reply answers). */
export interface Judgement {
  risk: RiskLevel;
  triaged: TriageResult;
  /** The pack whose verdict this is (the risk's, else the redirect's, else the message's language's). */
  language: string;
  /** The first pack's reading with its own scorer in full, kept so the conversation's reading does not redo it. */
  own: MessageReading;
}

/** One pack's reading of a message: triage's verdict, the risk with the pack's scorer, and the scorer's probability. */
export interface MessageReading {
  pack: TriagePack;
  verdict: TriageVerdict;
  risk: RiskLevel;
  probability: number;
}

export const RISK_ORDER: Record<RiskLevel["level"], number> = { crisis: 2, check_in: 1, none: 0 };

/**
 * The packs a message in `language` is read with: its own, then English (chat mixes both; English slang travels),
 * then those of the other languages it mixes in, then its language's check-in pack (ASK_PACKS) when it has one.
 */
export function packsFor(language: string, alsoReading: readonly string[] = []): TriagePack[] {
  const own = packFor(language);
  const packs = [own, ENGLISH];
  for (const other of alsoReading) packs.push(packFor(other));
  const ask = ASK_PACKS[own.language];
  if (ask) packs.push(ask);
  return [...new Set(packs)];
}

/**
 * Judges the message with its language's pack and with English, each pack's cues with its own scorer. A crisis
 * signal in any pack counts: the highest risk wins (crisis, then check-in), the message's own language first on
 * a tie; a redirect comes from the first pack that found one.
 */
export function judgeInLanguages(message: NormalisedMessage, language: string, packs: readonly TriagePack[] = packsFor(language)): Judgement {
  let best: Judgement | undefined;
  let redirect: Judgement | undefined;
  let own: MessageReading | undefined;
  for (const pack of packs) {
    const verdict = triageInContext(message, pack);
    // A scorer learned one language's words: on another's ("die" is German's article) it may confirm that pack's
    // cue, never raise an alarm alone. The message's own language's pack judges with its scorer in full.
    const guest = own !== undefined;
    let risk: RiskLevel = { level: "none" };
    if (pack.askOnly) {
      // Its cues only ask: a check-in, with no scorer to confirm or overrule it.
      if (verdict.result?.kind === "crisis") risk = { level: "check_in", reason: verdict.result.reason };
    } else if (!guest || verdict.result?.kind === "crisis") {
      const scorer = scorerFor(pack);
      const score = scorer.score(message, verdict.cancelled);
      risk = assessRisk(message, verdict, scorer, score);
      own ??= { pack, verdict, risk, probability: score.probability };
    }
    const judgement: Judgement = { risk, triaged: verdict.result, language: pack.language, own: own! };
    if (!best || RISK_ORDER[risk.level] > RISK_ORDER[best.risk.level]) best = judgement;
    if (!redirect && verdict.result?.kind === "redirect") redirect = judgement;
    if (risk.level === "crisis") break;
  }
  if (best!.risk.level === "none" && redirect) return redirect;
  // A check-in answers what was asked first: the redirect found in any pack.
  return best!.triaged?.kind === "redirect" || !redirect ? best! : { ...best!, triaged: redirect.triaged };
}
