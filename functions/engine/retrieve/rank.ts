import { ENGLISH_ANALYZER, type TextAnalyzer } from "./analyzer.ts";
import { scoreDocuments, type Scored } from "./bm25.ts";
import { closestTerm } from "./fuzzy.ts";
import type { LexicalIndex } from "./lexical-index.ts";
import { buildQuery, type Query } from "./query.ts";
import { minimumScore } from "./threshold.ts";

export interface Searchable {
  index: LexicalIndex;
  /** The index's words (no phrase pairs) that a typo may be corrected to. */
  vocabulary: readonly string[];
}

export interface Ranking {
  /** Every document, best first. */
  scored: Scored[];
  /** The score a document needs to be a confident answer to this message. */
  threshold: number;
}

/** Every document of the sources scored against the text; typos corrected on the way. */
export function rank(text: string, sources: readonly Searchable[], analyzer: TextAnalyzer = ENGLISH_ANALYZER): Ranking {
  const query = understand(text, sources, analyzer);
  const scored = scoreDocuments(
    sources.map(({ index }) => index),
    query,
  ).sort((a, b) => b.score - a.score);
  return { scored, threshold: minimumScore(query, text, analyzer) };
}

/** The words of an index that typo correction may aim for: real words, long enough to judge. */
export function vocabularyOf(index: LexicalIndex): string[] {
  return Object.keys(index.postings).filter((term) => !term.includes(" ") && term.length >= 4);
}

/** The weighted terms retrieval reads in the text, typos corrected against the sources' words. */
export function understand(text: string, sources: readonly Searchable[], analyzer: TextAnalyzer = ENGLISH_ANALYZER): Query {
  const correct = (stem: string): string => {
    if (sources.some(({ index }) => Object.hasOwn(index.postings, stem))) return stem;
    for (const { vocabulary } of sources) {
      const corrected = closestTerm(stem, vocabulary);
      if (corrected) return corrected;
    }
    return stem;
  };
  return buildQuery(text, correct, analyzer);
}
