import { TOPIC_MODELS } from "../../knowledge/generated/topic-models.ts";
import { FNV_OFFSET, fnvStep } from "../fnv.ts";
import type { TextAnalyzer } from "./analyzer.ts";
import { softmax, sparseScores } from "./topic-model.ts";

/**
 * A language's hashed-words topic model (`scripts/kb/train-hashed-topic-models.ts`, the softmax of topic-model.ts): a softmax over hashed features of the
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
  /**
   * How many points of the words' score (BM25F) a topic's probability counts: the model's say, chosen per language on
   * its held-out open files (`scripts/kb/hashed-topic-model-cv.ts`, `TOPIC_MODEL_WEIGHTS` in the trainer).
   */
  weight: number;
}

/** The model's last class: a message that is no knowledge-base question (everyday chat, a recipe). */
export const NO_TOPIC = "";

/** A letter 4-gram counts this much beside a whole stem. */
const GRAM_WEIGHT = 0.5;
const GRAM = 4;

const SPACE = 32;

function stepAll(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash;
}

/** The padded stem's character at `at` (a space before and after the stem). */
function paddedCode(stem: string, at: number): number {
  return at === 0 || at === stem.length + 1 ? SPACE : stem.charCodeAt(at - 1);
}

let scratch = new Float64Array(0);
let touched = new Int32Array(0);

/**
 * A message's features, the vector of unit length, as parallel lists of buckets and values: each stem ("w" + stem),
 * its letter 4-grams with a space at each end ("c" + gram, GRAM_WEIGHT each) and each pair of neighbouring stems
 * ("p" + stem + " " + stem), hashed (FNV-1a) into `buckets`. Shared by the trainer and the engine.
 */
export function topicFeatures(stems: readonly string[], buckets: number): { buckets: number[]; values: number[] } {
  if (scratch.length < buckets) scratch = new Float64Array(buckets);
  const most = stems.length * 24 + 8;
  if (touched.length < most) touched = new Int32Array(most);
  let count = 0;
  const add = (hash: number, value: number) => {
    const bucket = (hash >>> 0) % buckets;
    if (scratch[bucket] === 0) touched[count++] = bucket;
    scratch[bucket]! += value;
  };
  const W = 119;
  const C = 99;
  const P = 112;
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i]!;
    add(stepAll(fnvStep(FNV_OFFSET, W), stem), 1);
    for (let at = 0; at + GRAM <= stem.length + 2; at++) {
      let hash = fnvStep(FNV_OFFSET, C);
      for (let k = 0; k < GRAM; k++) hash = fnvStep(hash, paddedCode(stem, at + k));
      add(hash, GRAM_WEIGHT);
    }
    if (i > 0) add(stepAll(fnvStep(stepAll(fnvStep(FNV_OFFSET, P), stems[i - 1]!), SPACE), stem), 1);
  }
  let norm = 0;
  for (let k = 0; k < count; k++) norm += scratch[touched[k]!]! ** 2;
  norm = Math.sqrt(norm) || 1;
  const found = { buckets: new Array<number>(count), values: new Array<number>(count) };
  for (let k = 0; k < count; k++) {
    const bucket = touched[k]!;
    found.buckets[k] = bucket;
    found.values[k] = scratch[bucket]! / norm;
    scratch[bucket] = 0;
  }
  return found;
}

export class TopicModel {
  readonly topics: readonly string[];
  /** TopicModelData.weight. */
  readonly weight: number;
  private readonly data: TopicModelData;
  private readonly weights: Int8Array;

  constructor(data: TopicModelData) {
    this.data = data;
    this.topics = data.topics;
    this.weight = data.weight;
    this.places = new Map(data.topics.map((topic, k) => [topic, k]));
    const bytes = Uint8Array.from(atob(data.weights), (char) => char.charCodeAt(0));
    this.weights = new Int8Array(bytes.buffer);
    if (this.weights.length !== data.buckets * data.topics.length) throw new Error("topic model: weights do not fit its topics and buckets");
  }

  /** Each topic's place in `topics` and in `probabilities`' result. */
  readonly places: ReadonlyMap<string, number>;

  /** Each topic's probability, in `topics`' order, from the message's stems (the analyzer's, compounds read against the index). */
  probabilities(stems: readonly string[]): Float64Array {
    const { buckets, scale, bias } = this.data;
    const features = topicFeatures(stems, buckets);
    return softmax(sparseScores(this.weights, buckets, bias, features, scale));
  }

  /** The same by topic id. */
  probabilityMap(stems: readonly string[]): Map<string, number> {
    const p = this.probabilities(stems);
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

/** Puts a model in place of the generated one (cross-validation, `scripts/kb/hashed-topic-model-cv.ts`); null takes it out. */
export function useTopicModel(language: string, data: TopicModelData | null): void {
  models.set(language, data ? new TopicModel(data) : null);
}

/** The stems a language's topic model reads: the analyzer's, compounds split against the index's terms. */
export function modelStems(analyzer: TextAnalyzer, text: string, known: (term: string) => boolean): string[] {
  return analyzer.stems(analyzer.prepare(text), known);
}
