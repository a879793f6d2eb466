// The topic models' one training core: softmax regression with L2, deterministic. Its loss gradient (`softmaxErrors`)
// serves both optimisers: full-batch Adam for English's model over retrieval's features (`train`, weights shared
// across topics; functions/engine/retrieve/topic-model-retrieval.ts) and seeded per-example AdaGrad over hashed sparse
// features (`trainSparse`, a plain weight matrix; German's, functions/engine/retrieve/topic-model-hashed.ts).
import { softmax } from "../../functions/engine/retrieve/topic-model.ts";
import { OUT_FEATURES, outFeatures, TOPIC_FEATURES, type TopicModelData, topicFeatures } from "../../functions/engine/retrieve/topic-model-retrieval.ts";
import { mulberry32, shuffleInPlace } from "../triage/logistic.ts";
import { type Example, OUT } from "./english-topic-model-examples.ts";

/** The cross-entropy loss's gradient in each class's score, in place: (probability − 1 for the label, else 0) × weight. */
export function softmaxErrors(logits: Float64Array, label: number, weight = 1): Float64Array {
  softmax(logits);
  for (let k = 0; k < logits.length; k++) logits[k] = (logits[k]! - (k === label ? 1 : 0)) * weight;
  return logits;
}

export interface SparseOptions {
  epochs: number;
  rate: number;
  biasRate: number;
  l2: number;
  seed: number;
}

/**
 * A softmax over sparse features (each example's [column, value] pairs) as a classes × `columns` weight matrix and a
 * bias per class: per-example AdaGrad with L2, examples shuffled each epoch by a seeded generator.
 */
export function trainSparse(
  features: readonly (readonly [number, number])[][],
  labels: readonly number[],
  classes: number,
  columns: number,
  options: SparseOptions,
): { weights: Float64Array; bias: Float64Array } {
  const weights = new Float64Array(classes * columns);
  const squares = new Float64Array(classes * columns).fill(1e-8);
  const bias = new Float64Array(classes);
  const random = mulberry32(options.seed);
  const order = features.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const row = features[i]!;
      const logits = new Float64Array(classes);
      for (let k = 0; k < classes; k++) {
        let sum = bias[k]!;
        for (const [column, value] of row) sum += weights[k * columns + column]! * value;
        logits[k] = sum;
      }
      const errors = softmaxErrors(logits, labels[i]!);
      for (let k = 0; k < classes; k++) {
        const error = errors[k]!;
        bias[k]! -= options.biasRate * error;
        for (const [column, value] of row) {
          const at = k * columns + column;
          const gradient = error * value + options.l2 * weights[at]!;
          squares[at]! += gradient * gradient;
          weights[at]! -= (options.rate * gradient) / Math.sqrt(squares[at]!);
        }
      }
    }
  }
  return { weights, bias };
}

export interface TrainingOptions {
  /** L2 on the classes' mean-vector weights… */
  vectorL2: number;
  /** …and on the shared weights. */
  sharedL2: number;
  iterations: number;
  rate: number;
  /** The weight of a sample question against a development question's 1. */
  sampleWeight: number;
  /** Whether each class learns weights on the mean vector (false: only the shared features and a bias). */
  classVectors: boolean;
}

export const DEFAULT_TRAINING: TrainingOptions = { vectorL2: 1e-3, sharedL2: 1e-4, iterations: 400, rate: 0.05, sampleWeight: 1, classVectors: true };

/** An example's features, worked out once. */
export interface Prepared {
  perTopic: Float64Array;
  out: Float64Array;
  meaning: Float32Array | null;
  label: number;
  weight: number;
}

export function prepare(example: Example, topics: number, weight: number): Prepared {
  const perTopic = new Float64Array(topics * TOPIC_FEATURES);
  topicFeatures(example.input, perTopic);
  const out = new Float64Array(OUT_FEATURES);
  outFeatures(example.input, out);
  return {
    perTopic,
    out,
    meaning: example.input.meaning,
    label: example.label === OUT ? topics : example.label,
    weight,
  };
}

interface Parameters {
  topic: Float64Array;
  out: Float64Array;
  /** (topics + 1) × (dimensions + 1): mean-vector weights, then the bias. */
  classes: Float64Array;
}

function logits(parameters: Parameters, row: Prepared, topics: number, dimensions: number, into: Float64Array): void {
  const width = dimensions + 1;
  for (let k = 0; k <= topics; k++) {
    const base = k * width;
    let sum = parameters.classes[base + dimensions]!;
    if (row.meaning) for (let d = 0; d < dimensions; d++) sum += parameters.classes[base + d]! * row.meaning[d]!;
    if (k < topics) for (let f = 0; f < TOPIC_FEATURES; f++) sum += parameters.topic[f]! * row.perTopic[k * TOPIC_FEATURES + f]!;
    else for (let f = 0; f < OUT_FEATURES; f++) sum += parameters.out[f]! * row.out[f]!;
    into[k] = sum;
  }
}

export function train(rows: readonly Prepared[], topics: number, dimensions: number, options: TrainingOptions): Parameters {
  const width = dimensions + 1;
  const parameters: Parameters = {
    topic: new Float64Array(TOPIC_FEATURES),
    out: new Float64Array(OUT_FEATURES),
    classes: new Float64Array((topics + 1) * width),
  };
  const all = [parameters.topic, parameters.out, parameters.classes];
  const moments = all.map((p) => ({ m: new Float64Array(p.length), v: new Float64Array(p.length) }));
  const gradients = all.map((p) => new Float64Array(p.length));
  const scores = new Float64Array(topics + 1);
  const totalWeight = rows.reduce((sum, row) => sum + row.weight, 0);
  for (let step = 1; step <= options.iterations; step++) {
    for (const g of gradients) g.fill(0);
    const [gTopic, gOut, gClasses] = gradients as [Float64Array, Float64Array, Float64Array];
    for (const row of rows) {
      logits(parameters, row, topics, dimensions, scores);
      softmaxErrors(scores, row.label, row.weight / totalWeight);
      for (let k = 0; k <= topics; k++) {
        const error = scores[k]!;
        if (error === 0) continue;
        const base = k * width;
        gClasses[base + dimensions]! += error;
        if (options.classVectors && row.meaning) for (let d = 0; d < dimensions; d++) gClasses[base + d]! += error * row.meaning[d]!;
        if (k < topics) for (let f = 0; f < TOPIC_FEATURES; f++) gTopic[f]! += error * row.perTopic[k * TOPIC_FEATURES + f]!;
        else for (let f = 0; f < OUT_FEATURES; f++) gOut[f]! += error * row.out[f]!;
      }
    }
    for (let f = 0; f < TOPIC_FEATURES; f++) gTopic[f]! += options.sharedL2 * parameters.topic[f]!;
    for (let f = 0; f < OUT_FEATURES; f++) gOut[f]! += options.sharedL2 * parameters.out[f]!;
    for (let k = 0; k <= topics; k++) for (let d = 0; d < dimensions; d++) gClasses[k * width + d]! += options.vectorL2 * parameters.classes[k * width + d]!;
    // Adam
    const b1 = 0.9;
    const b2 = 0.999;
    all.forEach((p, which) => {
      const { m, v } = moments[which]!;
      const g = gradients[which]!;
      for (let i = 0; i < p.length; i++) {
        m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
        v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
        const mHat = m[i]! / (1 - b1 ** step);
        const vHat = v[i]! / (1 - b2 ** step);
        p[i]! -= (options.rate * mHat) / (Math.sqrt(vHat) + 1e-8);
      }
    });
  }
  return parameters;
}

/** Rounded to 4 significant figures: the shipped model is what was measured (the trainer scores with it). */
export function toModelData(parameters: Parameters, topics: readonly string[], dimensions: number): TopicModelData {
  const round = (value: number) => Number(value.toPrecision(4));
  const width = dimensions + 1;
  return {
    topics,
    topic: [...parameters.topic].map(round),
    out: [...parameters.out].map(round),
    classes: Array.from({ length: topics.length + 1 }, (_, k) => [...parameters.classes.subarray(k * width, (k + 1) * width)].map(round)),
  };
}
