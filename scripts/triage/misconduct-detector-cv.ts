// `npx node scripts/triage/misconduct-detector-cv.ts [mean|meanmax] [min words]`: the experiment behind the choice of
// cues over a learned misconduct detector (docs/triage.md, "Misconduct told as a story"). A logistic regression on the
// shared English word vectors (each message's mean vector, with `meanmax` also each dimension's largest value), trained
// on the messages that name a therapist, judged by 5-fold cross-validation: how many misconduct messages score above
// the 2nd, 5th, 10th and 20th highest-scoring message that is not misconduct. Not shipped; nothing is written.
// Reads the development and held-out stories, the second probe, the triage corpus and the development questions and
// chatter (never the sealed stories, the third probe or the held-out question batches).
import { readFileSync } from "node:fs";
import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { ENGLISH_SCORER } from "../../functions/engine/scorer/english.ts";
import { messageWords } from "../../functions/engine/scorer/tokens.ts";
import { NAMES_A_THERAPIST } from "../../shared/content/triage/en/cues/misconduct-stories.ts";

interface Row {
  text: string;
  expect?: string;
  reason?: string;
}
interface Example {
  text: string;
  misconduct: boolean;
  story: boolean;
}

const read = (file: string) => JSON.parse(readFileSync(`test/corpus/${file}`, "utf8")) as Row[];
const examples: Example[] = [
  ...["misconduct-stories.json", "misconduct-stories-holdout.json", "misconduct-stories-probe2.json"].flatMap((file) =>
    read(file).map((row) => ({ text: row.text, misconduct: row.expect === "redirect", story: true })),
  ),
  ...read("triage.json").map((row) => ({ text: row.text, misconduct: row.reason === "therapist_misconduct", story: false })),
  ...["questions.json", "questions-dev-batch2.json", "chat-chatter.json", "scorer-chat.json", "scorer-posts.json"].flatMap((file) =>
    read(file).map((row) => ({ text: row.text, misconduct: false, story: false })),
  ),
];

const mode = process.argv[2] === "mean" ? "mean" : "meanmax";
const minWords = Number(process.argv[3] ?? 0);
const vectors = ENGLISH_SCORER.vectors;
const D = vectors.dimensions;

function features(text: string): Float64Array | null {
  const message = normalise(text);
  const words = messageWords(message);
  if (!NAMES_A_THERAPIST.test(message.folded) || words.length < minWords) return null;
  const mean = new Float32Array(D);
  const max = new Float32Array(D);
  let known = 0;
  for (const word of words) {
    const row = vectors.rankOf(word);
    if (row === undefined) continue;
    vectors.addRow(mean, row);
    vectors.maxRow(max, row, 0, known === 0);
    known++;
  }
  const out = new Float64Array(mode === "meanmax" ? 2 * D : D);
  for (let d = 0; d < D; d++) {
    out[d] = known ? mean[d]! / known : 0;
    if (mode === "meanmax") out[D + d] = max[d]!;
  }
  return out;
}

const data = examples.flatMap((example) => {
  const x = features(example.text);
  return x ? [{ ...example, x }] : [];
});
const K = data[0]!.x.length;
const mean = new Float64Array(K);
const spread = new Float64Array(K);
for (const { x } of data) for (let k = 0; k < K; k++) mean[k]! += x[k]! / data.length;
for (const { x } of data) for (let k = 0; k < K; k++) spread[k]! += (x[k]! - mean[k]!) ** 2 / data.length;
for (let k = 0; k < K; k++) spread[k] = Math.sqrt(spread[k]!) || 1;
const z = data.map(({ x }) => Float64Array.from(x, (value, k) => (value - mean[k]!) / spread[k]!));

/** Full-batch gradient descent, the misconduct class weighted up to balance the classes. */
function train(rows: number[]): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(K);
  let bias = 0;
  const positives = rows.filter((i) => data[i]!.misconduct).length;
  const positiveWeight = (rows.length - positives) / positives;
  for (let step = 0; step < 300; step++) {
    const gradient = new Float64Array(K);
    let biasGradient = 0;
    let total = 0;
    for (const i of rows) {
      let sum = bias;
      for (let k = 0; k < K; k++) sum += weights[k]! * z[i]![k]!;
      const weight = data[i]!.misconduct ? positiveWeight : 1;
      const error = (1 / (1 + Math.exp(-sum)) - (data[i]!.misconduct ? 1 : 0)) * weight;
      total += weight;
      for (let k = 0; k < K; k++) gradient[k]! += error * z[i]![k]!;
      biasGradient += error;
    }
    for (let k = 0; k < K; k++) weights[k]! -= 0.5 * (gradient[k]! / total + 0.01 * weights[k]!);
    bias -= (0.5 * biasGradient) / total;
  }
  return { weights, bias };
}

const FOLDS = 5;
const scores = new Float64Array(data.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(data.map((_, i) => i).filter((i) => i % FOLDS !== fold));
  for (let i = fold; i < data.length; i += FOLDS) {
    let sum = model.bias;
    for (let k = 0; k < K; k++) sum += model.weights[k]! * z[i]![k]!;
    scores[i] = sum;
  }
}
const negatives = data
  .map((row, i) => ({ row, score: scores[i]! }))
  .filter(({ row }) => !row.misconduct)
  .map(({ score }) => score)
  .sort((a, b) => b - a);
const positives = data.filter((row) => row.misconduct).length;
const stories = data.filter((row) => row.misconduct && row.story).length;
console.log(`${mode}, messages naming a therapist with at least ${minWords} words: ${data.length} (${positives} misconduct, ${negatives.length} not)`);
for (const above of [2, 5, 10, 20]) {
  const threshold = negatives[above]!;
  const caught = data.filter((row, i) => row.misconduct && scores[i]! > threshold);
  console.log(
    `${above} non-misconduct messages above the threshold: ${caught.length}/${positives} misconduct (${caught.filter((row) => row.story).length}/${stories} stories)`,
  );
}
