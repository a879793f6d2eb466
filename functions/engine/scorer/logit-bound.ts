import type { Cancellation } from "../triage/find-cues.ts";
import { CONTEXT_FEATURES } from "./features.ts";
import { pairHash } from "./hashed-ngrams.ts";
import { readDenseWeights, readWeights, type ScorerWord, wordTableOf } from "./word-table.ts";
import type { WordVectors } from "./word-vectors.ts";

/** What a linear model (no hidden layer, no windows, no extra dense features) needs to be bounded: see RiskModel.linear. */
export interface LinearModel {
  bias: number;
  /** Its dense weights: the vector's dimensions, the share of words with a vector, one per context check. */
  dense: readonly number[];
  sparse: Int8Array;
  sparseScale: number;
}

/** Unit roundoffs: a float32 sum step rounds twice (to a double, then to a float32), each within 2^-24 and 2^-53. */
const FLOAT32_STEP = 2 ** -23;
const DOUBLE_STEP = 2 ** -52;

/**
 * The model's logit for these words, worked out in exact arithmetic up to rounding, and a bound on how far the
 * features' float32 and double arithmetic (`extractFeatures`, then `RiskModel.logit`) can be from it: the logit the
 * scorer works out lies within `error` of `estimate`. It reads each word once (its entry in the word table, with its
 * n-gram sums and its dot products with the dense weights, remembered with the word) and never sums the 64-dimension
 * mean vector, which is most of `extractFeatures` on a long text.
 *
 * Why the bound holds. The logit is `bias + Σ_i dense_i × w_i + scale × sparse`:
 * - the mean vector: dimension d is a float32 sum, over the distinct words in order, of `count × scale × level` (each
 *   an exact double), divided by the words with a vector (`known`). Each step rounds to a double then a float32, within
 *   2^-23 of its result; with at most n = tokens steps, the sum is within (n + 1) × 2^-23 × (1 + 2^-12) × A_d of the
 *   exact one, where A_d = Σ |count × value_d| (the standard bound for recursive summation), and dividing by `known`
 *   adds 2^-23 of the quotient. Weighted by |w_d| and summed over d, that is within (n + 2) × 2^-22 × Q / known, where
 *   Q = Σ over tokens of Σ_d |w_d × value_d| (`denseAbs`), and the exact part is Σ over tokens of `denseDot` / known;
 * - the share of words with a vector is rounded to a float32 exactly as the features round it; the context checks
 *   are 0 or 1;
 * - the n-gram sum: Σ counts × (word value × unigram byte + char value × char bytes) + pair value × Σ pair bytes,
 *   where each byte sum is an integer (exact), so the exact sum is word value × U + char value × C + pair value × P
 *   over the tokens; the features' double arithmetic (at most n + 4 roundings a term) is within (n + 8) × 2^-52 of the
 *   same sum of absolute values;
 * - the logit's own additions (74 products and sums) and this estimate's are within 2^-40 of the sum of the parts'
 *   sizes, generously.
 * Every factor above is rounded up by at least two, so rounding in the bound's own arithmetic cannot undo it.
 */
export function logitBound(
  tokens: readonly string[],
  vectors: WordVectors,
  model: LinearModel,
  cancelled: ReadonlySet<Cancellation>,
): { estimate: number; error: number } {
  const table = wordTableOf(vectors);
  table.nextMessage();
  let unremembered: Map<string, ScorerWord> | undefined;
  const perMessage = () => (unremembered ??= new Map());
  const { dense, sparse } = model;
  const mask = sparse.length - 1;
  let known = 0;
  let dot = 0;
  let abs = 0;
  let unigrams = 0;
  let unigramsAbs = 0;
  let charSum = 0;
  let charSumAbs = 0;
  let charCount = 0;
  let pairSum = 0;
  let pairSumAbs = 0;
  let previous: ScorerWord | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const entry = table.word(tokens[i]!, perMessage);
    readWeights(entry, sparse);
    unigrams += entry.unigramWeight;
    unigramsAbs += Math.abs(entry.unigramWeight);
    charSum += entry.charWeights;
    charSumAbs += Math.abs(entry.charWeights);
    charCount += entry.grams;
    if (entry.row >= 0) {
      readDenseWeights(entry, dense, table);
      known++;
      dot += entry.denseDot;
      abs += entry.denseAbs;
    }
    if (previous) {
      const byte = sparse[pairHash(previous.unigram, entry.unigram) & mask]!;
      pairSum += byte;
      pairSumAbs += Math.abs(byte);
    }
    previous = entry;
  }
  const n = tokens.length;
  const dimensions = vectors.dimensions;
  const value = (weight: number, occurrences: number) => (occurrences > 0 ? weight / Math.sqrt(occurrences) : 0);
  const word = value(1, n);
  const pair = value(0.7, Math.max(0, n - 1));
  const char = value(0.5, charCount);
  const meanDot = known > 0 ? dot / known : 0;
  const meanAbs = known > 0 ? abs / known : 0;
  const share = Math.fround(n > 0 ? known / n : 0);
  let extras = dense[dimensions]! * share;
  let extrasAbs = Math.abs(dense[dimensions]! * share);
  for (let i = 0; i < CONTEXT_FEATURES.length; i++) {
    if (!cancelled.has(CONTEXT_FEATURES[i]!)) continue;
    extras += dense[dimensions + 1 + i]!;
    extrasAbs += Math.abs(dense[dimensions + 1 + i]!);
  }
  const ngrams = word * unigrams + char * charSum + pair * pairSum;
  const ngramsAbs = word * unigramsAbs + char * charSumAbs + pair * pairSumAbs;
  const scale = Math.abs(model.sparseScale);
  const estimate = model.bias + meanDot + extras + model.sparseScale * ngrams;
  const error =
    (n + 2) * 2 * FLOAT32_STEP * meanAbs +
    (n + 8) * 2 * DOUBLE_STEP * scale * ngramsAbs +
    2 ** -40 * (Math.abs(model.bias) + meanAbs + extrasAbs + scale * ngramsAbs) +
    1e-12;
  return { estimate, error };
}
