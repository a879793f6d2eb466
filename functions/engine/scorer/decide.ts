import type { CrisisReason } from "../../../shared/schemas/answer.ts";
import type { RiskModelData, RiskScore } from "./risk-model.ts";

export type RiskLevel = { level: "crisis" | "check_in"; reason: CrisisReason } | { level: "none" };

/**
 * The cues are the high-precision layer and the scorer reads the words as a whole. A cue that held in
 * context is a crisis unless the scorer finds the message almost surely not one (a joke or a song that
 * uses crisis words): then a check-in, which still asks and offers a line. Without a cue, the calibrated
 * probability decides: a crisis reply above the high threshold (a check-in where a context check cancelled a
 * crisis cue), a check-in in the band below it.
 */
export function decideRisk(cueCrisis: CrisisReason | null, score: RiskScore, thresholds: RiskModelData["thresholds"], contextCancelled = false): RiskLevel {
  if (cueCrisis) return { level: score.probability >= thresholds.cueFloor ? "crisis" : "check_in", reason: cueCrisis };
  // A crisis cue matched but a context check cancelled it ("i don't want to die, just tired", "back then"):
  // the words alone cannot overrule the check with a crisis reply, only ask.
  if (score.probability >= thresholds.crisis) return { level: contextCancelled ? "check_in" : "crisis", reason: score.reason };
  if (score.probability >= thresholds.checkIn) return { level: "check_in", reason: score.reason };
  return { level: "none" };
}
