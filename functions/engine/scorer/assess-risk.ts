import type { NormalisedMessage } from "../normalise/normalise.ts";
import type { TriageResult } from "../triage/triage.ts";
import { decideRisk, type RiskLevel } from "./decide.ts";
import { ENGLISH_SCORER } from "./english.ts";
import type { RiskScorer } from "./risk-scorer.ts";

/** The cues' verdict and the scorer's probability, judged together (see decideRisk). */
export function assessRisk(message: NormalisedMessage, triaged: TriageResult, scorer: RiskScorer = ENGLISH_SCORER): RiskLevel {
  const cueCrisis = triaged?.kind === "crisis" ? triaged.reason : null;
  const score = scorer.score(message);
  if (cueCrisis && score.probability < scorer.thresholds.cueFloor) {
    // One crisis sentence in a long, calm story: the floor asks about the sentence, not about the whole.
    const probability = Math.max(score.probability, ...message.clauses.map((clause) => scorer.score({ text: clause, folded: clause, clauses: [clause] }).probability));
    return decideRisk(cueCrisis, { ...score, probability }, scorer.thresholds);
  }
  return decideRisk(cueCrisis, score, scorer.thresholds);
}
