import { TOPIC_VECTORS } from "../../knowledge/generated/topic-vectors.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import { ENGLISH_SCORER } from "../scorer/english.ts";
import { messageWords, scorerWords } from "../scorer/tokens.ts";
import { decodeBase64, type WordVectors } from "../scorer/word-vectors.ts";
import { MAX_QUERY_CHARACTERS, queryWindow } from "./rank.ts";

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
  const sum = new Float32Array(vectors.dimensions);
  let known = 0;
  for (const word of words) {
    const rank = STOP_WORDS.has(word) ? undefined : vectors.rankOf(word);
    if (rank === undefined) continue;
    vectors.addRow(sum, rank, rank / (rank + RARITY));
    known++;
  }
  if (known === 0) return null;
  const norm = Math.hypot(...sum);
  if (norm === 0) return null;
  for (let d = 0; d < sum.length; d++) sum[d]! /= norm;
  return sum;
}

/** The rows decoded once, and each topic's rows (the build writes a topic's rows together). */
let decoded: { rows: Int8Array; rowsOf: Map<string, number[]> } | undefined;

function topicRows(): { rows: Int8Array; rowsOf: Map<string, number[]> } {
  if (decoded) return decoded;
  const rowsOf = new Map<string, number[]>();
  TOPIC_VECTORS.rowTopic.forEach((topic, row) => {
    const id = TOPIC_VECTORS.topics[topic]!;
    const rows = rowsOf.get(id);
    if (rows) rows.push(row);
    else rowsOf.set(id, [row]);
  });
  return (decoded = { rows: new Int8Array(decodeBase64(TOPIC_VECTORS.rows).buffer), rowsOf });
}

/**
 * How close the message's meaning comes to each of the topics asked about: the best cosine between its
 * vector and the topic's sample questions (by id), read from the same word vectors as the risk scorer.
 */
export function semanticSimilarity(message: NormalisedMessage, topicIds: ReadonlySet<string>): Map<string, number> {
  const similarity = new Map<string, number>();
  if (topicIds.size === 0) return similarity;
  // A long message's meaning is read where retrieval reads its words: the question and the story just before it.
  const words = message.text.length <= MAX_QUERY_CHARACTERS ? messageWords(message) : scorerWords(queryWindow(message.folded));
  const query = meaningOf(words, ENGLISH_SCORER.vectors);
  if (!query) return similarity;
  const { rows, rowsOf } = topicRows();
  const { dimensions } = TOPIC_VECTORS;
  for (const topic of topicIds) {
    let best = -1;
    for (const row of rowsOf.get(topic) ?? []) {
      let dot = 0;
      const offset = row * dimensions;
      for (let d = 0; d < dimensions; d++) dot += query[d]! * rows[offset + d]!;
      best = Math.max(best, dot / 127);
    }
    if (rowsOf.has(topic)) similarity.set(topic, best);
  }
  return similarity;
}
