import type { CrisisReason } from "../../../shared/schemas/answer.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import { assessRisk } from "../scorer/assess-risk.ts";
import type { RiskScore } from "../scorer/risk-model.ts";
import type { RiskScorer } from "../scorer/risk-scorer.ts";
import { triageInContext } from "../triage/cancellations.ts";
import type { TriagePack } from "../triage/packs.ts";

/**
 * The crisis reason of the text's full judgement (cues, then the scorer, as assessRisk judges them), or null when that
 * judgement is a check-in or nothing: for a reading where only a crisis can change the outcome. It reads less than
 * the full judgement where the rest cannot make it a crisis (decideRisk):
 * - without a crisis cue, only a probability at the crisis threshold is a crisis, and a cancelled crisis cue
 *   ("i don't want to die") overrules even that (a check-in at most): then the scorer is not read at all;
 * - a redirect cue only demotes such a crisis, so the redirects are read only from the crisis threshold, and a
 *   probability that `surelyBelow` shows is under it settles the reading without the scorer's full features.
 * With a crisis cue, a probability that `surelyAtLeast` shows is at the cue floor or above settles it (a crisis, the
 * cue's reason); otherwise everything is read as usual (the cue floor and the clauses' probabilities).
 */
export function crisisIn(message: NormalisedMessage, pack: TriagePack, scorer: RiskScorer): CrisisReason | null {
  const { crisis } = scorer.thresholds;
  // Asked only when no crisis cue held, with the cancellations complete. Without a crisis cue or a cancellation, a
  // probability surely below the crisis threshold (null) settles it (no crisis), and the scorer's features are not summed.
  let score = undefined as RiskScore | null | undefined;
  const verdict = triageInContext(message, pack, (cancelled) => {
    if (cancelled.size > 0) return false;
    score = scorer.scoreUnlessSurelyBelow(message, cancelled, crisis);
    return score !== null && score.probability >= crisis;
  });
  if (verdict.result?.kind !== "crisis" && (score === null || verdict.cancelled.size > 0)) return null;
  // A crisis cue held: a crisis unless the probability is under the cue floor (decideRisk), with the cue's reason.
  if (verdict.result?.kind === "crisis" && !score && scorer.surelyAtLeast(message, verdict.cancelled, scorer.thresholds.cueFloor)) {
    return verdict.result.reason;
  }
  const risk = assessRisk(message, verdict, scorer, score ?? scorer.score(message, verdict.cancelled));
  return risk.level === "crisis" ? risk.reason : null;
}
