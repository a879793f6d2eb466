import { ENGLISH_ANALYZER, type TextAnalyzer } from "./analyzer.ts";
import { hasTerm, type Scored, scoreDocuments } from "./bm25.ts";
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
  /** Every document, best first (`scoreAll`: in the sources' order). */
  scored: Scored[];
  /** The score a document needs to be a confident answer to this message. */
  threshold: number;
}

/** Every document of the sources scored against the text; typos corrected on the way. */
export function rank(text: string, sources: readonly Searchable[], analyzer: TextAnalyzer = ENGLISH_ANALYZER): Ranking {
  const ranking = scoreAll(text, sources, analyzer);
  ranking.scored.sort((a, b) => b.score - a.score);
  return ranking;
}

/** `rank` without the sorting: every document in the sources' order (answering needs only the best). */
export function scoreAll(text: string, sources: readonly Searchable[], analyzer: TextAnalyzer = ENGLISH_ANALYZER): Ranking {
  const query = understand(text, sources, analyzer);
  const scored = scoreDocuments(
    sources.map(({ index }) => index),
    query,
  );
  return { scored, threshold: minimumScore(query, text, analyzer) };
}

const knownBySource = new WeakMap<LexicalIndex, (term: string) => boolean>();

/** Whether the sources hold a term: one function per index (a language's compound parts are cached by it). */
function knownTerms(sources: readonly Searchable[]): (term: string) => boolean {
  if (sources.length !== 1) return (term) => sources.some(({ index }) => hasTerm(index, term));
  const { index } = sources[0]!;
  let known = knownBySource.get(index);
  if (!known) knownBySource.set(index, (known = (term) => hasTerm(index, term)));
  return known;
}

/** The words of an index that typo correction may aim for: real words, long enough to judge. */
export function vocabularyOf(index: LexicalIndex): string[] {
  return Object.keys(index.postings).filter((term) => !term.includes(" ") && term.length >= 4);
}

/**
 * Retrieval reads at most this much of a message: the question and the story just before it. Every message
 * of the triage and question corpora is shorter (the longest, 680 characters); a 4,000-character post costs
 * no more to answer than one of this length. Triage and the risk scorer still read all of it.
 */
export const MAX_QUERY_CHARACTERS = 800;

/**
 * The part of a long message that asks: the characters up to its last question mark (or its end, when
 * that is near), as many as retrieval reads, starting at a word.
 */
export function queryWindow(text: string): string {
  if (text.length <= MAX_QUERY_CHARACTERS) return text;
  const question = text.lastIndexOf("?");
  const end = question >= 0 && question < text.length - MAX_QUERY_CHARACTERS / 2 ? question + 1 : text.length;
  const start = end - MAX_QUERY_CHARACTERS;
  if (start <= 0) return text.slice(0, end);
  const word = text.indexOf(" ", start);
  return text.slice(word >= 0 && word < end ? word + 1 : start, end);
}

/** The weighted terms retrieval reads in the text, typos corrected against the sources' words. */
export function understand(text: string, sources: readonly Searchable[], analyzer: TextAnalyzer = ENGLISH_ANALYZER): Query {
  const correct = (stem: string): string => {
    for (const { index } of sources) if (hasTerm(index, stem)) return stem;
    for (const { vocabulary } of sources) {
      const corrected = closestTerm(stem, vocabulary);
      if (corrected) return corrected;
    }
    return stem;
  };
  // English reads no compounds: its queries are built as before.
  return analyzer === ENGLISH_ANALYZER
    ? buildQuery(queryWindow(text), correct, analyzer)
    : buildQuery(queryWindow(text), correct, analyzer, knownTerms(sources));
}
