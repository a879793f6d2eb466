import { TOPIC_VECTORS } from "../../knowledge/generated/topic-vectors.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import { ENGLISH_SCORER } from "../scorer/english.ts";
import { messageWords, scorerWords } from "../scorer/tokens.ts";
import { decodeBase64, type WordVectors } from "../scorer/word-vectors.ts";
import { wordKey } from "../word-key.ts";
import { MAX_QUERY_CHARACTERS, queryWindow } from "./rank.ts";
import { dot } from "./topic-model.ts";

/** Words too common to say what a question is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  "a an the and or but if so of to in on at for with from by about as is are was were be been being am do does did have has had i me my mine you your he him his she her it its we us our they them their this that these those what which who whom how why when where can could would should will shall may might must not no yes just really very too also than then there here some any all get got im ive dont its".split(
    " ",
  ),
);

/** A topic's sample questions and title as vectors (scripts/kb/build-topic-vectors.ts): each row a unit vector, one byte a dimension. */
export interface TopicVectorsData {
  topics: readonly string[];
  /** Per row, the index of its topic. */
  rowTopic: readonly number[];
  dimensions: number;
  /** Rows × dimensions signed bytes (value × 127 of the unit vector), base64. */
  rows: string;
}

/** Frequent words say less about meaning: a word of frequency rank r weighs r / (r + RARITY). */
const RARITY = 300;

/** The unit weighted mean vector of a text's content words, or null when none has a vector. */
export function meaningOf(words: readonly string[], vectors: WordVectors): Float32Array | null {
  // Summed as levels in doubles and scaled once (the risk scorer's rows: int8 levels × a scale per dimension).
  const dimensions = vectors.dimensions;
  const sum = new Float64Array(dimensions);
  const weighted = weightedRowsOf(vectors);
  let known = 0;
  for (const word of words) {
    const row = weighted.wordRow(word);
    if (row === NO_ROW) continue;
    if (row < 0) vectors.addLevels(sum, -row - 2, (-row - 2) / (-row - 2 + RARITY));
    else {
      // Four dimensions a step: each dimension's additions are the same, in the same order.
      const { levels } = weighted;
      let d = 0;
      for (; d + 4 <= dimensions; d += 4) {
        sum[d]! += levels[row + d]!;
        sum[d + 1]! += levels[row + d + 1]!;
        sum[d + 2]! += levels[row + d + 2]!;
        sum[d + 3]! += levels[row + d + 3]!;
      }
      for (; d < dimensions; d++) sum[d]! += levels[row + d]!;
    }
    known++;
  }
  if (known === 0) return null;
  vectors.scaleLevels(sum);
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += sum[d]! * sum[d]!;
  norm = Math.sqrt(norm);
  if (norm === 0) return null;
  const meaning = new Float32Array(dimensions);
  for (let d = 0; d < dimensions; d++) meaning[d] = sum[d]! / norm;
  return meaning;
}

/** `WeightedRows.wordRow` for a stop word or a word without a vector. */
const NO_ROW = -1;
/** Words recur from message to message: where their weighted rows start, remembered up to a bound (short words, copied keys). */
const MAX_REMEMBERED_WORDS = 20_000;

/** Rows kept weighted, at most (64 doubles each: 2 MiB for English's 64 dimensions); rarer words are weighted as they are read. */
const MAX_WEIGHTED_ROWS = 4_096;

/**
 * Word rows as `meaningOf` adds them: each level times its word's weight, worked out on the word's first use and
 * kept, so a message's sum is one addition a dimension per word. The same products `addLevels` makes, added in the
 * same order, so the sum is the same to the bit: a kept product of 0 is +0 where `addLevels` might add −0, and a sum
 * that starts at +0 never becomes −0, so adding either leaves it as it is.
 */
class WeightedRows {
  levels: Float64Array;
  /** Per rank, where its row starts in `levels` plus 1 (0: not kept yet). */
  private starts = new Int32Array(0);
  private kept = 0;
  private readonly row: Float64Array;
  private readonly vectors: WordVectors;

  constructor(vectors: WordVectors) {
    this.vectors = vectors;
    this.row = new Float64Array(vectors.dimensions);
    this.levels = new Float64Array(vectors.dimensions * 64);
  }

  /** Per word, what `wordRow` found. */
  private readonly rowByWord = new Map<string, number>();

  /**
   * Where the word's weighted row starts in `levels`; NO_ROW for a stop word or one without a vector; -(rank + 2) for a
   * word whose row is not kept (the bound was reached first), to be weighted as it is read. One lookup for what was
   * three (stop words, the vectors' index, the kept rows).
   */
  wordRow(word: string): number {
    const remembered = this.rowByWord.get(word);
    if (remembered !== undefined) return remembered;
    const rank = STOP_WORDS.has(word) ? undefined : this.vectors.rankOf(word);
    let row = NO_ROW;
    if (rank !== undefined) {
      const at = this.rowAt(rank);
      row = at < 0 ? -rank - 2 : at;
    }
    const key = this.rowByWord.size < MAX_REMEMBERED_WORDS ? wordKey(word) : null;
    if (key) this.rowByWord.set(key, row);
    return row;
  }

  /** Where the word of this rank's weighted row starts in `levels`, or -1 once the bound is reached. */
  rowAt(rank: number): number {
    if (rank < this.starts.length && this.starts[rank] !== 0) return this.starts[rank]! - 1;
    const { dimensions } = this.vectors;
    if (this.kept >= MAX_WEIGHTED_ROWS) return -1;
    if (rank >= this.starts.length) {
      const grown = new Int32Array(Math.max(2 * this.starts.length, rank + 1, 1_024));
      grown.set(this.starts);
      this.starts = grown;
    }
    const start = this.kept * dimensions;
    if (start + dimensions > this.levels.length) {
      const grown = new Float64Array(Math.min(2 * this.levels.length, MAX_WEIGHTED_ROWS * dimensions));
      grown.set(this.levels);
      this.levels = grown;
    }
    this.row.fill(0);
    this.vectors.addLevels(this.row, rank, rank / (rank + RARITY));
    this.levels.set(this.row, start);
    this.starts[rank] = start + 1;
    this.kept++;
    return start;
  }
}

const weightedRows = new WeakMap<WordVectors, WeightedRows>();

function weightedRowsOf(vectors: WordVectors): WeightedRows {
  let rows = weightedRows.get(vectors);
  if (!rows) weightedRows.set(vectors, (rows = new WeightedRows(vectors)));
  return rows;
}

/**
 * The rows decoded once (also as doubles, the values each product converts them to), and each topic's rows (the build
 * writes a topic's rows together).
 */
let decoded: { rows: Int8Array; doubles: Float64Array; rowsOf: Map<string, number[]> } | undefined;

function topicRows(): { rows: Int8Array; doubles: Float64Array; rowsOf: Map<string, number[]> } {
  if (decoded) return decoded;
  const rowsOf = new Map<string, number[]>();
  TOPIC_VECTORS.rowTopic.forEach((topic, row) => {
    const id = TOPIC_VECTORS.topics[topic]!;
    const rows = rowsOf.get(id);
    if (rows) rows.push(row);
    else rowsOf.set(id, [row]);
  });
  const rows = new Int8Array(decodeBase64(TOPIC_VECTORS.rows).buffer);
  return (decoded = { rows, doubles: Float64Array.from(rows), rowsOf });
}

/**
 * How close the message's meaning comes to a topic: the best cosine between its vector and the topic's sample
 * questions, read from the same word vectors as the risk scorer; undefined for a topic without samples (a
 * community's own answer). The message's vector is worked out on the first topic asked about, once.
 */
export function meaningMeasure(message: NormalisedMessage): (topic: string) => number | undefined {
  let query: Float32Array | null | undefined;
  const measured = new Map<string, number | undefined>();
  return (topic) => {
    if (measured.has(topic)) return measured.get(topic);
    const cosine = measure(topic);
    measured.set(topic, cosine);
    return cosine;
  };

  function measure(topic: string): number | undefined {
    const { doubles: rows, rowsOf } = topicRows();
    const topicRowList = rowsOf.get(topic);
    if (!topicRowList) return undefined;
    query ??= messageMeaning(message);
    if (!query) return undefined;
    const { dimensions } = TOPIC_VECTORS;
    let best = -1;
    for (const row of topicRowList) {
      let dot = 0;
      const offset = row * dimensions;
      for (let d = 0; d < dimensions; d++) dot += query[d]! * rows[offset + d]!;
      best = Math.max(best, dot / 127);
    }
    return best;
  }
}

const meaningByMessage = new WeakMap<NormalisedMessage, Float32Array | null>();

/**
 * The message's unit mean word vector (null when none of its words has one), worked out once per message. A long
 * message's meaning is read where retrieval reads its words: the question and the story just before it.
 */
export function messageMeaning(message: NormalisedMessage): Float32Array | null {
  let meaning = meaningByMessage.get(message);
  if (meaning === undefined) {
    const words = message.text.length <= MAX_QUERY_CHARACTERS ? messageWords(message) : scorerWords(queryWindow(message.folded));
    meaningByMessage.set(message, (meaning = meaningOf(words, ENGLISH_SCORER.vectors)));
  }
  return meaning;
}

/**
 * Per topic of TOPIC_VECTORS (its order), the unit mean of its rows (title and samples; int8 × 127 of unit vectors),
 * with the row numbered `skipRow` left out (the trainer leaves a sample's own row out): topics × dimensions.
 */
export function topicCentroids(rows: ArrayLike<number>, rowTopic: readonly number[], topics: number, dimensions: number, skipRow = -1): Float64Array {
  const centroids = new Float64Array(topics * dimensions);
  for (let row = 0; row < rowTopic.length; row++) {
    if (row === skipRow) continue;
    const at = rowTopic[row]! * dimensions;
    for (let d = 0; d < dimensions; d++) centroids[at + d]! += rows[row * dimensions + d]!;
  }
  for (let k = 0; k < topics; k++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += centroids[k * dimensions + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) centroids[k * dimensions + d]! /= norm;
  }
  return centroids;
}

/** The meaning as doubles, reused from message to message. */
let scratch = new Float64Array(0);

/** Per topic, the cosine between the unit `meaning` and its centroid (`topicCentroids`): topics × dimensions products. */
export function centroidCosines(meaning: Float32Array, centroids: Float64Array, topics: number): Float64Array {
  const dimensions = meaning.length;
  if (scratch.length !== dimensions) scratch = new Float64Array(dimensions);
  const q = scratch;
  for (let d = 0; d < dimensions; d++) q[d] = meaning[d]!;
  const cosines = new Float64Array(topics);
  for (let k = 0; k < topics; k++) cosines[k] = dot(centroids, k * dimensions, q, dimensions);
  return cosines;
}

/** The topics' centroids, worked out once from the shipped rows (39 × 64 numbers). */
let centroids: Float64Array | undefined;

/** Every topic's cosine to the message's meaning (TOPIC_VECTORS' order, to each topic's centroid), or null when the message has no vector. */
export function allCosines(message: NormalisedMessage): { meaning: Float32Array; cosines: Float64Array } | null {
  const meaning = messageMeaning(message);
  if (!meaning) return null;
  const { rowTopic, topics, dimensions } = TOPIC_VECTORS;
  centroids ??= topicCentroids(topicRows().rows, rowTopic, topics.length, dimensions);
  return { meaning, cosines: centroidCosines(meaning, centroids, topics.length) };
}

/** `meaningMeasure` for each of the topics (by id) that has samples. */
export function semanticSimilarity(message: NormalisedMessage, topicIds: ReadonlySet<string>): Map<string, number> {
  const similarity = new Map<string, number>();
  if (topicIds.size === 0) return similarity;
  const measure = meaningMeasure(message);
  for (const topic of topicIds) {
    const cosine = measure(topic);
    if (cosine !== undefined) similarity.set(topic, cosine);
  }
  return similarity;
}
