import type { CrisisReason } from "../../../shared/schemas/answer.ts";
import type { RiskModelData, RiskScore } from "./risk-model.ts";

export type RiskLevel = { level: "crisis" | "check_in"; reason: CrisisReason } | { level: "none" };

/** What the cues concluded, as the decision needs it. */
export interface CueVerdict {
  /** A crisis cue held in context. */
  crisis: CrisisReason | null;
  /** A crisis cue matched and a context check cancelled it ("i don't want to die, just tired", "back then"). */
  cancelled: boolean;
  /** A redirect cue held: the message is a recognisable question for a professional ("should i stop my meds"). */
  redirect: boolean;
}

/**
 * The cues are the high-precision layer and the scorer reads the words as a whole. A cue that held in
 * context is a crisis unless the scorer finds the message almost surely not one (a joke or a song that
 * uses crisis words): then a check-in, which still asks and offers a line. Without a cue, the calibrated
 * probability decides: a crisis reply above the high threshold, a check-in in the band below it. Where the
 * cues cancelled a crisis cue or recognised a question for a professional, the words alone cannot overrule
 * them with a crisis reply: above the high threshold they only ask (a check-in).
 */
export function decideRisk(cues: CueVerdict, score: RiskScore, thresholds: RiskModelData["thresholds"]): RiskLevel {
  if (cues.crisis) return { level: score.probability >= thresholds.cueFloor ? "crisis" : "check_in", reason: cues.crisis };
  const overruled = cues.cancelled || cues.redirect;
  if (score.probability >= thresholds.crisis) return { level: overruled ? "check_in" : "crisis", reason: score.reason };
  if (score.probability >= thresholds.checkIn && !cues.redirect) return { level: "check_in", reason: score.reason };
  return { level: "none" };
}
