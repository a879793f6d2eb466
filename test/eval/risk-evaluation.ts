import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { assessRisk } from "../../functions/engine/scorer/assess-risk.ts";
import type { RiskLevel } from "../../functions/engine/scorer/decide.ts";
import { ENGLISH_SCORER } from "../../functions/engine/scorer/english.ts";
import { triage } from "../../functions/engine/triage/triage.ts";
import questionsHoldout from "../corpus/questions-holdout.json" with { type: "json" };
import questions from "../corpus/questions.json" with { type: "json" };
import triageHoldout from "../corpus/triage-holdout.json" with { type: "json" };
import triageCorpus from "../corpus/triage.json" with { type: "json" };
import { type EvaluationReport, percent } from "./report.ts";
import { type Figures, figureTable, type Measured, tally } from "./risk-figures.ts";

/** The whole judgement (cues, then the scorer) on the project's corpora must keep what the cues alone achieved. */
export const MIN_CRISIS_REPLY_RECALL = 0.98;
export const MAX_OTHERS_CRISIS = 0.02;
export const MAX_OTHERS_CHECK_IN = 0.05;

interface Row {
  text: string;
  expect?: string;
  category?: string;
}

const CORPORA: Record<string, readonly Row[]> = {
  "project-triage": triageCorpus,
  "project-triage-holdout": triageHoldout,
  "project-questions": questions,
  "project-questions-holdout": questionsHoldout,
};

/** Judges labelled messages as the engine does (assessRisk: the cues' verdict and the scorer's probability). */
export function measureExamples(examples: readonly Measured["example"][], texts: readonly string[]): (Measured & { level: RiskLevel })[] {
  return examples.map((example, i) => {
    const message = normalise(texts[i]!);
    const triaged = triage(message);
    return { example, cueCrisis: triaged?.kind === "crisis" ? triaged.reason : null, ...ENGLISH_SCORER.score(message), level: assessRisk(message, triaged) };
  });
}

export function riskEvaluation(): EvaluationReport {
  const rows = Object.entries(CORPORA).flatMap(([source, corpus]) =>
    measureExamples(
      corpus.map((row) => ({ source, crisis: row.expect === "crisis", category: row.category ?? "" })),
      corpus.map((row) => row.text),
    ),
  );
  const { thresholds } = ENGLISH_SCORER;
  const figures = tally(rows, (row) => row.level);
  const failures: string[] = [];
  for (const [key, f] of figures) check(key, f, failures);
  return {
    title: "Risk (cues and scorer) on the project's corpora",
    lines: [
      "Every message judged as the engine does: a cue that holds is a crisis unless the scorer is almost sure it is not (then a check-in);",
      "otherwise the scorer's probability. These corpora were written for this project and trained on: see `npm run eval` for real text.",
      "",
      ...figureTable(figures, thresholds),
      "",
      `Floors: crisis replies for ≥ ${percent(MIN_CRISIS_REPLY_RECALL)} of crises; others: ≤ ${percent(MAX_OTHERS_CRISIS)} crisis, ≤ ${percent(MAX_OTHERS_CHECK_IN)} check-in.`,
    ],
    failures,
  };
}

function check(key: string, f: Figures, failures: string[]): void {
  if (f.crises > 0 && f.crisisReply / f.crises < MIN_CRISIS_REPLY_RECALL) failures.push(`${key}: crisis replies for ${percent(f.crisisReply / f.crises)} of crises`);
  if (f.others > 0 && f.othersCrisis / f.others > MAX_OTHERS_CRISIS) failures.push(`${key}: ${percent(f.othersCrisis / f.others)} of non-crises got a crisis reply`);
  if (f.others > 0 && f.othersCheckIn / f.others > MAX_OTHERS_CHECK_IN) failures.push(`${key}: ${percent(f.othersCheckIn / f.others)} of non-crises got a check-in`);
}
