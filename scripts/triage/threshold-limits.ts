// The scorer's crisis and check-in thresholds chosen from issue 14's own false-alarm limits, each with a safety
// margin, and from the project's test floors with a margin: judged as the engine judges (cues and scorer
// together), on open splits of sources the model may learn from (never a research-only or unlicensed source,
// never a sealed split). docs/triage.md, "Check-in band and long posts, round 3 fifth session".
import type { RiskLevel } from "../../functions/engine/scorer/decide.ts";
import type { RiskModelData } from "../../functions/engine/scorer/risk-model.ts";
import type { Example } from "../../test/eval/labelled-data.ts";
import { MAX_OTHERS_CHECK_IN } from "../../test/eval/risk-evaluation.ts";
import { MAX_BENIGN_AS_CRISIS } from "../../test/eval/triage-evaluation.ts";
import { MAX_HOLDOUT_BENIGN_AS_CRISIS } from "../../test/eval/triage-holdout-evaluation.ts";
import { CRISIS_WORD_CATEGORIES } from "./trade-off-curve.ts";

type Thresholds = RiskModelData["thresholds"];
type Level = RiskLevel["level"];

export interface Limit {
  name: string;
  select: (example: Example) => boolean;
  counts: (level: Level) => boolean;
  /** The largest share of the selected rows that may be counted… */
  at: number;
  /** …under the limit it keeps a margin from (issue 14's, or a floor of `npm run eval`). */
  guards: number;
}

const REAL_POSTS = new Set(["goemotions", "reddit-top"]);
const KNOWLEDGE_BASE = new Set(["project-questions", "project-questions-holdout"]);
const calibration = (example: Example) => example.split === "calibration";
const open = (example: Example) => example.split !== "sealed";
const flagged = (level: Level) => level !== "none";
const crisis = (level: Level) => level === "crisis";
const checkIn = (level: Level) => level === "check_in";

/**
 * Issue 14: real crisis-word-free posts ≤ 3% crisis or check-in (half, 1.5%); real posts using crisis words in
 * jokes ≤ 15% crisis (half, 7.5%); therapy questions ≤ 15% crisis (the knowledge base's own questions: 1%, and a
 * check-in on a plain question costs its asker, so 1% too). The project's floors (npm run eval): its triage corpora's
 * non-crises ≤ 2% (held-out 3%) crisis and ≤ 5% check-in, each with a margin, on every open split (the floor is
 * measured on the whole corpus; a calibration split of ~100 messages moves a point a message).
 */
export const THRESHOLD_LIMITS: { crisis: Limit[]; checkIn: Limit[] } = {
  crisis: [
    {
      name: "real posts using crisis words: crisis",
      select: (e) => REAL_POSTS.has(e.source) && calibration(e) && CRISIS_WORD_CATEGORIES.has(e.category),
      counts: crisis,
      at: 0.075,
      guards: 0.15,
    },
    {
      name: "knowledge-base questions: crisis",
      select: (e) => KNOWLEDGE_BASE.has(e.source) && open(e),
      counts: crisis,
      at: 0.01,
      guards: MAX_BENIGN_AS_CRISIS,
    },
    {
      name: "triage non-crises: crisis",
      select: (e) => e.source === "project-triage" && open(e) && !e.crisis,
      counts: crisis,
      at: MAX_BENIGN_AS_CRISIS - 0.005,
      guards: MAX_BENIGN_AS_CRISIS,
    },
    {
      name: "triage held-out non-crises: crisis",
      select: (e) => e.source === "project-triage-holdout" && open(e) && !e.crisis,
      counts: crisis,
      at: MAX_HOLDOUT_BENIGN_AS_CRISIS - 0.005,
      guards: MAX_HOLDOUT_BENIGN_AS_CRISIS,
    },
  ],
  checkIn: [
    {
      name: "real crisis-word-free posts: either",
      select: (e) => REAL_POSTS.has(e.source) && calibration(e) && !e.crisis && !CRISIS_WORD_CATEGORIES.has(e.category),
      counts: flagged,
      at: 0.015,
      guards: 0.03,
    },
    {
      name: "knowledge-base questions: check-in",
      select: (e) => KNOWLEDGE_BASE.has(e.source) && open(e),
      counts: checkIn,
      at: 0.01,
      guards: MAX_OTHERS_CHECK_IN,
    },
    {
      name: "triage non-crises: check-in",
      select: (e) => e.source === "project-triage" && open(e) && !e.crisis,
      counts: checkIn,
      at: MAX_OTHERS_CHECK_IN - 0.01,
      guards: MAX_OTHERS_CHECK_IN,
    },
    {
      name: "triage held-out non-crises: check-in",
      select: (e) => e.source === "project-triage-holdout" && open(e) && !e.crisis,
      counts: checkIn,
      at: MAX_OTHERS_CHECK_IN - 0.01,
      guards: MAX_OTHERS_CHECK_IN,
    },
  ],
};

function broken<Row extends { example: Example }>(
  groups: readonly { limit: Limit; rows: readonly Row[] }[],
  decide: (row: Row, thresholds: Thresholds) => RiskLevel,
  thresholds: Thresholds,
): string[] {
  return groups
    .filter(({ limit, rows }) => rows.filter((row) => limit.counts(decide(row, thresholds).level)).length > limit.at * rows.length)
    .map(({ limit }) => limit.name);
}

/**
 * The lowest crisis threshold (from 0.50) at which every crisis limit holds, then the lowest check-in threshold
 * under it at which every check-in limit holds; and the limits that stopped each from going lower.
 */
export function chooseThresholdsByLimits<Row extends { example: Example }>(
  rows: readonly Row[],
  decide: (row: Row, thresholds: Thresholds) => RiskLevel,
  cueFloor: number,
  limits = THRESHOLD_LIMITS,
): { thresholds: Thresholds; setBy: string } {
  const groupsOf = (list: Limit[]) => list.map((limit) => ({ limit, rows: rows.filter((row) => limit.select(row.example)) }));
  const crisisGroups = groupsOf(limits.crisis);
  const checkInGroups = groupsOf(limits.checkIn);
  let crisisAt = 0.99;
  let crisisBy = "";
  for (let hundredths = 99; hundredths >= 50; hundredths--) {
    const failed = broken(crisisGroups, decide, { crisis: hundredths / 100, checkIn: hundredths / 100, cueFloor });
    if (failed.length > 0) {
      crisisBy = failed.join(", ");
      break;
    }
    crisisAt = hundredths / 100;
  }
  let checkInAt = crisisAt;
  let checkInBy = "";
  for (let hundredths = Math.round(crisisAt * 100) - 1; hundredths >= 20; hundredths--) {
    const failed = broken(checkInGroups, decide, { crisis: crisisAt, checkIn: hundredths / 100, cueFloor });
    if (failed.length > 0) {
      checkInBy = failed.join(", ");
      break;
    }
    checkInAt = hundredths / 100;
  }
  return {
    thresholds: { crisis: crisisAt, checkIn: checkInAt, cueFloor },
    setBy: `Crisis threshold ${crisisAt} (one lower breaks: ${crisisBy || "nothing down to 0.50"}); check-in ${checkInAt} (one lower breaks: ${checkInBy || "nothing down to 0.20"}).`,
  };
}
