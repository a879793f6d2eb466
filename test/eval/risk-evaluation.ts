import { normalise } from "../../functions/engine/normalise/normalise.ts";
import type { RiskLevel } from "../../functions/engine/scorer/decide.ts";
import { ENGLISH_SCORER } from "../../functions/engine/scorer/english.ts";
import { triageInContext } from "../../functions/engine/triage/cancellations.ts";
import { judgeInLanguages } from "../../functions/engine/triage/judge-in-languages.ts";
import questions from "../corpus/questions.json" with { type: "json" };
import questionsHoldout from "../corpus/questions-holdout.json" with { type: "json" };
import chat from "../corpus/scorer-chat.json" with { type: "json" };
import posts from "../corpus/scorer-posts.json" with { type: "json" };
import triageCorpus from "../corpus/triage.json" with { type: "json" };
import triageHoldout from "../corpus/triage-holdout.json" with { type: "json" };
import { type EvaluationReport, percent } from "./report.ts";
import { type Figures, figureTable, type Measured, tally } from "./risk-figures.ts";
import { MAX_BENIGN_AS_CRISIS } from "./triage-evaluation.ts";
import { MAX_HOLDOUT_BENIGN_AS_CRISIS } from "./triage-holdout-evaluation.ts";

/**
 * The whole judgement (cues, then the scorer) on the project's corpora keeps the cues' floors: crisis replies for
 * 98% of crises, and at most 2% (3% on the held-out batches, as for the cues) of the rest flagged as crisis; at
 * most 5% of the rest get a check-in.
 */
export const MIN_CRISIS_REPLY_RECALL = 0.98;
const MAX_OTHERS_CRISIS: Record<string, number> = { "project-triage-holdout": MAX_HOLDOUT_BENIGN_AS_CRISIS };
export const MAX_OTHERS_CHECK_IN = 0.05;
/** The cues' corpora and the knowledge base's questions carry floors; the scorer's own corpora (chat, posts) are shown, not gated. */
const WITH_FLOORS = new Set(["project-triage", "project-triage-holdout", "project-questions", "project-questions-holdout"]);

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
  "project-chat": chat,
  "project-posts": posts,
};

/**
 * Judges labelled messages as the engine does for English (judgeInLanguages: the cues' verdict and the scorer's
 * probability, then the English check-in pack, whose cues only ask).
 */
export function measureExamples(examples: readonly Measured["example"][], texts: readonly string[]): (Measured & { level: RiskLevel })[] {
  return examples.map((example, i) => {
    const message = normalise(texts[i]!);
    const verdict = triageInContext(message);
    const cueCrisis = verdict.result?.kind === "crisis" ? verdict.result.reason : null;
    return { example, cueCrisis, ...ENGLISH_SCORER.score(message, verdict.cancelled), level: judgeInLanguages(message, "en").risk };
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
  for (const [key, f] of figures) if (WITH_FLOORS.has(key)) check(key, f, failures);
  return {
    title: "Risk (cues and scorer) on the project's corpora",
    lines: [
      "Every message judged as the engine does: a cue that holds is a crisis unless the scorer is almost sure it is not (then a check-in);",
      "otherwise the scorer's probability. These corpora were written for this project and trained on: see `npm run eval` for real text.",
      "project-chat and project-posts were written for the scorer; no cue was ever tuned on them, so their false alarms are mostly the cues'.",
      "",
      ...figureTable(figures, thresholds),
      "",
      `Floors: crisis replies for ≥ ${percent(MIN_CRISIS_REPLY_RECALL)} of crises; others: ≤ ${percent(MAX_BENIGN_AS_CRISIS)} crisis (${percent(MAX_HOLDOUT_BENIGN_AS_CRISIS)} on the held-out batches), ≤ ${percent(MAX_OTHERS_CHECK_IN)} check-in.`,
    ],
    failures,
  };
}

function check(key: string, f: Figures, failures: string[]): void {
  if (f.crises > 0 && f.crisisReply / f.crises < MIN_CRISIS_REPLY_RECALL)
    failures.push(`${key}: crisis replies for ${percent(f.crisisReply / f.crises)} of crises`);
  const maxCrisis = MAX_OTHERS_CRISIS[key] ?? MAX_BENIGN_AS_CRISIS;
  if (f.others > 0 && f.othersCrisis / f.others > maxCrisis)
    failures.push(`${key}: ${percent(f.othersCrisis / f.others)} of non-crises got a crisis reply (at most ${percent(maxCrisis)})`);
  if (f.others > 0 && f.othersCheckIn / f.others > MAX_OTHERS_CHECK_IN)
    failures.push(`${key}: ${percent(f.othersCheckIn / f.others)} of non-crises got a check-in`);
}
