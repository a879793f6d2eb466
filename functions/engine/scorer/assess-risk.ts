import type { NormalisedMessage } from "../normalise/normalise.ts";
import type { TriageVerdict } from "../triage/cancellations.ts";
import { type CueVerdict, decideRisk, type RiskLevel } from "./decide.ts";
import { ENGLISH_SCORER } from "./english.ts";
import type { RiskScore } from "./risk-model.ts";
import type { RiskScorer } from "./risk-scorer.ts";

/**
 * The cues' verdict and the scorer's probability, judged together (see decideRisk). `score`: the scorer's reading of
 * this message with these cancellations, when the caller has it already (it is not worked out twice).
 */
export function assessRisk(
  message: NormalisedMessage,
  { result, cancelled }: TriageVerdict,
  scorer: RiskScorer = ENGLISH_SCORER,
  score: RiskScore = scorer.score(message, cancelled),
): RiskLevel {
  const cues: CueVerdict = { crisis: result?.kind === "crisis" ? result.reason : null, cancelled: cancelled.size > 0, redirect: result?.kind === "redirect" };
  if (cues.crisis && score.probability < scorer.thresholds.cueFloor) {
    // One crisis sentence in a long, calm story: the floor asks about the sentence, not about the whole.
    const clauses = message.clauses.map((clause) => scorer.score({ text: clause, folded: clause, clauses: [clause] }, cancelled).probability);
    return decideRisk(cues, { ...score, probability: Math.max(score.probability, ...clauses) }, scorer.thresholds);
  }
  return decideRisk(cues, score, scorer.thresholds);
}
