// Trains the topic model (functions/engine/retrieve/topic-model.ts): a softmax over the topics and "out of scope",
// full-batch Adam with L2, deterministic (no sampling).
import { OUT_FEATURES, outFeatures, TOPIC_FEATURES, type TopicModelData, topicFeatures } from "../../functions/engine/retrieve/topic-model.ts";
import { type Example, OUT } from "./topic-model-examples.ts";

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
      let top = -Infinity;
      for (const s of scores) top = Math.max(top, s);
      let total = 0;
      for (let k = 0; k <= topics; k++) total += scores[k] = Math.exp(scores[k]! - top);
      for (let k = 0; k <= topics; k++) {
        const error = ((scores[k]! / total - (k === row.label ? 1 : 0)) * row.weight) / totalWeight;
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
