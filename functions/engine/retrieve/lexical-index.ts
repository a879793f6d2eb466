import type { TextAnalyzer } from "./analyzer.ts";
import { terms, tokenise } from "./tokenise.ts";

/**
 * A BM25F index: each document's fields are tokenised into stems and phrase pairs, and a term's
 * frequency in a document is the sum of its field weights. Built by `npm run build:kb` for the
 * knowledge base, and per request for a community's few custom answers.
 */
export interface LexicalIndex {
  ids: string[];
  /** Weighted length of each document, in the order of `ids`. */
  lengths: number[];
  averageLength: number;
  /** term → [document number, weighted frequency, document number, weighted frequency, …] */
  postings: Record<string, number[]>;
}

export interface IndexField {
  /** Separate segments (sample questions, keyword phrases) never form pairs across each other. */
  segments: readonly string[];
  weight: number;
}

export interface IndexDocument {
  id: string;
  fields: readonly IndexField[];
}

/** Phrase pairs weigh less than words: they confirm a match more than they make one. */
export const BIGRAM_WEIGHT = 0.5;

/** `analyzer`: how the language reads words (English by default: its own tokeniser, as queries read them). */
export function buildIndex(documents: readonly IndexDocument[], analyzer?: Pick<TextAnalyzer, "prepare" | "stems" | "terms">): LexicalIndex {
  const termsOf = analyzer ? (segment: string) => analyzer.terms(analyzer.stems(analyzer.prepare(segment))) : (segment: string) => terms(tokenise(segment));
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  documents.forEach((document, number) => {
    const frequencies = new Map<string, number>();
    let length = 0;
    for (const field of document.fields) {
      for (const segment of field.segments) {
        const { words, pairs } = termsOf(segment);
        length += words.length * field.weight;
        for (const word of words) frequencies.set(word, (frequencies.get(word) ?? 0) + field.weight);
        for (const pair of pairs) frequencies.set(pair, (frequencies.get(pair) ?? 0) + field.weight * BIGRAM_WEIGHT);
      }
    }
    lengths.push(round(length));
    for (const [term, frequency] of [...frequencies].sort(([a], [b]) => (a < b ? -1 : 1))) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(number, round(frequency));
    }
  });
  const sortedTerms = [...postings.keys()].sort();
  return {
    ids: documents.map((document) => document.id),
    lengths,
    averageLength: round(lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length)),
    postings: Object.fromEntries(sortedTerms.map((term) => [term, postings.get(term)!])),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
