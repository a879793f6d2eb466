import type { TextAnalyzer } from "./analyzer.ts";
import { hasTerm, type Scored } from "./bm25.ts";
import type { LexicalIndex } from "./lexical-index.ts";
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
