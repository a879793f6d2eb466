// Logistic regression trained by AdaGrad on dense features plus hashed n-grams, with lazy L2 on the
// buckets a batch touches: small, fast on two cores, and a linear model whose every weight is explainable.
// Optionally a hidden layer of tanh units over the dense features beside it (a "wide and deep" model: the n-grams
// and the dense features stay linear, the hidden layer adds what the dense features say together).
import { type Features, forEachBucket } from "../../functions/engine/scorer/features.ts";

export interface LinearWeights {
  dense: Float64Array;
  sparse: Float64Array;
  bias: number;
  hidden?: HiddenLayer;
}

/** Units × inputs weights, row by row, over standardised inputs ((x − mean) / spread) while training. */
export interface HiddenLayer {
  weights: Float64Array;
  bias: Float64Array;
  out: Float64Array;
  mean: Float64Array;
  spread: Float64Array;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** Hidden tanh units over the dense features (0: a linear model). */
  hidden?: number;
  /** Their L2 (the layer has few weights and many rows: a little more than the n-grams'). */
  hiddenL2?: number;
}

/** Shuffles `order` in place (Fisher–Yates) with `random`: the same seed gives the same order. */
export function shuffleInPlace(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
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
  if (weights.hidden) {
    const { out } = weights.hidden;
    const activations = hiddenActivations(weights.hidden, standardise(weights.hidden, features.dense));
    for (let j = 0; j < out.length; j++) sum += out[j]! * activations[j]!;
  }
  return sum;
}

function standardise({ mean, spread }: HiddenLayer, dense: Float32Array): Float64Array {
  return Float64Array.from(dense, (x, i) => (x - mean[i]!) / spread[i]!);
}

function hiddenActivations({ weights, bias }: HiddenLayer, input: Float64Array): Float64Array {
  const activations = new Float64Array(bias.length);
  for (let j = 0; j < bias.length; j++) {
    let z = bias[j]!;
    const start = j * input.length;
    for (let i = 0; i < input.length; i++) z += weights[start + i]! * input[i]!;
    activations[j] = Math.tanh(z);
  }
  return activations;
}

/** The hidden layer as the engine reads it: the standardisation folded into its weights and biases. */
export function foldedHiddenLayer(layer: HiddenLayer): { weights: number[]; bias: number[]; out: number[] } {
  const inputs = layer.mean.length;
  const weights: number[] = [];
  const bias: number[] = [];
  for (let j = 0; j < layer.bias.length; j++) {
    let b = layer.bias[j]!;
    for (let i = 0; i < inputs; i++) {
      const w = layer.weights[j * inputs + i]! / layer.spread[i]!;
      weights.push(w);
      b -= w * layer.mean[i]!;
    }
    bias.push(b);
  }
  return { weights, bias, out: [...layer.out] };
}

/** A hidden layer to start from: inputs' mean and spread on the training rows, Glorot-uniform weights from the seed. */
function initialHiddenLayer(rows: readonly { features: Features }[], inputs: number, units: number, random: () => number): HiddenLayer {
  const mean = new Float64Array(inputs);
  const square = new Float64Array(inputs);
  for (const { features } of rows) {
    for (let i = 0; i < inputs; i++) {
      mean[i]! += features.dense[i]!;
      square[i]! += features.dense[i]! ** 2;
    }
  }
  const spread = new Float64Array(inputs);
  for (let i = 0; i < inputs; i++) {
    mean[i]! /= Math.max(1, rows.length);
    spread[i] = Math.sqrt(Math.max(square[i]! / Math.max(1, rows.length) - mean[i]! ** 2, 0)) || 1;
  }
  const limit = Math.sqrt(6 / (inputs + units));
  const weights = Float64Array.from({ length: units * inputs }, () => (2 * random() - 1) * limit);
  const out = Float64Array.from({ length: units }, () => (2 * random() - 1) * 0.1);
  return { weights, bias: new Float64Array(units), out, mean, spread };
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
  const units = options.hidden ?? 0;
  const hidden = units > 0 ? initialHiddenLayer(rows, denseLength, units, random) : undefined;
  if (hidden) weights.hidden = hidden;
  const hiddenG = hidden && {
    weights: new Float64Array(hidden.weights.length).fill(1e-8),
    bias: new Float64Array(units).fill(1e-8),
    out: new Float64Array(units).fill(1e-8),
  };
  const hiddenL2 = options.hiddenL2 ?? 1e-4;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
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
      if (hidden && hiddenG) {
        const input = standardise(hidden, features.dense);
        const activations = hiddenActivations(hidden, input);
        for (let j = 0; j < units; j++) {
          const a = activations[j]!;
          const gOut = error * a + hiddenL2 * hidden.out[j]!;
          const back = error * hidden.out[j]! * (1 - a * a);
          hiddenG.out[j]! += gOut * gOut;
          hidden.out[j]! -= (options.rate * gOut) / Math.sqrt(hiddenG.out[j]!);
          hiddenG.bias[j]! += back * back;
          hidden.bias[j]! -= (options.rate * back) / Math.sqrt(hiddenG.bias[j]!);
          const start = j * denseLength;
          for (let i = 0; i < denseLength; i++) {
            const g = back * input[i]! + hiddenL2 * hidden.weights[start + i]!;
            hiddenG.weights[start + i]! += g * g;
            hidden.weights[start + i]! -= (options.rate * g) / Math.sqrt(hiddenG.weights[start + i]!);
          }
        }
      }
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
