import { ANCHORS } from "./threshold.ts";
import { prepareText, terms, tokenisePrepared } from "./tokenise.ts";

/**
 * How one language's text becomes retrieval terms: the index (built at build time) and the queries (per message)
 * of a language's knowledge base must read words the same way, so both take its analyzer.
 */
export interface TextAnalyzer {
  language: string;
  /** Lower case, spelling and shorthand undone: the text sentences are cut from. */
  prepare(text: string): string;
  /**
   * The content words of prepared text, stemmed (no stop words). `known`: the terms of the index being read, where a
   * language splits compounds against them (German "Therapiestunde": "therapie", "stunde").
   */
  stems(prepared: string, known?: (term: string) => boolean): string[];
  /** What a span is matched on: its words and its adjacent pairs. */
  terms(stems: readonly string[]): { words: string[]; pairs: string[] };
  /** A term that places a message in therapy ("therapist", "session"): such messages need a lower score. */
  anchors(term: string): boolean;
  /** Speaks of someone ("she", "he"), who may well be the therapist: a middle threshold. */
  pronoun: RegExp;
}

export const ENGLISH_ANALYZER: TextAnalyzer = {
  language: "en",
  prepare: prepareText,
  stems: tokenisePrepared,
  terms,
  anchors: (term) => ANCHORS.has(term) || term.includes("therap"),
  pronoun: /\b(?:she|he|her|him|they|them|their)\b/i,
};
