import type { LexicalIndex } from "./lexical-index.ts";
import type { Query } from "./query.ts";
import { entry } from "./tokenise.ts";

/** BM25's term-frequency saturation and length normalisation, tuned on the evaluation corpus. */
export const K1 = 1.2;
export const B = 0.5;

export interface Scored {
  id: string;
  score: number;
}

/**
 * Scores every document of the given indexes against the query, as one collection: a term's rarity
 * counts across all of them, so a community's custom answers compete fairly with built-in topics.
 */
export function scoreDocuments(indexes: readonly LexicalIndex[], query: Query): Scored[] {
  const total = indexes.reduce((sum, index) => sum + index.ids.length, 0);
  const scores = indexes.map((index) => new Float64Array(index.ids.length));
  for (const [term, weight] of query) {
    const lists = indexes.map((index) => entry(index.postings, term));
    const frequency = lists.reduce((sum, list) => sum + (list ? list.length / 2 : 0), 0);
    if (frequency === 0) continue;
    const idf = Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
    lists.forEach((list, which) => {
      if (!list) return;
      const index = indexes[which]!;
      const documentScores = scores[which]!;
      for (let i = 0; i < list.length; i += 2) {
        const document = list[i]!;
        const tf = list[i + 1]!;
        const norm = K1 * (1 - B + (B * index.lengths[document]!) / index.averageLength);
        documentScores[document] = documentScores[document]! + weight * idf * ((tf * (K1 + 1)) / (tf + norm));
      }
    });
  }
  return indexes.flatMap((index, which) => index.ids.map((id, document) => ({ id, score: scores[which]![document]! })));
}

