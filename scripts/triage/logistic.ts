// Logistic regression trained by AdaGrad on dense features plus hashed n-grams, with lazy L2 on the
// buckets a batch touches: small, fast on two cores, and a linear model whose every weight is explainable.
import { type Features, forEachBucket } from "../../functions/engine/scorer/features.ts";

export interface LinearWeights {
  dense: Float64Array;
  sparse: Float64Array;
  bias: number;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function linearLogit(weights: LinearWeights, features: Features): number {
  let sum = weights.bias;
  for (let i = 0; i < weights.dense.length; i++) sum += weights.dense[i]! * features.dense[i]!;
  forEachBucket(features, weights.sparse.length, (bucket, value) => (sum += weights.sparse[bucket]! * value));
  return sum;
}

export function trainLogistic(
  rows: readonly { features: Features; label: number; weight: number }[],
  denseLength: number,
  buckets: number,
  options: TrainOptions,
): LinearWeights {
  const weights: LinearWeights = { dense: new Float64Array(denseLength), sparse: new Float64Array(buckets), bias: 0 };
  const denseG = new Float64Array(denseLength).fill(1e-8);
  const sparseG = new Float64Array(buckets).fill(1e-8);
  let biasG = 1e-8;
  const random = mulberry32(options.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, label, weight } = rows[index]!;
      const p = 1 / (1 + Math.exp(-linearLogit(weights, features)));
      const error = (p - label) * weight;
      for (let i = 0; i < denseLength; i++) {
        const g = error * features.dense[i]! + options.l2 * weights.dense[i]!;
        denseG[i]! += g * g;
        weights.dense[i]! -= (options.rate * g) / Math.sqrt(denseG[i]!);
      }
      forEachBucket(features, buckets, (b, value) => {
        const g = error * value + options.l2 * weights.sparse[b]!;
        sparseG[b]! += g * g;
        weights.sparse[b]! -= (options.rate * g) / Math.sqrt(sparseG[b]!);
      });
      biasG += error * error;
      weights.bias -= (options.rate * error) / Math.sqrt(biasG);
    }
  }
  return weights;
}

/** Platt scaling: the slope and intercept that make σ(slope × logit + intercept) a calibrated probability. */
export function fitPlatt(logits: readonly number[], labels: readonly number[]): { slope: number; intercept: number } {
  let slope = 1;
  let intercept = 0;
  for (let step = 0; step < 2_000; step++) {
    let gs = 0;
    let gi = 0;
    for (let i = 0; i < logits.length; i++) {
      const p = 1 / (1 + Math.exp(-(slope * logits[i]! + intercept)));
      gs += (p - labels[i]!) * logits[i]!;
      gi += p - labels[i]!;
    }
    slope -= (0.5 * gs) / logits.length;
    intercept -= (0.5 * gi) / logits.length;
  }
  return { slope, intercept };
}

/** A softmax over dense features (the reason of a crisis the cues did not name). */
export function trainSoftmax(
  rows: readonly { dense: Float32Array; label: number }[],
  classes: number,
  options: TrainOptions,
): { weights: number[][]; bias: number[] } {
  const length = rows[0]?.dense.length ?? 0;
  const weights = Array.from({ length: classes }, () => new Float64Array(length));
  const bias = new Float64Array(classes);
  const counts = new Float64Array(classes);
  for (const row of rows) counts[row.label]!++;
  const random = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let n = 0; n < rows.length; n++) {
      const row = rows[Math.floor(random() * rows.length)]!;
      const scores = weights.map((w, k) => w.reduce((sum, value, i) => sum + value * row.dense[i]!, bias[k]!));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((a, b) => a + b, 0);
      const balance = rows.length / (classes * Math.max(1, counts[row.label]!));
      for (let k = 0; k < classes; k++) {
        const error = (exps[k]! / total - (k === row.label ? 1 : 0)) * Math.min(balance, 3);
        const w = weights[k]!;
        for (let i = 0; i < length; i++) w[i]! -= options.rate * (error * row.dense[i]! + options.l2 * w[i]!);
        bias[k]! -= options.rate * error;
      }
    }
  }
  return { weights: weights.map((w) => [...w]), bias: [...bias] };
}
