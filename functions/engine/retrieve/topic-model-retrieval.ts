import { dot, softmax } from "./topic-model.ts";

/**
 * A learned topic model over what retrieval already reads (scripts/kb/train-english-topic-model.ts): a softmax over the
 * English topics and "out of scope", each class scored from the words' scores (BM25F) and the message's cosine to each
 * topic's centroid. Topics share the weights of their words' and meaning's features (so a topic the words favour is
 * favoured whichever it is); each class has its own bias and may have weights on the message's mean word vector (the
 * shipped model has none: cross-validation chose it without them, and the engine then skips those products).
 */
export interface TopicModelData {
  /** The topics, in the order of the class weights; "out of scope" is the last class. */
  topics: readonly string[];
  /** Shared weights of a topic's features (`topicFeatures`). */
  topic: readonly number[];
  /** Weights of the out-of-scope class's features (`outFeatures`). */
  out: readonly number[];
  /** Per class (topics, then out of scope): weights on the mean word vector, then the bias. */
  classes: readonly (readonly number[])[];
}

/** What the model reads of a message: computed once by retrieval (or the trainer, with a sample left out). */
export interface TopicModelInput {
  /** Per topic of the model (its order), the words' score. */
  words: Float64Array;
  /** The best out-of-scope decoy's words' score. */
  decoy: number;
  /** The score a topic needs to be answered by the words alone. */
  threshold: number;
  /** Per topic, the cosine to its centroid (`topicCentroids` in semantic.ts; 0 without a message vector). */
  cosines: Float64Array;
  /** The message's unit mean word vector, or null. */
  meaning: Float32Array | null;
}

export const TOPIC_FEATURES = 7;
export const OUT_FEATURES = 9;

function maxOf(values: Float64Array): number {
  let best = 0;
  for (const value of values) if (value > best) best = value;
  return best;
}

/** Per topic k, the features its shared weights read (`into` holds TOPIC_FEATURES per topic). */
export function topicFeatures(input: TopicModelInput, into: Float64Array): void {
  const best = maxOf(input.words);
  const closest = maxOf(input.cosines);
  const { threshold } = input;
  for (let k = 0; k < input.words.length; k++) {
    const words = input.words[k]!;
    const cosine = input.cosines[k]!;
    const at = k * TOPIC_FEATURES;
    into[at] = words === 0 ? 0 : Math.log1p(words);
    into[at + 1] = (words - best) / Math.max(best, 1);
    into[at + 2] = words >= threshold ? 1 : 0;
    into[at + 3] = words > 0 && words === best ? 1 : 0;
    into[at + 4] = cosine;
    into[at + 5] = cosine - closest;
    into[at + 6] = words / threshold;
  }
}

/** The out-of-scope class's features. */
export function outFeatures(input: TopicModelInput, into: Float64Array): void {
  const best = maxOf(input.words);
  const { threshold, decoy } = input;
  into[0] = Math.log1p(best);
  into[1] = best / threshold;
  into[2] = best >= threshold ? 1 : 0;
  into[3] = decoy >= threshold && decoy >= best ? 1 : 0;
  into[4] = Math.log1p(decoy) - Math.log1p(best);
  into[5] = maxOf(input.cosines);
  into[6] = threshold <= 2.5 ? 1 : 0;
  into[7] = threshold >= 8 ? 1 : 0;
  into[8] = input.meaning ? 0 : 1;
}

/** A model's class weights in one flat array (classes × (dimensions + 1)), made once per model. */
const flatClasses = new WeakMap<TopicModelData, Float64Array>();

function classWeights(model: TopicModelData): Float64Array {
  let flat = flatClasses.get(model);
  if (!flat) flatClasses.set(model, (flat = Float64Array.from(model.classes.flat())));
  return flat;
}

const withVectors = new WeakMap<TopicModelData, boolean>();

/** Whether any class weighs the mean word vector (a model trained without class vectors has them all 0: no products then). */
function hasClassVectors(model: TopicModelData, weights: Float64Array, dimensions: number): boolean {
  let has = withVectors.get(model);
  if (has === undefined) {
    has = false;
    for (let at = 0; at < weights.length && !has; at++) has = at % (dimensions + 1) !== dimensions && weights[at] !== 0;
    withVectors.set(model, has);
  }
  return has;
}

/** Scratch space for `classScores`, reused from message to message. */
let perTopicScratch = new Float64Array(0);
const outScratch = new Float64Array(OUT_FEATURES);
let meaningScratch = new Float64Array(0);

/** The classes' scores (logits): topics in the model's order, out of scope last. */
export function classScores(model: TopicModelData, input: TopicModelInput): Float64Array {
  const topics = model.topics.length;
  if (perTopicScratch.length < topics * TOPIC_FEATURES) perTopicScratch = new Float64Array(topics * TOPIC_FEATURES);
  const perTopic = perTopicScratch;
  topicFeatures(input, perTopic);
  const out = outScratch;
  outFeatures(input, out);
  const weights = classWeights(model);
  const width = weights.length / (topics + 1);
  const dimensions = width - 1;
  let q: Float64Array | null = null;
  if (input.meaning && hasClassVectors(model, weights, dimensions)) {
    if (meaningScratch.length !== dimensions) meaningScratch = new Float64Array(dimensions);
    q = meaningScratch;
    for (let d = 0; d < dimensions; d++) q[d] = input.meaning[d]!;
  }
  const scores = new Float64Array(topics + 1);
  for (let k = 0; k <= topics; k++) {
    const base = k * width;
    let sum = weights[base + dimensions]!;
    if (q) sum += dot(weights, base, q, dimensions);
    if (k < topics) for (let f = 0; f < TOPIC_FEATURES; f++) sum += model.topic[f]! * perTopic[k * TOPIC_FEATURES + f]!;
    else for (let f = 0; f < OUT_FEATURES; f++) sum += model.out[f]! * out[f]!;
    scores[k] = sum;
  }
  return scores;
}

const positions = new WeakMap<readonly string[], Map<string, number>>();

/**
 * The model's input from what retrieval has worked out: every document's words' score (topics and decoys; others,
 * such as a community's own answers, are not read), the threshold, and the message's meaning and cosines (null when
 * the message has no word vector).
 */
export function modelInput(
  topics: readonly string[],
  scored: readonly { id: string; score: number }[],
  threshold: number,
  meaning: { meaning: Float32Array; cosines: Float64Array } | null,
  decoyPrefix: string,
): TopicModelInput {
  let position = positions.get(topics);
  if (!position) positions.set(topics, (position = new Map(topics.map((id, k) => [id, k]))));
  const words = new Float64Array(topics.length);
  let decoy = 0;
  for (const { id, score } of scored) {
    const k = position.get(id);
    if (k !== undefined) words[k] = score;
    else if (id.startsWith(decoyPrefix) && score > decoy) decoy = score;
  }
  return { words, decoy, threshold, cosines: meaning?.cosines ?? new Float64Array(topics.length), meaning: meaning?.meaning ?? null };
}

/** Per index's documents (by their ids), each one's class: its topic's place in `topics`, DECOY or OTHER. */
const DECOY = -1;
const OTHER = -2;
const documentClasses = new WeakMap<readonly string[], { topics: readonly string[]; decoyPrefix: string; classes: Int32Array }>();

function classesOf(ids: readonly string[], topics: readonly string[], decoyPrefix: string): Int32Array {
  let known = documentClasses.get(ids);
  if (!known || known.topics !== topics || known.decoyPrefix !== decoyPrefix) {
    const place = new Map(topics.map((id, k) => [id, k]));
    const classes = Int32Array.from(ids, (id) => place.get(id) ?? (id.startsWith(decoyPrefix) ? DECOY : OTHER));
    documentClasses.set(ids, (known = { topics, decoyPrefix, classes }));
  }
  return known.classes;
}

/**
 * `modelInput` for `scored` in the order of an index's documents (`ids`, as `scoreAll` lists one index), each
 * document's class looked up once per index rather than once per message; any other list is read by `modelInput`.
 */
export function modelInputInOrder(
  topics: readonly string[],
  ids: readonly string[],
  scored: readonly { id: string; score: number }[],
  threshold: number,
  meaning: { meaning: Float32Array; cosines: Float64Array } | null,
  decoyPrefix: string,
): TopicModelInput {
  if (scored.length !== ids.length) return modelInput(topics, scored, threshold, meaning, decoyPrefix);
  const classes = classesOf(ids, topics, decoyPrefix);
  const words = new Float64Array(topics.length);
  let decoy = 0;
  for (let document = 0; document < scored.length; document++) {
    const { id, score } = scored[document]!;
    if (id !== ids[document]) return modelInput(topics, scored, threshold, meaning, decoyPrefix);
    const k = classes[document]!;
    if (k >= 0) words[k] = score;
    else if (k === DECOY && score > decoy) decoy = score;
  }
  return { words, decoy, threshold, cosines: meaning?.cosines ?? new Float64Array(topics.length), meaning: meaning?.meaning ?? null };
}

/** `modelInput` for every document's score in the order of an index's documents (`ids`). */
export function modelInputOfScores(
  topics: readonly string[],
  ids: readonly string[],
  scores: Float64Array,
  threshold: number,
  meaning: { meaning: Float32Array; cosines: Float64Array } | null,
  decoyPrefix: string,
): TopicModelInput {
  const classes = classesOf(ids, topics, decoyPrefix);
  const words = new Float64Array(topics.length);
  let decoy = 0;
  for (let document = 0; document < ids.length; document++) {
    const score = scores[document]!;
    const k = classes[document]!;
    if (k >= 0) words[k] = score;
    else if (k === DECOY && score > decoy) decoy = score;
  }
  return { words, decoy, threshold, cosines: meaning?.cosines ?? new Float64Array(topics.length), meaning: meaning?.meaning ?? null };
}

/** One class's probability: what `classProbabilities(scores)[k]` holds, the same operations, without the others' divisions. */
export function classProbability(scores: Float64Array, k: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const score of scores) max = Math.max(max, score);
  let sum = 0;
  for (let j = 0; j < scores.length; j++) sum += Math.exp(scores[j]! - max);
  return Math.exp(scores[k]! - max) / sum;
}

/** The classes' probabilities (the shared softmax of `classScores`, on a copy). */
export function classProbabilities(scores: Float64Array): Float64Array {
  return softmax(Float64Array.from(scores));
}

/** The model checked against the topics it must rank (same ids, same order), and its classes' widths. */
export function checkedTopicModel(data: TopicModelData, topics: readonly string[], dimensions: number): TopicModelData {
  if (data.topics.length !== topics.length || data.topics.some((id, k) => id !== topics[k])) {
    throw new Error("The topic model was trained on other topics: run `npm run build`.");
  }
  if (data.topic.length !== TOPIC_FEATURES || data.out.length !== OUT_FEATURES) throw new Error("The topic model's shared weights do not fit its features.");
  if (data.classes.length !== topics.length + 1 || data.classes.some((weights) => weights.length !== dimensions + 1)) {
    throw new Error("The topic model's class weights do not fit the word vectors.");
  }
  return data;
}
