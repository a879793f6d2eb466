import { TOPIC_MODELS } from "../../knowledge/generated/topic-models.ts";
import type { TextAnalyzer } from "./analyzer.ts";

/**
 * A language's learned topic model (`scripts/kb/train-topic-model.ts`): a softmax over hashed features of the
 * analyzer's stems, their pairs and their letters (4-grams: compounds and endings the stemmer leaves, German
 * "Schweigepflicht" and "schweigt"), trained on the topics' own words and the language's open questions. BM25 reads
 * the words a topic was written with; the model has read many people's wording for each topic, and its probability
 * joins the words' score where the language has one (docs/languages.md, "Round 3 fifth session").
 */
export interface TopicModelData {
  /** Hashed feature buckets per topic. */
  buckets: number;
  /** The topic ids, in the weights' order; the last is NO_TOPIC. */
  topics: readonly string[];
  /** Int8 weights, topic by topic (`buckets` each), base64; a weight is byte × scale. */
  weights: string;
  scale: number;
  bias: readonly number[];
}

/** The model's last class: a message that is no knowledge-base question (everyday chat, a recipe). */
export const NO_TOPIC = "";

/** A letter 4-gram counts this much beside a whole stem. */
const GRAM_WEIGHT = 0.5;
const GRAM = 4;

function hash(text: string, buckets: number): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % buckets;
}

/** A message's features: bucket → value, the vector of unit length. Shared by the trainer and the engine. */
export function topicFeatures(stems: readonly string[], buckets: number): Map<number, number> {
  const features = new Map<number, number>();
  const add = (key: string, value: number) => {
    const bucket = hash(key, buckets);
    features.set(bucket, (features.get(bucket) ?? 0) + value);
  };
  for (const stem of stems) {
    add(`w${stem}`, 1);
    const padded = ` ${stem} `;
    for (let at = 0; at + GRAM <= padded.length; at++) add(`c${padded.slice(at, at + GRAM)}`, GRAM_WEIGHT);
  }
  for (let i = 1; i < stems.length; i++) add(`p${stems[i - 1]} ${stems[i]}`, 1);
  let norm = 0;
  for (const value of features.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (const [bucket, value] of features) features.set(bucket, value / norm);
  return features;
}

/** Each topic's probability from the logits (softmax). */
export function softmax(logits: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const logit of logits) max = Math.max(max, logit);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += logits[k] = Math.exp(logits[k]! - max);
  for (let k = 0; k < logits.length; k++) logits[k]! /= sum;
  return logits;
}

export class TopicModel {
  readonly topics: readonly string[];
  private readonly data: TopicModelData;
  private readonly weights: Int8Array;

  constructor(data: TopicModelData) {
    this.data = data;
    this.topics = data.topics;
    const bytes = Uint8Array.from(atob(data.weights), (char) => char.charCodeAt(0));
    this.weights = new Int8Array(bytes.buffer);
    if (this.weights.length !== data.buckets * data.topics.length) throw new Error("topic model: weights do not fit its topics and buckets");
  }

  /** Topic id → probability, from the message's stems (the analyzer's, with compounds read against the index). */
  probabilities(stems: readonly string[]): Map<string, number> {
    const { buckets, scale, bias } = this.data;
    const features = topicFeatures(stems, buckets);
    const logits = new Float64Array(this.topics.length);
    for (let k = 0; k < logits.length; k++) {
      let sum = 0;
      const row = k * buckets;
      for (const [bucket, value] of features) sum += this.weights[row + bucket]! * value;
      logits[k] = bias[k]! + sum * scale;
    }
    const p = softmax(logits);
    return new Map(this.topics.map((topic, k) => [topic, p[k]!]));
  }
}

const models = new Map<string, TopicModel | null>();

/** The language's topic model, decoded on its first message; null for a language without one. */
export function topicModelFor(language: string): TopicModel | null {
  let model = models.get(language);
  if (model === undefined) {
    const data = TOPIC_MODELS[language];
    models.set(language, (model = data ? new TopicModel(data) : null));
  }
  return model;
}

/** The stems a language's topic model reads: the analyzer's, compounds split against the index's terms. */
export function modelStems(analyzer: TextAnalyzer, text: string, known: (term: string) => boolean): string[] {
  return analyzer.stems(analyzer.prepare(text), known);
}
