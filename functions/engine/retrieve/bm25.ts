import type { LexicalIndex } from "./lexical-index.ts";
import type { Query } from "./query.ts";

/** BM25's term-frequency saturation and length normalisation, tuned on the evaluation corpus. */
export const K1 = 1.2;
export const B = 0.5;

export interface Scored {
  id: string;
  score: number;
}

/** An index as scoring reads it: postings in a Map, and each document's length normalisation worked out once. */
interface ScoringTables {
  postings: ReadonlyMap<string, readonly number[]>;
  norms: Float64Array;
}

const tablesOf = new WeakMap<LexicalIndex, ScoringTables>();

function scoringTables(index: LexicalIndex): ScoringTables {
  let tables = tablesOf.get(index);
  if (!tables) {
    const norms = Float64Array.from(index.lengths, (length) => K1 * (1 - B + (B * length) / index.averageLength));
    tablesOf.set(index, (tables = { postings: new Map(Object.entries(index.postings)), norms }));
  }
  return tables;
}

/** Whether the index holds the term (a stem or a phrase pair). */
export function hasTerm(index: LexicalIndex, term: string): boolean {
  return scoringTables(index).postings.has(term);
}

/**
 * Scores every document of the given indexes against the query, as one collection: a term's rarity
 * counts across all of them, so a community's custom answers compete fairly with built-in topics.
 */
export function scoreDocuments(indexes: readonly LexicalIndex[], query: Query): Scored[] {
  const tables = indexes.map(scoringTables);
  let total = 0;
  for (const index of indexes) total += index.ids.length;
  const scores = indexes.map((index) => new Float64Array(index.ids.length));
  const lists: (readonly number[] | undefined)[] = new Array(indexes.length);
  for (const [term, weight] of query) {
    let frequency = 0;
    for (let which = 0; which < tables.length; which++) {
      const list = tables[which]!.postings.get(term);
      lists[which] = list;
      if (list) frequency += list.length / 2;
    }
    if (frequency === 0) continue;
    const idf = Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
    for (let which = 0; which < tables.length; which++) {
      const list = lists[which];
      if (!list) continue;
      const { norms } = tables[which]!;
      const documentScores = scores[which]!;
      for (let i = 0; i < list.length; i += 2) {
        const document = list[i]!;
        const tf = list[i + 1]!;
        documentScores[document] = documentScores[document]! + weight * idf * ((tf * (K1 + 1)) / (tf + norms[document]!));
      }
    }
  }
  const scored: Scored[] = [];
  for (const [which, index] of indexes.entries()) for (const [document, id] of index.ids.entries()) scored.push({ id, score: scores[which]![document]! });
  return scored;
}
