// Chooses the topic model's settings by 5-fold cross-validation on the development corpus alone
// (test/corpus/questions.json and questions-dev-batch2.json to questions-dev-batch4.json; the samples, read with themselves left out, are always in training):
// `node scripts/kb/topic-model-cv.ts`. Prints, per setting, top-1 and out-of-scope precision and recall over the
// folds, beside the engine without the model on the same questions. The held-out batches are never read.
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { chatOnly } from "../../functions/engine/compose/small-talk.ts";
import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { LEARNED } from "../../functions/engine/retrieve/retrieve.ts";
import { classScores } from "../../functions/engine/retrieve/topic-model-retrieval.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import { mulberry32 } from "../triage/logistic.ts";
import { corpusExamples, DEVELOPMENT_QUESTIONS, type Example, OUT, sampleExamples, topicSpace } from "./english-topic-model-examples.ts";
import { DEFAULT_TRAINING, prepare, type TrainingOptions, toModelData, train } from "./softmax-training.ts";
import { type TopicFigures, topicFigures } from "./topic-figures.ts";

const questions = DEVELOPMENT_QUESTIONS;
const started = Date.now();
const space = topicSpace();
const K = space.topics.length;
const devExamples = corpusExamples(space);
const samples = sampleExamples(space);
console.log(`${devExamples.length} development questions, ${samples.length} samples left out one by one (${Date.now() - started} ms)`);

/** What the engine answers without the model, and whether retrieval decided it (not triage, chat or another language). */
LEARNED.enabled = false;
const engine = questions.map(({ text }) => {
  const answer = answerMessage({ text }, { config: DEFAULT_CONFIG });
  const decided = (answer.kind === "answer" || answer.kind === "out_of_scope") && answer.language === "en" && chatOnly(normalise(text).text, "en") === null;
  return { got: answer.kind === "answer" ? answer.topic : null, decided };
});

const FOLDS = 5;
const random = mulberry32(20261207);
const fold = questions.map(() => Math.floor(random() * FOLDS));
const sampleFold = samples.map(() => Math.floor(random() * FOLDS));
const dimensions = 64;

/** The figures over the questions numbered `indices`, with `got` the topic chosen for each question. */
const figures = (got: readonly (string | null)[], indices: readonly number[]): TopicFigures =>
  topicFigures(indices.map((i) => ({ label: questions[i]!.topic, got: got[i]! })));

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const show = (f: TopicFigures) => `top-1 ${pct(f.top1)}  precision ${pct(f.precision)}  recall ${pct(f.recall)}`;

function predict(model: ReturnType<typeof toModelData>, example: Example, outShift: number): string | null {
  const scores = classScores(model, example.input);
  scores[K]! += outShift;
  let best = 0;
  for (let k = 1; k <= K; k++) if (scores[k]! > scores[best]!) best = k;
  return best === K ? null : space.topics[best]!;
}

const all = questions.map((_, i) => i);
const baseline = engine.map(({ got }) => got);
console.log(`engine without the model: ${show(figures(baseline, all))}`);
const batch2Only = all.filter((i) => questions[i]!.file === "questions-dev-batch2.json");
console.log(`  development batch 2 without the model: ${show(figures(baseline, batch2Only))}`);
const batch3Only = all.filter((i) => questions[i]!.file === "questions-dev-batch3.json");
console.log(`  development batch 3 without the model: ${show(figures(baseline, batch3Only))}`);
const batch4Only = all.filter((i) => questions[i]!.file === "questions-dev-batch4.json");
console.log(`  development batch 4 without the model: ${show(figures(baseline, batch4Only))}`);

/** Samples read with themselves left out, by the words alone as retrieval would (best over the threshold; a decoy is out of scope). */
const sampleBaseline = samples.map(({ input }) => {
  let best = -1;
  for (let k = 0; k < K; k++) if (input.words[k]! >= input.threshold && (best < 0 || input.words[k]! > input.words[best]!)) best = k;
  return best < 0 || input.decoy > input.words[best]! ? null : space.topics[best]!;
});
const sampleTop1 = (got: readonly (string | null)[]) =>
  got.filter((topic, i) => topic === (samples[i]!.label === OUT ? null : space.topics[samples[i]!.label])).length / samples.length;

function crossValidate(options: TrainingOptions, devWeight: number, shifts: readonly number[]): void {
  const got = shifts.map(() => [...baseline]);
  const sampleGot: (string | null)[] = samples.map(() => null);
  for (let f = 0; f < FOLDS; f++) {
    const training = [
      ...samples.filter((_, i) => sampleFold[i] !== f).map((example) => prepare(example, K, options.sampleWeight)),
      ...(devWeight > 0 ? devExamples.filter((_, i) => fold[i] !== f).map((example) => prepare(example, K, devWeight)) : []),
    ];
    const model = toModelData(train(training, K, dimensions, options), space.topics, dimensions);
    for (const [i, example] of samples.entries()) if (sampleFold[i] === f) sampleGot[i] = predict(model, example, 0);
    for (const [i, example] of devExamples.entries()) {
      if (fold[i] !== f || !engine[i]!.decided) continue;
      for (const [s, shift] of shifts.entries()) got[s]![i] = predict(model, example, shift);
    }
  }
  console.log(`  samples left out (shift 0): ${pct(sampleTop1(sampleGot))} right (words alone: ${pct(sampleTop1(sampleBaseline))})`);
  for (const [s, shift] of shifts.entries()) {
    const batch1 = all.filter((i) => questions[i]!.file === "questions.json" && questions[i]!.batch === 1);
    const batch2 = all.filter((i) => questions[i]!.file === "questions-dev-batch2.json");
    const batch3 = all.filter((i) => questions[i]!.file === "questions-dev-batch3.json");
    const batch4 = all.filter((i) => questions[i]!.file === "questions-dev-batch4.json");
    console.log(
      `${JSON.stringify({ ...options, devWeight, shift })}: ${show(figures(got[s]!, all))}  (batch 1: ${show(figures(got[s]!, batch1))}; batch 2: ${show(figures(got[s]!, batch2))}; batch 3: ${show(figures(got[s]!, batch3))}; batch 4: ${show(figures(got[s]!, batch4))})`,
    );
  }
}

// The last round of the search (docs/knowledge-base.md lists every round); GRID='[[{…options}, developmentWeight], …]' runs others.
const grid: [Partial<TrainingOptions>, number][] = JSON.parse(
  process.env.GRID ??
    JSON.stringify([
      [{ vectorL2: 0.01, iterations: 250, sampleWeight: 3 }, 1],
      [{ vectorL2: 0.01, iterations: 500, sampleWeight: 2 }, 1],
      [{ vectorL2: 0.003, iterations: 250, sampleWeight: 2 }, 1],
      [{ classVectors: false, iterations: 250, sampleWeight: 2 }, 1],
    ]),
);
const shifts: number[] = JSON.parse(process.env.SHIFTS ?? "[-2, -1, 0]");
for (const [options, devWeight] of grid) crossValidate({ ...DEFAULT_TRAINING, ...options }, devWeight, shifts);
