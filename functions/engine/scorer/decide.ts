import type { CrisisReason } from "../../../shared/schemas/answer.ts";
import type { RiskModelData, RiskScore } from "./risk-model.ts";

export type RiskLevel = { level: "crisis" | "check_in"; reason: CrisisReason } | { level: "none" };

/**
 * Cues are the high-precision layer: one that holds in context is a crisis. Otherwise the calibrated
 * probability decides: a crisis reply above the high threshold, a check-in in the band below it.
 */
export function decideRisk(cueCrisis: CrisisReason | null, score: RiskScore, thresholds: RiskModelData["thresholds"]): RiskLevel {
  if (cueCrisis) return { level: "crisis", reason: cueCrisis };
  if (score.probability >= thresholds.crisis) return { level: "crisis", reason: score.reason };
  if (score.probability >= thresholds.checkIn) return { level: "check_in", reason: score.reason };
  return { level: "none" };
}
