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
  const tokenEntries: ScorerWord[] = new Array(tokens.length);
  // One buffer for the dense features, the pairs and the counts: a typed array over 64 bytes has its memory outside
  // V8's heap, and three such allocations a message cost more in garbage collection than the arithmetic they hold.
  const denseCount = denseLength(vectors.dimensions, options);
  const pairCount = Math.max(0, tokens.length - 1);
  const buffer = new ArrayBuffer(4 * denseCount + 4 * pairCount + 2 * tokens.length);
  const dense = new Float32Array(buffer, 0, denseCount);
  const pairs = new Uint32Array(buffer, 4 * denseCount, pairCount);
  const counts = new Uint16Array(buffer, 4 * (denseCount + pairCount), tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const entry = table.word(tokens[i]!, perMessage);
    if (entry.stamp !== stamp) {
      entry.stamp = stamp;
      entry.unique = entries.push(entry) - 1;
      words.push(tokens[i]!);
    }
    counts[entry.unique]!++;
    tokenEntries[i] = entry;
  }
  const hashes = entries.map((entry) => entry.hashes);

  const { dimensions } = vectors;
  const maxAt = options.maxPool ? dimensions + EXTRA_FEATURES : -1;
  let known = 0;
  for (let i = 0; i < entries.length; i++) {
    const { row, vector } = entries[i]!;
    if (row < 0) continue;
    if (vector) addScaled(dense, vector, counts[i]!);
    else vectors.addRow(dense, row, counts[i]!);
    if (maxAt >= 0) vectors.maxRow(dense, row, maxAt, known === 0);
    known += counts[i]!;
  }
  if (known > 0) for (let d = 0; d < dimensions; d++) dense[d]! /= known;
  dense[dimensions] = tokens.length > 0 ? known / tokens.length : 0;
  for (const [i, check] of CONTEXT_FEATURES.entries()) dense[dimensions + 1 + i] = cancelled.has(check) ? 1 : 0;
  if (options.length) {
    const at = dense.length - LENGTH_FEATURES;
    dense[at] = SHORT_WORDS / (SHORT_WORDS + tokens.length);
    dense[at + 1] = Math.log1p(tokens.length) / Math.log1p(MAX_WORDS);
  }

  for (let i = 1; i < tokens.length; i++) pairs[i - 1] = pairHash(tokenEntries[i - 1]!.hashes, tokenEntries[i]!.hashes);
  let chars = 0;
  for (let i = 0; i < hashes.length; i++) chars += hashes[i]!.chars.length * counts[i]!;
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
 * `sum[d] += weight × vector[d]` for a word's scaled vector: the same doubles, added and rounded to float32 in the same
 * order as `WordVectors.addRow` (so the same floats), four dimensions a step.
 */
function addScaled(sum: Float32Array, vector: Float64Array, weight: number): void {
  const whole = vector.length & ~3;
  let d = 0;
  for (; d < whole; d += 4) {
    sum[d]! += weight * vector[d]!;
    sum[d + 1]! += weight * vector[d + 1]!;
    sum[d + 2]! += weight * vector[d + 2]!;
    sum[d + 3]! += weight * vector[d + 3]!;
  }
  for (; d < vector.length; d++) sum[d]! += weight * vector[d]!;
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
