import type { RiskModelData } from "../../../shared/content/triage/scorer-data.ts";
import { CRISIS_REASONS, type CrisisReason } from "../../../shared/schemas/answer.ts";

export type { RiskModelData };

import type { Features } from "./features.ts";
import type { LinearModel } from "./logit-bound.ts";
import { decodeBase64, type WordVectors } from "./word-vectors.ts";

/** How sure the reason model must be before a crisis the cues did not name is about anything but the writer's own safety. */
const OTHER_REASON_CONFIDENCE = 0.85;

export interface RiskScore {
  probability: number;
  reason: CrisisReason;
}

export interface WordInfluence {
  word: string;
  /** Its share of the logit, before calibration: through its n-grams and its vector. */
  weight: number;
}

/** The model decoded once; the n-gram weights stay bytes, scaled when summed. */
export class RiskModel {
  readonly thresholds: RiskModelData["thresholds"];
  private readonly sparse: Int8Array;
  private readonly data: RiskModelData;
  private readonly hidden?: { weights: Float32Array; bias: Float32Array; out: Float32Array };
  private linearParts?: LinearModel;

  constructor(data: RiskModelData) {
    this.data = data;
    const bytes = decodeBase64(data.sparse);
    if (bytes.length !== data.buckets || (data.buckets & (data.buckets - 1)) !== 0) {
      throw new Error(`The risk model's n-gram weights do not fit: ${bytes.length} bytes for ${data.buckets} buckets.`);
    }
    if (data.reasons.labels.some((label) => !CRISIS_REASONS.includes(label))) throw new Error("The risk model names an unknown reason.");
    this.sparse = new Int8Array(bytes.buffer);
    this.thresholds = data.thresholds;
    const hiddenProblem = hiddenLayerProblem(data);
    if (hiddenProblem) throw new Error(`The risk model cannot be read: ${hiddenProblem}.`);
    if (data.hidden) {
      const { weights, bias, out } = data.hidden;
      this.hidden = {
        weights: Float32Array.from(weights),
        bias: Float32Array.from(bias),
        out: Float32Array.from(out),
      };
    }
  }

  logit(features: Features): number {
    let sum = this.data.bias;
    const { dense } = this.data;
    for (let i = 0; i < dense.length; i++) sum += dense[i]! * features.dense[i]!;
    return sum + this.hiddenSum(features.dense) + this.sparseSum(features) * this.data.sparseScale;
  }

  /** The hidden layer's share of the logit (none for a linear model). */
  hiddenSum(input: Float32Array): number {
    if (!this.hidden) return 0;
    const { weights, bias, out } = this.hidden;
    const inputs = input.length;
    let sum = 0;
    for (let j = 0; j < bias.length; j++) {
      let z = bias[j]!;
      const start = j * inputs;
      for (let i = 0; i < inputs; i++) z += weights[start + i]! * input[i]!;
      sum += out[j]! * Math.tanh(z);
    }
    return sum;
  }

  /** The model's weights for `logitBound` when it is linear (no hidden layer), else null. */
  get linear(): LinearModel | null {
    if (this.hidden) return null;
    return (this.linearParts ??= { bias: this.data.bias, dense: this.data.dense, sparse: this.sparse, sparseScale: this.data.sparseScale });
  }

  /** The n-gram weights, one byte a bucket: give them to `extractFeatures` and each word's sums are read once, with the word. */
  get ngramWeights(): Int8Array {
    return this.sparse;
  }

  /**
   * The n-gram weights' share of the logit, in byte steps. Each word's character n-gram bytes are summed as integers
   * (exact in any order), from the features' remembered sums when they were read for this model.
   */
  private sparseSum(features: Features): number {
    const mask = this.data.buckets - 1;
    const { sparse } = this;
    const { values, counts, hashes, pairs, wordWeights } = features;
    let sum = 0;
    if (wordWeights?.of === sparse) {
      const { unigrams, chars } = wordWeights;
      for (let i = 0; i < hashes.length; i++) sum += counts[i]! * (values.word * unigrams[i]! + values.char * chars[i]!);
    } else {
      for (let i = 0; i < hashes.length; i++) {
        const { unigram, chars } = hashes[i]!;
        let grams = 0;
        for (let g = 0; g < chars.length; g++) grams += sparse[chars[g]! & mask]!;
        sum += counts[i]! * (values.word * sparse[unigram & mask]! + values.char * grams);
      }
    }
    let pairSum = 0;
    for (let p = 0; p < pairs.length; p++) pairSum += sparse[pairs[p]! & mask]!;
    return sum + values.pair * pairSum;
  }

  score(features: Features): RiskScore {
    const { slope, intercept } = this.data.calibration;
    return { probability: sigmoid(slope * this.logit(features) + intercept), reason: this.reason(features) };
  }

  /**
   * The reason of a crisis the cues did not name: the writer's own safety unless the softmax is fairly sure of
   * another (someone else at risk, abuse, harm to others), since that is what a risk signal most often is.
   */
  reason(features: Features): CrisisReason {
    const { labels, weights, bias } = this.data.reasons;
    const { dense } = features;
    const scores = labels.map((_, k) => {
      const row = weights[k]!;
      let sum = bias[k]!;
      for (let i = 0; i < row.length; i++) sum += row[i]! * dense[i]!;
      return sum;
    });
    const top = Math.max(...scores);
    const total = scores.reduce((sum, score) => sum + Math.exp(score - top), 0);
    const best = scores.indexOf(top);
    return Math.exp(0) / total >= OTHER_REASON_CONFIDENCE ? labels[best]! : "suicide_self_harm";
  }

  /**
   * Each word's share of the logit through its unigram, its character n-grams and its vector (the linear weights),
   * strongest first. A hidden layer's share is not split by word: it reads the words together.
   */
  influences(features: Features, vectors: WordVectors): WordInfluence[] {
    const mask = this.data.buckets - 1;
    const { values } = features;
    const known = features.words.reduce((sum, word, i) => sum + (vectors.has(word) ? features.counts[i]! : 0), 0);
    const vector = new Float32Array(vectors.dimensions);
    return features.words
      .map((word, i) => {
        const { unigram, chars } = features.hashes[i]!;
        const count = features.counts[i]!;
        let weight = values.word * this.sparse[unigram & mask]!;
        for (const gram of chars) weight += values.char * this.sparse[gram & mask]!;
        weight *= count * this.data.sparseScale;
        vector.fill(0);
        if (vectors.addTo(vector, word, count / known)) for (let d = 0; d < vector.length; d++) weight += this.data.dense[d]! * vector[d]!;
        return { word, weight };
      })
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  }
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Why a model's hidden layer cannot be read with its dense features, or null (no layer, or one that fits). */
export function hiddenLayerProblem({ hidden, dense }: RiskModelData): string | null {
  if (!hidden) return null;
  const { weights, bias, out } = hidden;
  const fits =
    bias.length > 0 && out.length === bias.length && weights.length === bias.length * dense.length && [...weights, ...bias, ...out].every(Number.isFinite);
  return fits
    ? null
    : `its hidden layer does not fit: ${weights.length} weights, ${bias.length} units and ${out.length} outputs for ${dense.length} dense features`;
}
