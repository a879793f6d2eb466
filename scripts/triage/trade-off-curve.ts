// The trade-off behind the scorer's two thresholds, drawn on open splits only (never the sealed ones):
// `node scripts/triage/train-risk-model.ts --curve`. For each check-in threshold from the crisis threshold down,
// how many real crisis posts get at least a check-in against how many non-crises of each kind get one; then the
// same for the crisis threshold against the jokes and questions limits of issue 14.
import type { RiskLevel } from "../../functions/engine/scorer/decide.ts";
import type { RiskModelData } from "../../functions/engine/scorer/risk-model.ts";
import type { Example } from "../../test/eval/labelled-data.ts";
import { percent, table } from "../../test/eval/report.ts";

type Thresholds = RiskModelData["thresholds"];

export interface CurveRow {
  example: Example;
}

/** Categories of the external sources whose texts use crisis words; every other category is crisis-word-free. */
export const CRISIS_WORD_CATEGORIES = new Set(["crisis-words", "crisis-words-joking"]);

/** A group of open rows and what is counted in it. */
interface Column {
  name: string;
  select: (example: Example) => boolean;
  counts: (level: RiskLevel["level"]) => boolean;
}

const open = (example: Example) => example.split !== "sealed";
const isCrisis = (level: RiskLevel["level"]) => level === "crisis";
const isFlagged = (level: RiskLevel["level"]) => level !== "none";
const isCheckIn = (level: RiskLevel["level"]) => level === "check_in";
const crisisWordFree = (example: Example) => !CRISIS_WORD_CATEGORIES.has(example.category);
const knowledgeBase = (example: Example) => example.source === "project-questions" || example.source === "project-questions-holdout";
const projectOthers = (source: string) => (example: Example) => example.source === source && !example.crisis;

/** Crisis posts: reddit-top's train split is partly learnt from, so only its calibration split counts. */
const CRISIS_POSTS: Column[] = [
  { name: "SDCNL crises: either", select: (e) => e.source === "sdcnl" && e.crisis, counts: isFlagged },
  { name: "reddit-top crises (cal): either", select: (e) => e.source === "reddit-top" && e.crisis && e.split === "calibration", counts: isFlagged },
];

const CHECK_IN_COSTS: Column[] = [
  ...CRISIS_POSTS,
  {
    name: "GoEmotions no crisis words (cal): either",
    select: (e) => e.source === "goemotions" && e.split === "calibration" && crisisWordFree(e),
    counts: isFlagged,
  },
  { name: "TweetEval no crisis words: either", select: (e) => e.source === "tweeteval" && crisisWordFree(e), counts: isFlagged },
  { name: "jokes: check-in", select: (e) => e.source === "jokes", counts: isCheckIn },
  { name: "SDCNL r/depression: check-in", select: (e) => e.source === "sdcnl" && !e.crisis, counts: isCheckIn },
  { name: "triage: check-in", select: projectOthers("project-triage"), counts: isCheckIn },
  { name: "triage held-out: check-in", select: projectOthers("project-triage-holdout"), counts: isCheckIn },
  { name: "chat: check-in", select: projectOthers("project-chat"), counts: isCheckIn },
  { name: "posts: check-in", select: projectOthers("project-posts"), counts: isCheckIn },
  { name: "KB questions: check-in", select: knowledgeBase, counts: isCheckIn },
];

const CRISIS_COSTS: Column[] = [
  { name: "SDCNL crises: crisis", select: (e) => e.source === "sdcnl" && e.crisis, counts: isCrisis },
  { name: "reddit-top crises (cal): crisis", select: (e) => e.source === "reddit-top" && e.crisis && e.split === "calibration", counts: isCrisis },
  { name: "jokes with crisis words: crisis", select: (e) => e.source === "jokes" && !crisisWordFree(e), counts: isCrisis },
  {
    name: "GoEmotions crisis words (cal): crisis",
    select: (e) => e.source === "goemotions" && e.split === "calibration" && !crisisWordFree(e),
    counts: isCrisis,
  },
  { name: "SDCNL r/depression: crisis", select: (e) => e.source === "sdcnl" && !e.crisis, counts: isCrisis },
  { name: "triage held-out: crisis", select: projectOthers("project-triage-holdout"), counts: isCrisis },
  { name: "KB questions: crisis", select: knowledgeBase, counts: isCrisis },
];

function curve<Row extends CurveRow>(
  rows: readonly Row[],
  columns: readonly Column[],
  decide: (row: Row, thresholds: Thresholds) => RiskLevel,
  steps: readonly Thresholds[],
  label: (thresholds: Thresholds) => string,
): string[] {
  const groups = columns.map((column) => rows.filter((row) => open(row.example) && column.select(row.example)));
  return table(
    ["thresholds", ...columns.map((column, i) => `${column.name} (${groups[i]!.length})`)],
    steps.map((thresholds) => [
      label(thresholds),
      ...columns.map((column, i) => {
        const group = groups[i]!;
        const count = group.filter((row) => column.counts(decide(row, thresholds).level)).length;
        return group.length === 0 ? "—" : percent(count / group.length);
      }),
    ]),
  );
}

/** Both curves, as lines to print: check-in thresholds under the chosen crisis one, then crisis thresholds. */
export function tradeOffCurves<Row extends CurveRow>(
  rows: readonly Row[],
  decide: (row: Row, thresholds: Thresholds) => RiskLevel,
  chosen: Thresholds,
): string[] {
  const checkIns: Thresholds[] = [];
  for (let hundredths = Math.round(chosen.crisis * 100); hundredths >= 20; hundredths -= 2) checkIns.push({ ...chosen, checkIn: hundredths / 100 });
  const crises: Thresholds[] = [];
  for (let hundredths = 90; hundredths >= 50; hundredths -= 2)
    crises.push({ ...chosen, crisis: hundredths / 100, checkIn: Math.min(chosen.checkIn, hundredths / 100) });
  return [
    `Check-in threshold (crisis threshold ${chosen.crisis}), open splits: "either" = a crisis reply or a check-in.`,
    "",
    ...curve(rows, CHECK_IN_COSTS, decide, checkIns, (t) => `check-in ≥ ${t.checkIn.toFixed(2)}`),
    "",
    `Crisis threshold (check-in threshold ${chosen.checkIn} or the crisis one if lower), open splits:`,
    "",
    ...curve(rows, CRISIS_COSTS, decide, crises, (t) => `crisis ≥ ${t.crisis.toFixed(2)}`),
  ];
}
