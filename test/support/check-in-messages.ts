import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { ENGLISH_SCORER } from "../../functions/engine/scorer/english.ts";
import { triageInContext } from "../../functions/engine/triage/cancellations.ts";
import chat from "../corpus/scorer-chat.json" with { type: "json" };
import posts from "../corpus/scorer-posts.json" with { type: "json" };
import holdout from "../corpus/triage-holdout.json" with { type: "json" };

/**
 * Messages of the corpus that no cue calls a crisis and whose probability falls in the check-in band of
 * the shipped model: found, not hard-coded, so retraining the model keeps the tests meaningful.
 */
export function checkInMessages(): string[] {
  const { crisis, checkIn } = ENGLISH_SCORER.thresholds;
  return [...holdout, ...chat, ...posts]
    .map((row) => row.text)
    .filter((text) => {
      const message = normalise(text);
      const { result, cancelled } = triageInContext(message);
      if (result) return false;
      const { probability } = ENGLISH_SCORER.score(message, cancelled);
      return probability >= checkIn && probability < crisis;
    });
}
