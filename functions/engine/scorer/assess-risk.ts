import type { NormalisedMessage } from "../normalise/normalise.ts";
import type { TriageResult } from "../triage/triage.ts";
import { decideRisk, type RiskLevel } from "./decide.ts";
import { ENGLISH_SCORER } from "./english.ts";
import type { RiskScorer } from "./risk-scorer.ts";

/** The cues' verdict and the scorer's probability, judged together (see decideRisk). */
export function assessRisk(message: NormalisedMessage, triaged: TriageResult, scorer: RiskScorer = ENGLISH_SCORER): RiskLevel {
  return decideRisk(triaged?.kind === "crisis" ? triaged.reason : null, scorer.score(message), scorer.thresholds);
}
