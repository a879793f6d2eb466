import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { triage } from "../../functions/engine/triage/triage.ts";
import holdout from "../corpus/triage-holdout.json" with { type: "json" };
import { type EvaluationReport, percent, table } from "./report.ts";
import { invalidLabels, type TriageCase } from "./triage-evaluation.ts";

/** One message of test/corpus/triage-holdout.json: written in a fresh batch and measured once before the rules learned from it. */
export interface HoldoutCase extends TriageCase {
  batch: number;
}

/**
 * Floors for the holdout batches: lower than the main corpus's thresholds (each batch was written to
 * find what the rules miss), high enough that a regression shows.
 */
export const MIN_HOLDOUT_CRISIS_RECALL = 0.9;
export const MAX_HOLDOUT_BENIGN_AS_CRISIS = 0.03;

interface Tally {
  crisis: number;
  caught: number;
  reasonRight: number;
  benign: number;
  falseAlarms: number;
  redirects: number;
  redirectsRight: number;
}

export function triageHoldoutEvaluation(cases: readonly HoldoutCase[] = holdout as HoldoutCase[]): EvaluationReport {
  const wrong: string[] = [];
  const missed: string[] = [];
  const alarms: string[] = [];
  const byBatch = new Map<number, Tally>();
  const all = emptyTally();
  for (const entry of cases) {
    const result = triage(normalise(entry.text));
    const expected = entry.expect === "benign" ? "benign" : `${entry.expect}:${entry.reason}`;
    const actual = result ? `${result.kind}:${result.reason}` : "benign";
    for (const tally of [all, batchTally(byBatch, entry.batch)]) {
      if (entry.expect === "crisis") {
        tally.crisis++;
        if (result?.kind === "crisis") tally.caught++;
        if (actual === expected) tally.reasonRight++;
      } else if (entry.expect === "benign") {
        tally.benign++;
        if (result?.kind === "crisis") tally.falseAlarms++;
      } else {
        tally.redirects++;
        if (actual === expected) tally.redirectsRight++;
      }
    }
    if (actual !== expected)
      wrong.push(`  ${expected} → ${actual} [batch ${entry.batch}, ${entry.category}]: ${entry.text.replace(/\s+/g, " ").slice(0, 140)}`);
    if (entry.expect === "crisis" && result?.kind !== "crisis") missed.push(`  ${entry.text.slice(0, 140)}`);
    if (entry.expect === "benign" && result?.kind === "crisis") alarms.push(`  ${entry.text.slice(0, 140)}`);
  }
  const recall = ratio(all.caught, all.crisis);
  const falseAlarmRate = ratio(all.falseAlarms, all.benign);
  const row = (name: string, tally: Tally) => [
    name,
    tally.crisis + tally.benign + tally.redirects,
    `${percent(ratio(tally.caught, tally.crisis))} (${tally.caught}/${tally.crisis})`,
    `${percent(ratio(tally.reasonRight, tally.crisis))}`,
    `${percent(ratio(tally.falseAlarms, tally.benign))} (${tally.falseAlarms}/${tally.benign})`,
    `${percent(ratio(tally.redirectsRight, tally.redirects))} (${tally.redirectsRight}/${tally.redirects})`,
  ];
  const lines = [
    `${cases.length} held-out messages (test/corpus/triage-holdout.json), written in batches, each measured once before its lessons were folded in (the figures then are in CHANGELOG.md); now:`,
    "",
    ...table(
      ["batch", "n", "crisis recall", "reason right", "benign flagged", "redirects exact"],
      [...[...byBatch.entries()].sort(([a], [b]) => a - b).map(([batch, tally]) => row(String(batch), tally)), row("all", all)],
    ),
    "",
    `Floors: crisis recall ${percent(MIN_HOLDOUT_CRISIS_RECALL)}, benign flagged at most ${percent(MAX_HOLDOUT_BENIGN_AS_CRISIS)}.`,
  ];
  if (wrong.length > 0) lines.push("", "Wrong (expected → actual):", ...wrong);
  const failures = invalidLabels(cases);
  if (recall < MIN_HOLDOUT_CRISIS_RECALL)
    failures.push(`holdout crisis recall ${percent(recall)} is below ${percent(MIN_HOLDOUT_CRISIS_RECALL)}; missed:`, ...missed);
  if (falseAlarmRate > MAX_HOLDOUT_BENIGN_AS_CRISIS)
    failures.push(
      `${percent(falseAlarmRate)} of holdout benign messages were flagged as crisis (at most ${percent(MAX_HOLDOUT_BENIGN_AS_CRISIS)}):`,
      ...alarms,
    );
  return { title: "Triage holdout", lines, failures };
}

function emptyTally(): Tally {
  return { crisis: 0, caught: 0, reasonRight: 0, benign: 0, falseAlarms: 0, redirects: 0, redirectsRight: 0 };
}

function batchTally(byBatch: Map<number, Tally>, batch: number): Tally {
  let tally = byBatch.get(batch);
  if (!tally) byBatch.set(batch, (tally = emptyTally()));
  return tally;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
