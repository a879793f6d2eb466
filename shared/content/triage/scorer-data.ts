import type { CrisisReason } from "../../schemas/answer.ts";

/** A language's word vectors as a generated module ships them (scripts/triage/build-word-vectors.ts). */
export interface WordVectorsData {
  dimensions: number;
  /** Per dimension, what one half-step between levels is worth. */
  scales: readonly number[];
  /** The vocabulary, space-separated, most frequent first, in the order of the vectors. */
  words: string;
  /** How many levels a dimension's value is quantised to, evenly spaced around zero. */
  levelCount: number;
  /**
   * One character per dimension per word, its level k from "0" on in ASCII order: it stands for
   * (2k − (levelCount − 1)) × the dimension's scale. A character a value rather than packed bits, so gzip codes them by frequency.
   */
  levels: string;
}

/** A trained risk model as its generated module ships it (scripts/triage/train-risk-model.ts). */
export interface RiskModelData {
  /** Hashed n-gram buckets (a power of two). */
  buckets: number;
  /** Weights of the dense features (word vectors, cue signals). */
  dense: readonly number[];
  /** Weights of the buckets: one signed byte each, base64, × `sparseScale`. */
  sparse: string;
  sparseScale: number;
  bias: number;
  /** Platt scaling fitted on the calibration split: probability = σ(slope × logit + intercept). */
  calibration: { slope: number; intercept: number };
  /** At or above `crisis`: a crisis reply; at or above `checkIn`: a check-in; a cue's crisis needs `cueFloor`. */
  thresholds: { crisis: number; checkIn: number; cueFloor: number };
  /** A softmax over the dense features for the reason of a crisis the cues did not name. */
  reasons: { labels: readonly CrisisReason[]; weights: readonly (readonly number[])[]; bias: readonly number[] };
  /** Dense features besides the mean word vector and the context checks (scorer/features.ts); none when absent. */
  features?: { maxPool?: boolean; length?: boolean };
  /**
   * A hidden layer over the dense features, added to the linear logit: Σ out[j] × tanh(bias[j] + weights[j] · dense),
   * `weights` row by row (units × dense features). Absent: the model is linear.
   */
  hidden?: { weights: readonly number[]; bias: readonly number[]; out: readonly number[] };
  /** When set, a longer message is also read by overlapping windows of this many words, and its most worrying one counts (scorer/windows.ts). */
  windowWords?: number;
}

/** A pack's learned scorer: the model, and the word vectors it was trained over (English only; the other languages' models read n-grams alone). */
export interface ScorerData {
  vectors?: WordVectorsData;
  model: RiskModelData;
}

/** No word vectors: a model over hashed n-grams and the context checks alone. */
export const NO_WORD_VECTORS: WordVectorsData = { dimensions: 0, scales: [], words: "", levelCount: 2, levels: "" };
