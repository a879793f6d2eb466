import { describe, expect, it } from "vitest";
import type { Features } from "../../../functions/engine/scorer/features.ts";
import { RiskModel, type RiskModelData } from "../../../functions/engine/scorer/risk-model.ts";
import { foldedHiddenLayer, linearLogit, trainLogistic } from "../../../scripts/triage/logistic.ts";
import { CRISIS_REASONS } from "../../../shared/schemas/answer.ts";

/** A message reduced to two dense features (no words): enough to tell a linear model from one with a hidden layer. */
const point = (x: number, y: number): Features => ({
  dense: Float32Array.from([x, y]),
  words: [],
  counts: new Uint16Array(0),
  hashes: [],
  pairs: new Uint32Array(0),
  values: { word: 0, pair: 0, char: 0 },
});

/** Exclusive or, offset from zero so the standardisation has work to do: no straight line separates it. */
const XOR = [
  [0, 0, 0],
  [1, 1, 0],
  [0, 1, 1],
  [1, 0, 1],
].flatMap(([x, y, label]) => Array.from({ length: 25 }, () => ({ features: point(x! + 2, 3 * y! - 1), label: label!, weight: 1 })));

const options = { epochs: 200, rate: 0.1, l2: 0, seed: 1 };
const accuracy = (logit: (features: Features) => number) => XOR.filter(({ features, label }) => (logit(features) > 0 ? 1 : 0) === label).length / XOR.length;

describe("the trainer's hidden layer", () => {
  it("learns what a linear model cannot (exclusive or), deterministically from its seed", () => {
    const linear = trainLogistic(XOR, 2, 4, options);
    const deep = trainLogistic(XOR, 2, 4, { ...options, hidden: 4, hiddenL2: 0 });
    expect(accuracy((features) => linearLogit(linear, features))).toBeLessThanOrEqual(0.75);
    expect(accuracy((features) => linearLogit(deep, features))).toBe(1);
    expect(trainLogistic(XOR, 2, 4, { ...options, hidden: 4, hiddenL2: 0 }).hidden!.weights).toEqual(deep.hidden!.weights);
  });

  it("as shipped (standardisation folded in) gives the engine the logit it was trained to give", () => {
    const deep = trainLogistic(XOR, 2, 4, { ...options, hidden: 4, hiddenL2: 0 });
    const data: RiskModelData = {
      buckets: 4,
      dense: [...deep.dense],
      sparse: "AAAAAA==",
      sparseScale: 1,
      bias: deep.bias,
      calibration: { slope: 1, intercept: 0 },
      thresholds: { crisis: 0.9, checkIn: 0.5, cueFloor: 0.01 },
      reasons: { labels: CRISIS_REASONS, weights: CRISIS_REASONS.map(() => [0, 0]), bias: CRISIS_REASONS.map(() => 0) },
      hidden: foldedHiddenLayer(deep.hidden!),
    };
    const model = new RiskModel(data);
    for (const { features } of XOR.filter((_, i) => i % 25 === 0)) expect(model.logit(features)).toBeCloseTo(linearLogit(deep, features), 4);
    expect(() => new RiskModel({ ...data, hidden: { ...data.hidden!, out: [1] } })).toThrow(/hidden layer does not fit/);
  });
});
