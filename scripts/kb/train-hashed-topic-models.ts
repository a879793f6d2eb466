// Trains each listed language's topic model (functions/engine/retrieve/topic-model-hashed.ts): a softmax over hashed
// features of the analyzer's stems, trained by the shared core (softmax-training.ts, per-example AdaGrad) on the topics' samples, titles, keywords and leads and on the
// language's open question files (never a sealed one). Deterministic, so `--check` compares.
// `node scripts/kb/train-hashed-topic-models.ts [--check]` (part of `npm run build`, after the knowledge bases).
import { existsSync, readFileSync } from "node:fs";
import { hasTerm } from "../../functions/engine/retrieve/bm25.ts";
import { analyzerFor } from "../../functions/engine/retrieve/language-analyzers.ts";
import { modelStems, NO_TOPIC, type TopicModelData, topicFeatures } from "../../functions/engine/retrieve/topic-model-hashed.ts";
import { KNOWLEDGE_BASES } from "../../functions/knowledge/generated/knowledge-bases.ts";
import { BATCH_QUESTIONS_FILES, isHeldOutQuestionsFile, OPEN_QUESTIONS_FILE, PARAPHRASE_QUESTIONS_FILE } from "../../test/eval/language-corpora.ts";
import { updateGeneratedModule } from "../generated-module.ts";
import { readTopics } from "./read-topics.ts";
import { trainSparse } from "./softmax-training.ts";

/**
 * Languages whose knowledge base joins a topic model to its words, and the model's weight in each (TopicModelData.weight:
 * points of BM25F a probability of 1 adds). German's sealed top-1 stayed at 80.8% while keyword tuning raised each open
 * batch it was written for: the model is for reading wording no keyword was written for. German's 10 was chosen by
 * holding each open file out in turn (batches 4–6: 134/156 at 10, 132 at 20 and 30, 131 without the model). French's 5
 * the same way once its batches 1–2 were written (all open files 240/251 without, 241 at 3, 243 at 5, 242 at 7, 240
 * at 10; batch 2 32 → 35/39); Spanish and Portuguese read no better with one (es 388/407 without, 384 at 5; pt 237/251
 * without, 234 at 5), so they have none (docs/languages.md, "languages-kb").
 */
export const TOPIC_MODEL_WEIGHTS: Readonly<Record<string, number>> = { de: 10, fr: 5 };
export const TOPIC_MODEL_LANGUAGES = Object.keys(TOPIC_MODEL_WEIGHTS);
export const TOPIC_MODELS_MODULE = "functions/knowledge/generated/topic-models.ts";
/** The open question files the model learns from, beyond the topics themselves (the sealed ones never). */
export const TOPIC_MODEL_FILES = [OPEN_QUESTIONS_FILE, PARAPHRASE_QUESTIONS_FILE, ...BATCH_QUESTIONS_FILES];
/** Open files of messages that are not knowledge-base questions: everyday chat, each a "no topic" example. */
const OUT_OF_SCOPE_FILES = ["chat.json"];
/** 512 buckets per topic: ≈ 20 KiB gzip; 1,024 and 2,048 read German's held-out batch 4 no better (docs/languages.md). */
const BUCKETS = 512;
const OPTIONS = { epochs: 30, rate: 0.3, biasRate: 0.05, l2: 1e-5, seed: 20261207 };

export function topicModelModuleOf(language: string): string {
  return `functions/knowledge/generated/topic-model-${language}.ts`;
}

interface Example {
  text: string;
  topic: number;
}

/** The topics' own words and the open questions, each with its topic's place. */
export function topicModelExamples(language: string, files: readonly string[] = TOPIC_MODEL_FILES): { topics: string[]; examples: Example[] } {
  const sources = readTopics(".", language);
  const topics = sources.map((topic) => topic.id);
  const examples: Example[] = [];
  for (const [topic, source] of sources.entries()) {
    for (const text of [...source.samples, source.title, source.keywords.join(", "), ...(source.lead ? [source.lead] : [])]) examples.push({ text, topic });
  }
  // The last class is "no topic": everyday chat and the open files' messages that are not knowledge-base questions,
  // so that a recipe or a football score spreads no probability over the topics.
  const none = topics.length;
  for (const file of [...files, ...OUT_OF_SCOPE_FILES]) {
    if (file.includes("sealed")) throw new Error("a topic model never learns from a sealed file");
    if (isHeldOutQuestionsFile(language, file)) continue;
    const path = `test/corpus/${language}/${file}`;
    if (!existsSync(path)) continue;
    for (const row of JSON.parse(readFileSync(path, "utf8")) as { text: string; topic?: string | null }[]) {
      if (row.topic && topics.includes(row.topic)) examples.push({ text: row.text, topic: topics.indexOf(row.topic) });
      else if (!row.topic) examples.push({ text: row.text, topic: none });
    }
  }
  return { topics: [...topics, NO_TOPIC], examples };
}

export function trainTopicModel(language: string, files: readonly string[] = TOPIC_MODEL_FILES, weight = TOPIC_MODEL_WEIGHTS[language] ?? 10): TopicModelData {
  const { topics, examples } = topicModelExamples(language, files);
  const analyzer = analyzerFor(language);
  const { index } = KNOWLEDGE_BASES[language]!;
  const known = (term: string) => hasTerm(index, term);
  const features = examples.map(({ text }) => {
    const { buckets, values } = topicFeatures(modelStems(analyzer, text, known), BUCKETS);
    return buckets.map((bucket, i): [number, number] => [bucket, values[i]!]);
  });
  const { weights, bias } = trainSparse(
    features,
    examples.map(({ topic }) => topic),
    topics.length,
    BUCKETS,
    OPTIONS,
  );
  let largest = 1e-6;
  for (const value of weights) largest = Math.max(largest, Math.abs(value));
  const scale = largest / 127;
  const bytes = Int8Array.from(weights, (value) => Math.max(-127, Math.min(127, Math.round(value / scale))));
  const round = (value: number) => Number(value.toPrecision(6));
  return { buckets: BUCKETS, topics, weights: Buffer.from(bytes.buffer).toString("base64"), scale: round(scale), bias: [...bias].map(round), weight };
}

function modelModule(language: string, model: TopicModelData): string {
  return `// Generated by \`npm run build\` (scripts/kb/train-hashed-topic-models.ts) from shared/content/topics/${language}/ and test/corpus/${language}/'s open question files. Do not edit.
import type { TopicModelData } from "../../engine/retrieve/topic-model-hashed.ts";

export const TOPIC_MODEL: TopicModelData = ${JSON.stringify(model)};
`;
}

function registryModule(): string {
  const imports = TOPIC_MODEL_LANGUAGES.map((language) => `import { TOPIC_MODEL as ${language.toUpperCase()} } from "./topic-model-${language}.ts";`);
  return `// Generated by \`npm run build\` (scripts/kb/train-hashed-topic-models.ts): every language's topic model. Do not edit.
import type { TopicModelData } from "../../engine/retrieve/topic-model-hashed.ts";
${imports.join("\n")}

export const TOPIC_MODELS: Readonly<Record<string, TopicModelData>> = { ${TOPIC_MODEL_LANGUAGES.map((language) => `${language}: ${language.toUpperCase()}`).join(", ")} };
`;
}

export function topicModelModules(): { path: string; source: string; summary: string }[] {
  return [
    ...TOPIC_MODEL_LANGUAGES.map((language) => {
      const model = trainTopicModel(language);
      return {
        path: topicModelModuleOf(language),
        source: modelModule(language, model),
        summary: `the ${language} topic model, ${model.topics.length} topics`,
      };
    }),
    { path: TOPIC_MODELS_MODULE, source: registryModule(), summary: `topic models of ${TOPIC_MODEL_LANGUAGES.join(", ")}` },
  ];
}

if (import.meta.main) {
  for (const { path, source, summary } of topicModelModules()) updateGeneratedModule(path, source, "npm run build", summary);
}
