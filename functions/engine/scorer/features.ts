import type { RiskModelData } from "../../../shared/content/triage/scorer-data.ts";
import type { Cancellation } from "../triage/find-cues.ts";
import { pairHash, type WordHashes } from "./hashed-ngrams.ts";
import { MAX_WORDS } from "./tokens.ts";
import { readWeights, type ScorerWord, wordTableOf } from "./word-table.ts";
import type { WordVectors } from "./word-vectors.ts";

/** The length at which the shortness feature is a half. */
const SHORT_WORDS = 20;

/** Context checks that can cancel a crisis cue: each is a feature when it cancelled one in the message. */
export const CONTEXT_FEATURES = [
  "negation",
  "past",
  "hypothetical",
  "topic",
  "joke",
  "figurative",
  "subject",
  "condition",
] as const satisfies readonly Cancellation[];
/** After the word vectors: the share of words that have one, then one per context check. */
const EXTRA_FEATURES = 1 + CONTEXT_FEATURES.length;

/**
 * Dense features a model may add after those (its `features`, docs/triage.md "A larger model"): `maxPool`, each
 * dimension's largest value over the message's words (one word can stand out of a long average); `length`, how short
 * the message is (a short post says less, and what it says counts more).
 */
export type DenseOptions = NonNullable<RiskModelData["features"]>;
const LENGTH_FEATURES = 2;

export function denseLength(dimensions: number, options: DenseOptions = {}): number {
  return dimensions + EXTRA_FEATURES + (options.maxPool ? dimensions : 0) + (options.length ? LENGTH_FEATURES : 0);
}

/**
 * Each block of hashed n-grams (word unigrams, word pairs, character n-grams) counts as a whole: each of
 * its occurrences has the value weight/√(occurrences in the block).
 */
export const BLOCK_WEIGHTS = { word: 1, pair: 0.7, char: 0.5 } as const;

/** A message as the model reads it: dense features, its distinct words with their counts and hashes, its word pairs. */
export interface Features {
  dense: Float32Array;
  words: readonly string[];
  counts: Uint16Array;
  hashes: readonly WordHashes[];
  pairs: Uint32Array;
  /** Per block, the value of one occurrence. */
  values: { word: number; pair: number; char: number };
  /**
   * When extracted for a model's n-gram weights (`of`, its bytes): per distinct word, its unigram's byte and the sum of
   * its character n-grams' bytes, remembered with the word (`readWeights`), so the model's sum reads two numbers a word.
   */
  wordWeights?: { of: Int8Array; unigrams: number[]; chars: number[] };
}

/**
 * The model reads the words and which context checks cancelled a crisis cue ("i don't want to die, just
 * tired"), not whether a cue held: that verdict is combined with its probability afterwards (decide.ts).
 */
export function extractFeatures(
  tokens: readonly string[],
  vectors: WordVectors,
  cancelled: ReadonlySet<Cancellation> = new Set(),
  options: DenseOptions = {},
  weights?: Int8Array,
): Features {
  const table = wordTableOf(vectors);
  const stamp = table.nextMessage();
  let unremembered: Map<string, ScorerWord> | undefined;
  const perMessage = () => (unremembered ??= new Map());
  const entries: ScorerWord[] = [];
  const words: string[] = [];
  // One buffer for the dense features, the pairs and the counts: a typed array over 64 bytes has its memory outside
  // V8's heap, and three such allocations a message cost more in garbage collection than the arithmetic they hold.
  const denseCount = denseLength(vectors.dimensions, options);
  const pairCount = Math.max(0, tokens.length - 1);
  const buffer = new ArrayBuffer(4 * denseCount + 4 * pairCount + 2 * tokens.length);
  const dense = new Float32Array(buffer, 0, denseCount);
  const pairs = new Uint32Array(buffer, 4 * denseCount, pairCount);
  const counts = new Uint16Array(buffer, 4 * (denseCount + pairCount), tokens.length);
  // Each word pair's hash as its second word is read (pairs[i - 1] for tokens i - 1 and i).
  let previous = 0;
  let chars = 0;
  for (let i = 0; i < tokens.length; i++) {
    const entry = table.word(tokens[i]!, perMessage);
    if (entry.stamp !== stamp) {
      entry.stamp = stamp;
      entry.unique = entries.push(entry) - 1;
      words.push(tokens[i]!);
    }
    counts[entry.unique]!++;
    chars += entry.grams;
    if (i > 0) pairs[i - 1] = pairHash(previous, entry.unigram);
    previous = entry.unigram;
  }
  const hashes = entries.map((entry) => entry.hashes);

  const { dimensions } = vectors;
  const maxAt = options.maxPool ? dimensions + EXTRA_FEATURES : -1;
  let known = 0;
  const starts: number[] = [];
  const rowCounts: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const { row, at } = entries[i]!;
    if (row < 0) continue;
    starts.push(at);
    rowCounts.push(counts[i]!);
    if (maxAt >= 0) vectors.maxRow(dense, row, maxAt, known === 0);
    known += counts[i]!;
  }
  sumScaled(dense, dimensions, table.scaled, starts, rowCounts);
  if (known > 0) for (let d = 0; d < dimensions; d++) dense[d]! /= known;
  dense[dimensions] = tokens.length > 0 ? known / tokens.length : 0;
  for (const [i, check] of CONTEXT_FEATURES.entries()) dense[dimensions + 1 + i] = cancelled.has(check) ? 1 : 0;
  if (options.length) {
    const at = dense.length - LENGTH_FEATURES;
    dense[at] = SHORT_WORDS / (SHORT_WORDS + tokens.length);
    dense[at + 1] = Math.log1p(tokens.length) / Math.log1p(MAX_WORDS);
  }

  const value = (weight: number, occurrences: number) => (occurrences > 0 ? weight / Math.sqrt(occurrences) : 0);
  const features: Features = {
    dense,
    words,
    counts: counts.subarray(0, entries.length),
    hashes,
    pairs,
    values: { word: value(BLOCK_WEIGHTS.word, tokens.length), pair: value(BLOCK_WEIGHTS.pair, pairs.length), char: value(BLOCK_WEIGHTS.char, chars) },
  };
  if (weights) features.wordWeights = wordWeightsOf(entries, weights);
  return features;
}

/**
 * `sum[d] = Σ_k counts[k] × scaled[starts[k] + d]` for the words' scaled vectors (the word table's `scaled`), each step
 * rounded to float32: the same doubles, added and rounded in the same order as `WordVectors.addRow` into a
 * `Float32Array` (`Math.fround(s + x)` is what storing `s + x` there keeps), so the same floats. Eight dimensions at a
 * time in locals: no float32 load and store a word and dimension, and eight independent sums in flight.
 */
export function sumScaled(sum: Float32Array, dimensions: number, scaled: Float64Array, starts: readonly number[], counts: readonly number[]): void {
  const whole = dimensions & ~7;
  let d = 0;
  for (; d < whole; d += 8) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    for (let k = 0; k < starts.length; k++) {
      const at = starts[k]! + d;
      const count = counts[k]!;
      s0 = Math.fround(s0 + count * scaled[at]!);
      s1 = Math.fround(s1 + count * scaled[at + 1]!);
      s2 = Math.fround(s2 + count * scaled[at + 2]!);
      s3 = Math.fround(s3 + count * scaled[at + 3]!);
      s4 = Math.fround(s4 + count * scaled[at + 4]!);
      s5 = Math.fround(s5 + count * scaled[at + 5]!);
      s6 = Math.fround(s6 + count * scaled[at + 6]!);
      s7 = Math.fround(s7 + count * scaled[at + 7]!);
    }
    sum[d] = s0;
    sum[d + 1] = s1;
    sum[d + 2] = s2;
    sum[d + 3] = s3;
    sum[d + 4] = s4;
    sum[d + 5] = s5;
    sum[d + 6] = s6;
    sum[d + 7] = s7;
  }
  for (; d < dimensions; d++) {
    let s = 0;
    for (let k = 0; k < starts.length; k++) s = Math.fround(s + counts[k]! * scaled[starts[k]! + d]!);
    sum[d] = s;
  }
}

function wordWeightsOf(entries: readonly ScorerWord[], weights: Int8Array): NonNullable<Features["wordWeights"]> {
  // Plain arrays: small integers kept in V8's heap (see the buffer above).
  const unigrams: number[] = new Array(entries.length);
  const chars: number[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    readWeights(entry, weights);
    unigrams[i] = entry.unigramWeight;
    chars[i] = entry.charWeights;
  }
  return { of: weights, unigrams, chars };
}

/**
 * Calls `visit(bucket, value)` for every n-gram occurrence group: a word's unigram and each of its
 * character n-grams (value × its count), then each word pair. The model's sum and the trainer's
 * gradient both walk the features this way.
 */
export function forEachBucket(features: Features, buckets: number, visit: (bucket: number, value: number) => void): void {
  const mask = buckets - 1;
  const { values } = features;
  features.hashes.forEach((hash, i) => {
    const count = features.counts[i]!;
    visit(hash.unigram & mask, values.word * count);
    const charValue = values.char * count;
    for (const gram of hash.chars) visit(gram & mask, charValue);
  });
  for (const pair of features.pairs) visit(pair & mask, values.pair);
}
