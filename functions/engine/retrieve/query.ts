import type { TextAnalyzer } from "./analyzer.ts";
import { prepareText, terms, tokenisePrepared } from "./tokenise.ts";

/** The terms of a message, each weighted by how close it sits to the actual question. */
export type Query = Map<string, number>;

/** Words that change the subject: what came before them is another story. */
const CHANGES = /\b(?:anyway|anyways|unrelated|btw|by the way|off topic|random question|on another note|changing the subject)\b/;
/** Where a rambling message usually turns to its question, even without punctuation. */
const TURNS = new RegExp(
  `[.!?;]+|\\n+|${CHANGES.source}|\\b(?:so my question is|my question is|question is|tldr|tl dr|long story short|basically my question)\\b`,
);
/** Splits a message into sentences and the turns between them. */
const SPLIT_AT_TURNS = new RegExp(`(${TURNS.source})`, "g");

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
  for (const part of analyzer.prepare(text).split(SPLIT_AT_TURNS)) {
    if (!part) continue;
    if (TURNS.test(part)) {
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
