import { describe, expect, it } from "vitest";
import { decideRisk } from "../../../functions/engine/scorer/decide.ts";
import type { RiskModelData } from "../../../functions/engine/scorer/risk-model.ts";
import { chooseThresholdsByLimits, type Limit, THRESHOLD_LIMITS } from "../../../scripts/triage/threshold-limits.ts";
import type { Example, Split } from "../../../test/eval/labelled-data.ts";

interface Row {
  example: Example;
  probability: number;
}

const row = (source: string, probability: number, split: Split = "calibration", crisis = false): Row => ({
  example: { text: "", crisis, category: "ordinary", source, split },
  probability,
});
const decide = (r: Row, thresholds: RiskModelData["thresholds"]) =>
  decideRisk({ crisis: null, cancelled: false, redirect: false }, { probability: r.probability, reason: "suicide_self_harm" }, thresholds);
/** Ten non-crises at 0.055, 0.155 … 0.955: no two on a threshold. */
const tenOthers = (source: string, split?: Split) => Array.from({ length: 10 }, (_, i) => row(source, 0.055 + 0.1 * i, split));

describe("thresholds chosen from false-alarm limits", () => {
  const limits: { crisis: Limit[]; checkIn: Limit[] } = {
    crisis: [{ name: "x: crisis", select: (e) => e.source === "x", counts: (level) => level === "crisis", at: 0.1, guards: 0.2 }],
    checkIn: [{ name: "x: either", select: (e) => e.source === "x", counts: (level) => level !== "none", at: 0.2, guards: 0.3 }],
  };

  it("takes the lowest crisis threshold every crisis limit allows, then the lowest check-in threshold under it", () => {
    const { thresholds, setBy } = chooseThresholdsByLimits(tenOthers("x"), decide, 0.02, limits);
    // One of ten may get a crisis reply (0.955 alone: ≥ 0.86), two of ten a reply of either kind (≥ 0.76).
    expect(thresholds).toEqual({ crisis: 0.86, checkIn: 0.76, cueFloor: 0.02 });
    expect(setBy).toMatch(/Crisis threshold 0.86 \(one lower breaks: x: crisis\); check-in 0.76 \(one lower breaks: x: either\)/);
  });

  it("rows a limit does not select never move a threshold", () => {
    const { thresholds } = chooseThresholdsByLimits([...tenOthers("x"), ...Array.from({ length: 50 }, () => row("y", 0.99))], decide, 0.02, limits);
    expect(thresholds).toEqual({ crisis: 0.86, checkIn: 0.76, cueFloor: 0.02 });
  });

  it("the shipped limits never read a sealed split", () => {
    const sealedAlarms = Array.from({ length: 100 }, () => row("project-triage-holdout", 0.99, "sealed"));
    const open = Array.from({ length: 100 }, () => row("project-triage-holdout", 0.01, "train"));
    expect(chooseThresholdsByLimits([...open, ...sealedAlarms], decide, 0.02).thresholds).toEqual({ crisis: 0.5, checkIn: 0.2, cueFloor: 0.02 });
    const openAlarms = sealedAlarms.map((r) => ({ ...r, example: { ...r.example, split: "train" as const } }));
    expect(chooseThresholdsByLimits([...open, ...openAlarms], decide, 0.02).thresholds.crisis).toBe(0.99);
  });

  it("every shipped limit keeps a margin under what it guards", () => {
    for (const limit of [...THRESHOLD_LIMITS.crisis, ...THRESHOLD_LIMITS.checkIn]) expect(limit.at, limit.name).toBeLessThan(limit.guards);
  });
});
