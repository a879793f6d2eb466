import type { TextAnalyzer } from "./analyzer.ts";
import { hasTerm, type Scored } from "./bm25.ts";
import type { LexicalIndex } from "./lexical-index.ts";
import { MIN_SCORE } from "./threshold.ts";
import { modelStems, topicModelFor } from "./topic-model.ts";

/**
 * A topic's probability under its language's topic model counts this many points of the words' score (BM25F). Chosen
 * on German's questions batch 4, written before the model and held out of its training for the choice
 * (docs/languages.md, "Round 3 fifth session").
 */
export const TOPIC_MODEL_WEIGHT = 30;

/** The words' scores with each topic's probability beside them, or null when the language has no topic model. */
export function withTopicModel(
  language: string,
  text: string,
  scored: readonly Scored[],
  index: LexicalIndex,
  analyzer: TextAnalyzer,
): { id: string; score: number; probability: number }[] | null {
  const model = topicModelFor(language);
  if (!model) return null;
  const probabilities = model.probabilities(modelStems(analyzer, text, (term) => hasTerm(index, term)));
  return scored.map(({ id, score }) => ({ id, score, probability: probabilities.get(id) ?? 0 }));
}

/** The model's own confidence in a topic it may carry over the threshold. */
export const MODEL_LIFT_PROBABILITY = 0.5;

/**
 * Whether the model may carry a topic the words alone leave under the threshold: only in a message that speaks of
 * therapy (the threshold is then MIN_SCORE, the lowest), when the model is confident of that topic and the words and
 * it together reach the threshold. Everyday text never lowers its bar this way.
 */
export function liftedByModel(best: { topic: string; score: number }, modelled: readonly { id: string; probability: number }[], threshold: number): boolean {
  if (threshold > MIN_SCORE || best.score < threshold) return false;
  return (modelled.find(({ id }) => id === best.topic)?.probability ?? 0) >= MODEL_LIFT_PROBABILITY;
}
