import type { LexicalIndex } from "./lexical-index.ts";
import type { Query } from "./query.ts";

/** BM25's term-frequency saturation and length normalisation, tuned on the evaluation corpus. */
export const K1 = 1.2;
export const B = 0.5;

export interface Scored {
  id: string;
  score: number;
}

/**
 * A term's postings as scoring reads them: its documents, and per document the saturated, length-normalised
 * frequency (tf × (K1 + 1) / (tf + norm)), worked out once per index rather than per message.
 */
export interface TermPostings {
  documents: Int32Array;
  saturated: Float64Array;
  /** The term's rarity when its index is scored alone (as the built-in topics are, without a community's answers). */
  idfAlone: number;
}

/** An index as scoring reads it: each term's postings, in a Map. */
interface ScoringTables {
  postings: ReadonlyMap<string, TermPostings>;
}

const tablesOf = new WeakMap<LexicalIndex, ScoringTables>();

function scoringTables(index: LexicalIndex): ScoringTables {
  let tables = tablesOf.get(index);
  if (!tables) {
    const norms = Float64Array.from(index.lengths, (length) => K1 * (1 - B + (B * length) / index.averageLength));
    const postings = new Map<string, TermPostings>();
    for (const [term, list] of Object.entries(index.postings)) {
      const documents = new Int32Array(list.length / 2);
      const saturated = new Float64Array(list.length / 2);
      for (let i = 0; i < list.length; i += 2) {
        const document = list[i]!;
        const tf = list[i + 1]!;
        documents[i / 2] = document;
        saturated[i / 2] = (tf * (K1 + 1)) / (tf + norms[document]!);
      }
      postings.set(term, { documents, saturated, idfAlone: idf(index.ids.length, documents.length) });
    }
    tablesOf.set(index, (tables = { postings }));
  }
  return tables;
}

/** The term's postings in the index as scoring reads them, or undefined when the index lacks it. */
export function termPostings(index: LexicalIndex, term: string): TermPostings | undefined {
  return scoringTables(index).postings.get(term);
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
  if (indexes.length === 1) return scoreIndex(indexes[0]!, query);
  const tables = indexes.map(scoringTables);
  let total = 0;
  for (const index of indexes) total += index.ids.length;
  const scores = indexes.map((index) => new Float64Array(index.ids.length));
  const lists: (TermPostings | undefined)[] = new Array(indexes.length);
  for (const [term, weight] of query) {
    let frequency = 0;
    for (let which = 0; which < tables.length; which++) {
      const list = tables[which]!.postings.get(term);
      lists[which] = list;
      if (list) frequency += list.documents.length;
    }
    if (frequency === 0) continue;
    const rarity = idf(total, frequency);
    for (let which = 0; which < tables.length; which++) {
      const list = lists[which];
      if (!list) continue;
      const { documents, saturated } = list;
      const documentScores = scores[which]!;
      for (let i = 0; i < documents.length; i++) {
        const document = documents[i]!;
        documentScores[document] = documentScores[document]! + weight * rarity * saturated[i]!;
      }
    }
  }
  const scored: Scored[] = [];
  for (let which = 0; which < indexes.length; which++) {
    const { ids } = indexes[which]!;
    const documentScores = scores[which]!;
    for (let document = 0; document < ids.length; document++) scored.push({ id: ids[document]!, score: documentScores[document]! });
  }
  return scored;
}

/** `scoreDocuments` over one index: each term's rarity was worked out with its postings. */
function scoreIndex(index: LexicalIndex, query: Query): Scored[] {
  const { postings } = scoringTables(index);
  const scores = new Float64Array(index.ids.length);
  for (const [term, weight] of query) {
    const list = postings.get(term);
    if (!list) continue;
    const { documents, saturated, idfAlone } = list;
    for (let i = 0; i < documents.length; i++) {
      const document = documents[i]!;
      scores[document] = scores[document]! + weight * idfAlone * saturated[i]!;
    }
  }
  const scored: Scored[] = [];
  for (let document = 0; document < index.ids.length; document++) scored.push({ id: index.ids[document]!, score: scores[document]! });
  return scored;
}

/** BM25's rarity of a term found in `frequency` of `total` documents. */
function idf(total: number, frequency: number): number {
  return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
}
