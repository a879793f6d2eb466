// Trains the English risk model: logistic regression over word vectors and hashed n-grams,
// calibrated (Platt) on the calibration split, thresholds chosen there, measured on every split.
// `node scripts/triage/train-risk-model.ts` (part of `npm run build` when the external data is present).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { decideRisk } from "../../functions/engine/scorer/decide.ts";
import { denseLength, extractFeatures, type Features } from "../../functions/engine/scorer/features.ts";
import { RiskModel, type RiskModelData } from "../../functions/engine/scorer/risk-model.ts";
import { scorerWords } from "../../functions/engine/scorer/tokens.ts";
import { WordVectors } from "../../functions/engine/scorer/word-vectors.ts";
import { triage } from "../../functions/engine/triage/triage.ts";
import { WORD_VECTORS } from "../../shared/content/triage/en/generated/word-vectors.ts";
import { WORD_VECTORS_MODULE } from "./build-word-vectors.ts";
import { CRISIS_REASONS } from "../../shared/schemas/answer.ts";
import { fitPlatt, trainLogistic, trainSoftmax } from "./logistic.ts";
import { allExamples, type Example, externalSources, PROJECT_SOURCES, trainableSources } from "../../test/eval/labelled-data.ts";
import { figureTable, type Measured, tally } from "../../test/eval/risk-figures.ts";

export const RISK_MODEL_MODULE = "shared/content/triage/en/generated/risk-model.ts";
export const RISK_METRICS = "shared/content/triage/en/generated/risk-model.metrics.json";
const BUCKETS = 1 << 18;
/** Real posts whose risk the source's label cannot tell (r/depression: many speak of wanting to die): measured, not learnt. */
const UNCERTAIN_CATEGORIES = new Set(["depression"]);
const OPTIONS = { epochs: 6, rate: 0.05, l2: 1e-6, seed: 20261207, ...JSON.parse(process.env.RISK_OPTIONS ?? "{}") };
/** Thresholds are chosen on the calibration split: a check-in for at least this share of real crises… */
const CHECK_IN_RECALL = 0.93;
/** …and a crisis reply only where at most this share of the non-crises above it would be false alarms. */
const CRISIS_FALSE_ALARMS = 0.01;
/** The floor for a cue's crisis, as a share of the lowest probability of a known crisis the cues catch. */
const CUE_FLOOR_MARGIN = 0.5;

interface Row extends Measured {
  example: Example;
  features: Features;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function featurise(examples: readonly Example[], vectors: WordVectors): Row[] {
  return examples.map((example) => {
    const message = normalise(example.text);
    const triaged = triage(message);
    const features = extractFeatures(scorerWords(message.folded), vectors);
    return { example, cueCrisis: triaged?.kind === "crisis" ? triaged.reason : null, features, probability: 0, reason: "suicide_self_harm" };
  });
}

function quantise(weights: Float64Array): { bytes: string; scale: number } {
  const sorted = Float64Array.from(weights, Math.abs).sort();
  const scale = Math.max(sorted[sorted.length - 1]!, 1e-6) / 127;
  const bytes = Int8Array.from(weights, (w) => Math.max(-127, Math.min(127, Math.round(w / scale))));
  return { bytes: Buffer.from(bytes.buffer).toString("base64"), scale };
}

function chooseThresholds(rows: readonly Row[]): RiskModelData["thresholds"] {
  const open = rows.filter((row) => !row.cueCrisis);
  const crises = rows.filter((row) => row.example.crisis);
  const byProbability = [...crises].sort((a, b) => b.probability - a.probability);
  let checkIn = 0.5;
  for (const candidate of [0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1]) {
    const caught = byProbability.filter((row) => row.cueCrisis || row.probability >= candidate).length;
    checkIn = candidate;
    if (caught / crises.length >= CHECK_IN_RECALL) break;
  }
  const benign = open.filter((row) => !row.example.crisis);
  let crisis = 0.99;
  for (const candidate of [0.99, 0.97, 0.95, 0.93, 0.9, 0.85, 0.8, 0.75, 0.7]) {
    if (candidate < checkIn) break;
    const alarms = benign.filter((row) => row.probability >= candidate).length;
    if (alarms / benign.length > CRISIS_FALSE_ALARMS) break;
    crisis = candidate;
  }
  return { crisis, checkIn: Math.min(checkIn, crisis), cueFloor: 0 };
}

/**
 * Half the lowest probability the scorer gives any crisis the cues catch in the training and calibration
 * data: no known crisis loses its crisis reply, and the cues' plainest misfires (jokes, lyrics) get a check-in.
 */
function cueFloor(rows: readonly Row[]): number {
  const caught = rows.filter((row) => row.cueCrisis && row.example.crisis && row.example.split !== "sealed").map((row) => row.probability);
  return Math.floor(Math.min(...caught) * CUE_FLOOR_MARGIN * 10_000) / 10_000;
}

/** How well the probability alone ranks crises above the rest, per source (area under the ROC curve). */
function reportSeparation(rows: readonly Row[]): void {
  for (const [source, group] of groupBy(rows, (row) => row.example.source)) {
    const pos = group.filter((row) => row.example.crisis).map((row) => row.probability);
    const neg = group.filter((row) => !row.example.crisis).map((row) => row.probability);
    if (pos.length === 0 || neg.length === 0) continue;
    let wins = 0;
    for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
    console.log(`calibration AUC ${source}: ${(wins / (pos.length * neg.length)).toFixed(3)}`);
  }
}

function countSplits(examples: readonly Example[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { split, crisis } of examples) counts[`${split} ${crisis ? "crisis" : "other"}`] = (counts[`${split} ${crisis ? "crisis" : "other"}`] ?? 0) + 1;
  return counts;
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** What a model was trained with, recorded in its metrics: `--check` compares it with what is here now. */
function fingerprints(): { wordVectors: string; projectCorpora: Record<string, string> } {
  return { wordVectors: sha256(WORD_VECTORS_MODULE), projectCorpora: Object.fromEntries(Object.values(PROJECT_SOURCES).filter((path) => existsSync(path)).map((path) => [path, sha256(path)])) };
}

/** Without the external data the model cannot be retrained here; it must at least fit the vectors it ships with. */
function checkCommittedModel(): void {
  const recorded = (JSON.parse(readFileSync(RISK_METRICS, "utf8")) as { trainedWith: ReturnType<typeof fingerprints> }).trainedWith;
  const now = fingerprints();
  if (recorded.wordVectors !== now.wordVectors) {
    console.log(`${RISK_MODEL_MODULE} was trained with other word vectors: retrain it (npm run build with the external data).`);
    process.exitCode = 1;
    return;
  }
  const changed = Object.keys(now.projectCorpora).filter((path) => recorded.projectCorpora[path] !== now.projectCorpora[path]);
  console.log(`${RISK_MODEL_MODULE} fits its word vectors.${changed.length > 0 ? ` Corpora changed since it was trained (retrain when you can): ${changed.join(", ")}.` : ""}`);
}

function main(): void {
  if (process.argv.includes("--check")) return checkCommittedModel();
  const vectors = new WordVectors(WORD_VECTORS);
  const trainable = trainableSources();
  const examples = allExamples().filter((example) => trainable.has(example.source));
  console.log(`${examples.length} examples from ${new Set(examples.map((e) => e.source)).size} sources (external: ${externalSources().join(", ") || "none"}).`);
  const rows = featurise(examples, vectors);
  const train = rows.filter((row) => row.example.split === "train");
  const calibration = rows.filter((row) => row.example.split === "calibration");
  const positives = train.filter((row) => row.example.crisis).length;
  const positiveWeight = Math.min(5, (train.length - positives) / Math.max(1, positives));
  const weights = trainLogistic(
    train
      .filter((row) => !UNCERTAIN_CATEGORIES.has(row.example.category))
      .map((row) => ({ features: row.features, label: row.example.crisis ? 1 : 0, weight: row.example.crisis ? positiveWeight : 1 })),
    denseLength(vectors.dimensions),
    BUCKETS,
    OPTIONS,
  );
  const reasonRows = train
    .filter((row) => row.example.crisis && row.example.reason)
    .map((row) => ({ dense: row.features.dense, label: CRISIS_REASONS.indexOf(row.example.reason!) }));
  const reasons = trainSoftmax(reasonRows, CRISIS_REASONS.length, { ...OPTIONS, epochs: 8, rate: 0.01, l2: 1e-4 });
  const { bytes, scale } = quantise(weights.sparse);
  const draft: RiskModelData = {
    buckets: BUCKETS,
    dense: [...weights.dense].map((w) => Number(w.toPrecision(6))),
    sparse: bytes,
    sparseScale: scale,
    bias: weights.bias,
    calibration: { slope: 1, intercept: 0 },
    thresholds: { crisis: 1, checkIn: 1, cueFloor: 0 },
    reasons: { labels: CRISIS_REASONS, weights: reasons.weights.map((row) => row.map((w) => Number(w.toPrecision(6)))), bias: reasons.bias },
  };
  const quantised = new RiskModel(draft);
  const logits = calibration.map((row) => quantised.logit(row.features));
  draft.calibration = fitPlatt(logits, calibration.map((row) => (row.example.crisis ? 1 : 0)));
  const model = new RiskModel(draft);
  for (const row of rows) Object.assign(row, model.score(row.features));
  draft.thresholds = { ...chooseThresholds(calibration), cueFloor: cueFloor(rows) };
  reportSeparation(calibration);
  // The sealed split is not even printed here: `npm run eval` measures it.
  const open = rows.filter((row) => row.example.split !== "sealed");
  const decide = (row: Measured) => decideRisk(row.cueCrisis, row, draft.thresholds);
  const figures = tally(open, decide, process.argv.includes("--by-category"));
  console.log(figureTable(figures, draft.thresholds).join("\n"));
  const sources = Object.fromEntries([...groupBy(examples, (example) => example.source)].map(([source, group]) => [source, countSplits(group)]));
  writeFileSync(
    RISK_METRICS,
    `${JSON.stringify({ trainedWith: fingerprints(), options: OPTIONS, buckets: BUCKETS, thresholds: draft.thresholds, calibration: draft.calibration, examples: sources, figures: Object.fromEntries(figures) }, null, 2)}\n`,
  );
  writeFileSync(
    RISK_MODEL_MODULE,
    `// Generated by \`npm run build\` (scripts/triage/train-risk-model.ts); metrics beside it. Do not edit.
import type { RiskModelData } from "../../scorer-data.ts";

export const RISK_MODEL: RiskModelData = ${JSON.stringify(draft)};
`,
  );
  console.log(`Wrote ${RISK_MODEL_MODULE} and ${RISK_METRICS}; thresholds ${JSON.stringify(draft.thresholds)}.`);
}

main();
