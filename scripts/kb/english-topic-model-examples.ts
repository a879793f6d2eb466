// The topic model's training examples (scripts/kb/train-english-topic-model.ts): what retrieval reads of each development
// question (test/corpus/questions.json and development batches 2 to 4, test/corpus/questions-dev-batch{2,3,4}.json), and of each topic's and decoy's sample question with that sample left out of
// the index and of the topics' vectors (so a sample is read as an unseen question would be). The held-out batches
// are never read here.
import { type NormalisedMessage, normalise } from "../../functions/engine/normalise/normalise.ts";
import { answerDocument } from "../../functions/engine/retrieve/answer-document.ts";
import { buildIndex, type LexicalIndex } from "../../functions/engine/retrieve/lexical-index.ts";
import { type Searchable, scoreAll, vocabularyOf } from "../../functions/engine/retrieve/rank.ts";
import { centroidCosines, meaningOf, messageMeaning, topicCentroids } from "../../functions/engine/retrieve/semantic.ts";
import { modelInput, type TopicModelInput } from "../../functions/engine/retrieve/topic-model-retrieval.ts";
import { ENGLISH_SCORER } from "../../functions/engine/scorer/english.ts";
import { scorerWords } from "../../functions/engine/scorer/tokens.ts";
import { DECOY_PREFIX, DECOYS } from "../../functions/knowledge/decoys.ts";
import type { TopicSource } from "../../functions/knowledge/topic-source.ts";
import corpus from "../../test/corpus/questions.json" with { type: "json" };
import developmentBatch2 from "../../test/corpus/questions-dev-batch2.json" with { type: "json" };
import developmentBatch3 from "../../test/corpus/questions-dev-batch3.json" with { type: "json" };
import developmentBatch4 from "../../test/corpus/questions-dev-batch4.json" with { type: "json" };
import { readTopics } from "./read-topics.ts";

export const OUT = -1;

/** Every development question the model learns from: questions.json, then development batches 2, 3 and 4. */
export const DEVELOPMENT_QUESTIONS: readonly { text: string; topic: string | null; batch?: number; file: string }[] = [
  ...(corpus as { text: string; topic: string | null; batch?: number }[]).map((question) => ({ ...question, file: "questions.json" })),
  ...(developmentBatch2 as { text: string; topic: string | null; batch?: number }[]).map((question) => ({ ...question, file: "questions-dev-batch2.json" })),
  ...(developmentBatch3 as { text: string; topic: string | null; batch?: number }[]).map((question) => ({ ...question, file: "questions-dev-batch3.json" })),
  ...(developmentBatch4 as { text: string; topic: string | null; batch?: number }[]).map((question) => ({ ...question, file: "questions-dev-batch4.json" })),
];

export interface Example {
  input: TopicModelInput;
  /** The topic's number in `topics`, or OUT. */
  label: number;
  /** Where it comes from: a development question (its number in DEVELOPMENT_QUESTIONS), or a sample. */
  source: { corpus: number } | { sample: string };
}

export interface TopicSpace {
  topics: string[];
  sources: TopicSource[];
  rows: Int8Array;
  rowTopic: number[];
  /** Per topic, per sample, its row (or -1 when it has no vector). */
  sampleRow: Map<string, number>;
}

/** The topics' rows as scripts/kb/build-topic-vectors.ts writes them (title, then samples), remembering each sample's row. */
export function topicSpace(): TopicSpace {
  const sources = readTopics();
  const bytes: number[] = [];
  const rowTopic: number[] = [];
  const sampleRow = new Map<string, number>();
  sources.forEach((topic, index) => {
    for (const [position, text] of [topic.title, ...topic.samples].entries()) {
      const meaning = meaningOf(scorerWords(normalise(text).folded), ENGLISH_SCORER.vectors);
      if (!meaning) continue;
      if (position > 0) sampleRow.set(`${topic.id}\n${position - 1}`, rowTopic.length);
      rowTopic.push(index);
      for (const value of meaning) bytes.push(Math.round(value * 127));
    }
  });
  return { topics: sources.map(({ id }) => id), sources, rows: Int8Array.from(bytes), rowTopic, sampleRow };
}

/** What the model reads of a message against an index and the topics' rows (one row left out, or none). */
export function inputAgainst(message: NormalisedMessage, searchable: Searchable, space: TopicSpace, skipRow = -1): TopicModelInput {
  const { scored, threshold } = scoreAll(message.text, [searchable]);
  const meaning = messageMeaning(message);
  const dimensions = space.rows.length / space.rowTopic.length;
  const centroids = topicCentroids(space.rows, space.rowTopic, space.topics.length, dimensions, skipRow);
  const cosines = meaning && { meaning, cosines: centroidCosines(meaning, centroids, space.topics.length) };
  return modelInput(space.topics, scored, threshold, cosines, DECOY_PREFIX);
}

function searchableOf(sources: readonly TopicSource[], decoys = DECOYS): Searchable {
  const index: LexicalIndex = buildIndex([
    ...sources.map(answerDocument),
    ...decoys.map((decoy) => answerDocument({ ...decoy, id: `${DECOY_PREFIX}${decoy.id}` })),
  ]);
  return { index, vocabulary: vocabularyOf(index) };
}

/** The development questions, as the shipped index reads them. */
export function corpusExamples(space: TopicSpace): Example[] {
  const searchable = searchableOf(space.sources);
  const position = new Map(space.topics.map((id, k) => [id, k]));
  return DEVELOPMENT_QUESTIONS.map((question, number) => ({
    input: inputAgainst(normalise(question.text), searchable, space),
    label: question.topic === null ? OUT : position.get(question.topic)!,
    source: { corpus: number },
  }));
}

/** Every topic's and decoy's sample, read with itself left out. */
export function sampleExamples(space: TopicSpace): Example[] {
  const examples: Example[] = [];
  space.sources.forEach((topic, k) => {
    topic.samples.forEach((sample, s) => {
      const without = space.sources.map((other) => (other === topic ? { ...other, samples: other.samples.filter((_, i) => i !== s) } : other));
      const skipRow = space.sampleRow.get(`${topic.id}\n${s}`) ?? -1;
      examples.push({ input: inputAgainst(normalise(sample), searchableOf(without), space, skipRow), label: k, source: { sample: topic.id } });
    });
  });
  DECOYS.forEach((decoy, d) => {
    decoy.samples.forEach((sample, s) => {
      const decoys = DECOYS.map((other, i) => (i === d ? { ...other, samples: other.samples.filter((_, j) => j !== s) } : other));
      examples.push({
        input: inputAgainst(normalise(sample), searchableOf(space.sources, decoys), space),
        label: OUT,
        source: { sample: `decoy:${decoy.id}` },
      });
    });
  });
  return examples;
}
