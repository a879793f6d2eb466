// `npm run build` step: trains the topic model (functions/engine/retrieve/topic-model-retrieval.ts) on every topic's and decoy's
// sample question (each read with itself left out) and the development questions (test/corpus/questions.json and
// questions-dev-batch2.json; the
// held-out batches are never read), and writes it with its metrics and manifest. Deterministic (full-batch
// training, no sampling), so `--check` retrains in memory and fails when the committed model differs.
// Settings were chosen by scripts/kb/topic-model-cv.ts (docs/knowledge-base.md, "A learned topic model").
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { classScores } from "../../functions/engine/retrieve/topic-model-retrieval.ts";
import { updateGeneratedModule } from "../generated-module.ts";
import { corpusExamples, DEVELOPMENT_QUESTIONS, type Example, OUT, sampleExamples, topicSpace } from "./english-topic-model-examples.ts";
import { DEFAULT_TRAINING, prepare, type TrainingOptions, toModelData, train } from "./softmax-training.ts";

export const TOPIC_MODEL_MODULE = "functions/knowledge/generated/topic-model-en.ts";
export const TOPIC_MODEL_METRICS = "functions/knowledge/generated/topic-model-en.metrics.json";

/** Chosen by 5-fold cross-validation on the development corpus (scripts/kb/topic-model-cv.ts). */
export const TOPIC_MODEL_TRAINING: TrainingOptions = { ...DEFAULT_TRAINING, classVectors: false, iterations: 250, sampleWeight: 2 };
/** A development question weighs this much in training, against a sample's `sampleWeight`. */
const DEVELOPMENT_WEIGHT = 1;
/**
 * Added to the out-of-scope class's bias after training: a question is answered as out of scope only when the model is
 * surer of it (cross-validation: out-of-scope precision and top-1 both rose, recall fell a little).
 */
export const OUT_OF_SCOPE_SHIFT = -1;

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex").slice(0, 16);

/** What the model is trained from, fingerprinted: the test suite compares them with the metrics' (a cheap staleness check). */
export const TOPIC_MODEL_INPUTS = [
  "test/corpus/questions.json",
  "test/corpus/questions-dev-batch2.json",
  "test/corpus/questions-dev-batch3.json",
  "test/corpus/questions-dev-batch4.json",
  "functions/knowledge/generated/knowledge-base.ts",
  "functions/knowledge/generated/topic-vectors.ts",
] as const;

export function topicModelInputs(): Record<string, string> {
  return Object.fromEntries(TOPIC_MODEL_INPUTS.map((path) => [path, sha256(path)]));
}

function accuracy(model: ReturnType<typeof toModelData>, examples: readonly Example[]): number {
  const K = model.topics.length;
  let right = 0;
  for (const example of examples) {
    const scores = classScores(model, example.input);
    let best = 0;
    for (let k = 1; k <= K; k++) if (scores[k]! > scores[best]!) best = k;
    if ((best === K ? OUT : best) === example.label) right++;
  }
  return right / examples.length;
}

export function topicModelModule(): { source: string; metrics: string; summary: string } {
  const space = topicSpace();
  const K = space.topics.length;
  const samples = sampleExamples(space);
  const development = corpusExamples(space);
  const dimensions = samples.find(({ input }) => input.meaning)!.input.meaning!.length;
  const rows = [
    ...samples.map((example) => prepare(example, K, TOPIC_MODEL_TRAINING.sampleWeight)),
    ...development.map((example) => prepare(example, K, DEVELOPMENT_WEIGHT)),
  ];
  const trained = toModelData(train(rows, K, dimensions, TOPIC_MODEL_TRAINING), space.topics, dimensions);
  const outWeights = trained.classes[K]!;
  const model = {
    ...trained,
    classes: [...trained.classes.slice(0, K), [...outWeights.slice(0, dimensions), Number((outWeights[dimensions]! + OUT_OF_SCOPE_SHIFT).toPrecision(4))]],
  };
  const metrics = {
    model: "softmax over the topics and out of scope: shared weights on each topic's words' score and its centroid's cosine, a bias per class",
    training: { ...TOPIC_MODEL_TRAINING, developmentWeight: DEVELOPMENT_WEIGHT, outOfScopeShift: OUT_OF_SCOPE_SHIFT },
    inputs: topicModelInputs(),
    sources: {
      "test/corpus/questions.json": { examples: DEVELOPMENT_QUESTIONS.filter(({ file }) => file === "questions.json").length },
      "test/corpus/questions-dev-batch2.json": { examples: DEVELOPMENT_QUESTIONS.filter(({ file }) => file === "questions-dev-batch2.json").length },
      "test/corpus/questions-dev-batch3.json": { examples: DEVELOPMENT_QUESTIONS.filter(({ file }) => file === "questions-dev-batch3.json").length },
      "test/corpus/questions-dev-batch4.json": { examples: DEVELOPMENT_QUESTIONS.filter(({ file }) => file === "questions-dev-batch4.json").length },
      "shared/content/topics/en (samples, each left out of the index)": { examples: samples.filter(({ label }) => label !== OUT).length },
      "functions/knowledge/decoys.ts (samples, out of scope)": { examples: samples.filter(({ label }) => label === OUT).length },
    },
    heldOutBatchesRead: false,
    trainingAccuracy: {
      development: Number(accuracy(model, development).toFixed(4)),
      samplesLeftOut: Number(accuracy(model, samples).toFixed(4)),
    },
    classes: K + 1,
    parameters: model.topic.length + model.out.length + model.classes.length * (dimensions + 1),
  };
  return {
    source: `// Generated by \`npm run build\` (scripts/kb/train-english-topic-model.ts); metrics and sources in topic-model-en.metrics.json. Do not edit.
import type { TopicModelData } from "../../engine/retrieve/topic-model-retrieval.ts";

export const TOPIC_MODEL: TopicModelData = ${JSON.stringify(model)};
`,
    metrics: `${JSON.stringify(metrics, null, 2)}\n`,
    summary: `${K + 1} classes, ${rows.length} examples; training accuracy ${metrics.trainingAccuracy.development} (development), ${metrics.trainingAccuracy.samplesLeftOut} (samples)`,
  };
}

if (import.meta.main) {
  const { source, metrics, summary } = topicModelModule();
  updateGeneratedModule(TOPIC_MODEL_MODULE, source, "npm run build", summary);
  if (process.argv.includes("--check")) {
    if (readFileSync(TOPIC_MODEL_METRICS, "utf8") !== metrics) {
      console.error(`${TOPIC_MODEL_METRICS} is stale: run \`npm run build\`.`);
      process.exitCode = 1;
    }
  } else writeFileSync(TOPIC_MODEL_METRICS, metrics);
}
