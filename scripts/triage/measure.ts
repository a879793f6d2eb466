// Figures per source and split: how many real crises get a crisis reply, or at least a check-in, and how
// many non-crises are flagged. The sealed split is read only here, to measure.
import type { RiskLevel } from "../../functions/engine/scorer/decide.ts";
import type { RiskModelData } from "../../functions/engine/scorer/risk-model.ts";
import type { CrisisReason } from "../../shared/schemas/answer.ts";
import type { Example, Split } from "./training-data.ts";

export interface Measured {
  example: Example;
  cueCrisis: CrisisReason | null;
  probability: number;
  reason: CrisisReason;
}

export interface SplitFigures {
  crises: number;
  crisisReply: number;
  crisisOrCheckIn: number;
  cuesAlone: number;
  others: number;
  othersCrisis: number;
  othersCheckIn: number;
}

const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)}%`);

export function measure(rows: readonly Measured[], thresholds: RiskModelData["thresholds"], decide: (row: Measured) => RiskLevel, byCategory = false) {
  const figures: Record<string, Partial<Record<Split, SplitFigures>>> = {};
  for (const row of rows) {
    const { split, crisis } = row.example;
    const source = byCategory ? `${row.example.source}/${row.example.category}` : row.example.source;
    const entry = ((figures[source] ??= {})[split] ??= { crises: 0, crisisReply: 0, crisisOrCheckIn: 0, cuesAlone: 0, others: 0, othersCrisis: 0, othersCheckIn: 0 });
    const { level } = decide(row);
    if (crisis) {
      entry.crises++;
      if (level === "crisis") entry.crisisReply++;
      if (level !== "none") entry.crisisOrCheckIn++;
      if (row.cueCrisis) entry.cuesAlone++;
    } else {
      entry.others++;
      if (level === "crisis") entry.othersCrisis++;
      if (level === "check_in") entry.othersCheckIn++;
    }
  }
  console.log(`\nThresholds: crisis ≥ ${thresholds.crisis}, check-in ≥ ${thresholds.checkIn}, a cue's crisis ≥ ${thresholds.cueFloor}.`);
  console.log("source · split | crises: crisis reply / crisis or check-in / cues alone | others: crisis / check-in");
  for (const [source, splits] of Object.entries(figures).sort()) {
    for (const split of ["train", "calibration", "sealed"] as const) {
      const f = splits[split];
      if (!f) continue;
      console.log(
        `${source} · ${split} | ${f.crises}: ${percent(f.crisisReply, f.crises)} / ${percent(f.crisisOrCheckIn, f.crises)} / ${percent(f.cuesAlone, f.crises)} | ${f.others}: ${percent(f.othersCrisis, f.others)} / ${percent(f.othersCheckIn, f.others)}`,
      );
    }
  }
  return { figures };
}
