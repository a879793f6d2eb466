// Figures per source and split: how many real crises get a crisis reply, or at least a check-in, and how
// many non-crises are flagged. The sealed split is measured here and by `npm run eval`, never tuned on.
import type { RiskLevel } from "../../functions/engine/scorer/decide.ts";
import type { RiskModelData } from "../../functions/engine/scorer/risk-model.ts";
import type { CrisisReason } from "../../shared/schemas/answer.ts";
import type { Example, Split } from "./labelled-data.ts";
import { percent, table } from "./report.ts";

export interface Measured {
  /** Without a split, the figures are per source. */
  example: Pick<Example, "source" | "crisis" | "category"> & { split?: Split };
  cueCrisis: CrisisReason | null;
  probability: number;
  reason: CrisisReason;
}

export interface Figures {
  crises: number;
  crisisReply: number;
  crisisOrCheckIn: number;
  cuesAlone: number;
  others: number;
  othersCrisis: number;
  othersCheckIn: number;
}

const SPLITS: readonly Split[] = ["train", "calibration", "sealed"];

function emptyFigures(): Figures {
  return { crises: 0, crisisReply: 0, crisisOrCheckIn: 0, cuesAlone: 0, others: 0, othersCrisis: 0, othersCheckIn: 0 };
}

/** Tallies per "source · split" (or "source/category · split"). */
export function tally<Row extends Measured>(rows: readonly Row[], decide: (row: Row) => RiskLevel, byCategory = false): Map<string, Figures> {
  const figures = new Map<string, Figures>();
  for (const row of rows) {
    const { split, crisis, source, category } = row.example;
    const name = byCategory ? `${source}/${category}` : source;
    const key = split ? `${name} · ${split}` : name;
    const entry = figures.get(key) ?? emptyFigures();
    figures.set(key, entry);
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
  return new Map([...figures].sort(([a], [b]) => sortKey(a).localeCompare(sortKey(b))));
}

function sortKey(key: string): string {
  const [name, split] = key.split(" · ");
  return `${name} ${split ? SPLITS.indexOf(split as Split) : ""}`;
}

const share = (part: number, whole: number) => (whole === 0 ? "—" : `${percent(part / whole)} (${part}/${whole})`);

export function figureTable(figures: Map<string, Figures>, thresholds: RiskModelData["thresholds"]): string[] {
  return [
    `Thresholds: crisis reply ≥ ${thresholds.crisis}, check-in ≥ ${thresholds.checkIn}, a cue's crisis stands at ≥ ${thresholds.cueFloor}.`,
    "",
    ...table(
      ["source · split", "crises: crisis reply", "crisis or check-in", "cues alone", "others: crisis", "others: check-in"],
      [...figures].map(([key, f]) => [
        key,
        share(f.crisisReply, f.crises),
        share(f.crisisOrCheckIn, f.crises),
        share(f.cuesAlone, f.crises),
        share(f.othersCrisis, f.others),
        share(f.othersCheckIn, f.others),
      ]),
    ),
  ];
}
