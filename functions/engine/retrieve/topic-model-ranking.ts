import type { TextAnalyzer } from "./analyzer.ts";
import { hasTerm, type Scored } from "./bm25.ts";
import type { LexicalIndex } from "./lexical-index.ts";
import { MIN_SCORE } from "./threshold.ts";
import { modelStems, topicModelFor } from "./topic-model-hashed.ts";

export function hasTopicModel(language: string): boolean {
  return topicModelFor(language) !== null;
}

/**
 * The best of the scores (the first of equals, where a stable sort best first puts it) and the next best's score
 * (-Infinity for one score alone).
 */
export function bestTwo<T extends { score: number }>(scored: readonly T[]): { best: T | undefined; second: number } {
  let best: T | undefined;
  let second = Number.NEGATIVE_INFINITY;
  for (const entry of scored) {
    if (!best || entry.score > best.score) {
      if (best) second = best.score;
      best = entry;
    } else if (entry.score > second) second = entry.score;
  }
  return { best, second };
}

/**
 * The topic to answer with, from the words' scores (in any order, the topics a community disabled left out) and the
 * language's topic model: whether anything answers is the words' call (as for English's meaning), unless the model
 * may lift one (liftedByModel); which topic, the words' and the model's together. The model is not read where it
 * cannot change the answer: nothing passes and the message is not about therapy, or the words' best leads the next by
 * more than the model can add (its weight).
 */
export function chooseWithModel(
  language: string,
  text: string,
  scored: readonly Scored[],
  threshold: number,
  index: LexicalIndex,
  analyzer: TextAnalyzer,
): { id: string; score: number; words: number } | null {
  const { best: top, second } = bestTwo(scored);
  if (!top) return null;
  const passes = top.score >= threshold;
  if (!passes && threshold > MIN_SCORE) return null;
  const model = topicModelFor(language)!;
  if (passes && (scored.length < 2 || top.score - second > model.weight)) return { id: top.id, score: top.score, words: top.score };
  const probabilities = model.probabilities(modelStems(analyzer, text, (term) => hasTerm(index, term)));
  let best: { id: string; score: number; words: number; probability: number } | null = null;
  // Best words first (a stable sort, as `rank` sorts): of equal totals, the first in that order is chosen.
  for (const { id, score } of [...scored].sort((a, b) => b.score - a.score)) {
    const place = model.places.get(id);
    const probability = place === undefined ? 0 : probabilities[place]!;
    const total = score + model.weight * probability;
    if (!best || total > best.score) best = { id, score: total, words: score, probability };
  }
  if (!best || (!passes && !liftedByModel({ topic: best.id, score: best.score }, [{ id: best.id, probability: best.probability }], threshold))) return null;
  return { id: best.id, score: best.score, words: best.words };
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
