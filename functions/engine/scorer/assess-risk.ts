import type { NormalisedMessage } from "../normalise/normalise.ts";
import type { TriageVerdict } from "../triage/cancellations.ts";
import { type CueVerdict, decideRisk, type RiskLevel } from "./decide.ts";
import { ENGLISH_SCORER } from "./english.ts";
import type { RiskScore } from "./risk-model.ts";
import type { RiskScorer } from "./risk-scorer.ts";
import { messageWords } from "./tokens.ts";

/**
 * A scorer that reads only letters (no word vectors) has too little to go on alone in a message of one or two words
 * (French "à plus", see you later, scored 0.78 on "plus"): there it may ask (a check-in), and a crisis reply needs a cue.
 */
const MIN_WORDS_FOR_LETTERS_ALONE = 3;

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
  const level = decideRisk(cues, score, scorer.thresholds);
  if (level.level === "crisis" && !cues.crisis && !scorer.readsMeaning && messageWords(message).length < MIN_WORDS_FOR_LETTERS_ALONE) {
    return { level: "check_in", reason: level.reason };
  }
  return level;
}
