import { MarkerTable } from "../marker-table.ts";
import type { TextAnalyzer } from "./analyzer.ts";
import { CHANGE_WORDS, QUESTION_WORDS } from "./lexicon.ts";
import { prepareText, terms, tokenisePrepared } from "./tokenise.ts";

/** The terms of a message, each weighted by how close it sits to the actual question. */
export type Query = Map<string, number>;

export const CHANGES = new RegExp(`\\b(?:${CHANGE_WORDS.join("|")})\\b`);
const PUNCTUATION_TURNS = String.raw`[.!?;]+|\n+`;
/** Splits a message into sentences and the turns between them (the turns at the odd places). */
const SPLIT_AT_TURNS = new RegExp(`(${PUNCTUATION_TURNS}|${CHANGES.source}|\\b(?:${QUESTION_WORDS.join("|")})\\b)`, "g");
/** The same for a text that holds none of the words (most): no word alternatives to try at every letter. */
const SPLIT_AT_PUNCTUATION = new RegExp(`(${PUNCTUATION_TURNS})`, "g");

/** Whether a text holds any of the turning words: one pass over it rather than a search for each. */
const TURNING_WORDS = new MarkerTable([[...CHANGE_WORDS, ...QUESTION_WORDS]]);

/** `turnsAtWords`: whether the text holds a turning word, when the caller knows (`preparedWithTurns`). */
export function splitAtTurns(text: string, turnsAtWords = TURNING_WORDS.marked(text)[0] === 1): string[] {
  return text.split(turnsAtWords ? SPLIT_AT_TURNS : SPLIT_AT_PUNCTUATION);
}

/** Weights of the question itself, of other questions, of the story around them, and of an earlier subject. */
export const FOCUS_WEIGHT = 1;
export const QUESTION_WEIGHT = 0.8;
export const CONTEXT_WEIGHT = 0.5;
export const STALE_WEIGHT = 0.25;

interface Sentence {
  stems: string[];
  isQuestion: boolean;
  isStale: boolean;
}

/**
 * Splits the message into sentences, finds the one that asks the question (the last one with "?",
 * else the last one) and weights its terms most. When that question is too short to carry a topic
 * ("is that normal?"), the story around it counts almost as much; a story told before "anyway"
 * hardly counts at all.
 */
export function buildQuery(
  text: string,
  correct: (stem: string) => string = (stem) => stem,
  analyzer: Pick<TextAnalyzer, "prepare" | "stems" | "terms"> = { prepare: prepareText, stems: tokenisePrepared, terms },
  known?: (term: string) => boolean,
): Query {
  const sentences: Sentence[] = [];
  const parts = splitAtTurns(analyzer.prepare(text));
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (!part) continue;
    if (index % 2 === 1) {
      const last = sentences.at(-1);
      if (last && part.includes("?")) last.isQuestion = true;
      if (CHANGES.test(part)) for (const sentence of sentences) sentence.isStale = true;
      continue;
    }
    const stems = (known ? analyzer.stems(part, known) : analyzer.stems(part)).map(correct);
    if (stems.length > 0) sentences.push({ stems, isQuestion: false, isStale: false });
  }
  const query: Query = new Map();
  if (sentences.length === 0) return query;
  const focusIndex = findLastIndex(sentences, (sentence) => sentence.isQuestion);
  const focus = focusIndex >= 0 ? focusIndex : sentences.length - 1;
  const focusIsThin = sentences[focus]!.stems.length < 2;
  sentences.forEach((sentence, index) => {
    const weight = index === focus ? FOCUS_WEIGHT : sentence.isStale ? STALE_WEIGHT : sentence.isQuestion || focusIsThin ? QUESTION_WEIGHT : CONTEXT_WEIGHT;
    const { words, pairs } = analyzer.terms(sentence.stems);
    for (const list of [words, pairs]) {
      for (const term of list) {
        const current = query.get(term);
        if (current === undefined || current < weight) query.set(term, weight);
      }
    }
  });
  return query;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}
