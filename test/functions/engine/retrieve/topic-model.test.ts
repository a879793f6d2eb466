import { describe, expect, it } from "vitest";
import { softmax, sparseScores } from "../../../../functions/engine/retrieve/topic-model.ts";

describe("the topic models' shared softmax", () => {
  it("turns scores into probabilities that sum to one, in the scores' order", () => {
    const p = softmax(Float64Array.from([1, 2, 3]));
    expect(p.reduce((sum, x) => sum + x, 0)).toBeCloseTo(1, 12);
    expect(p[2]).toBeGreaterThan(p[1]!);
    expect(p[1]).toBeGreaterThan(p[0]!);
    expect(softmax(Float64Array.from([1000, 1000]))[0]).toBe(0.5);
  });

  it("scores sparse features against a weight matrix row by row, with bias and scale", () => {
    // Two classes, three columns: class 0 weighs column 2, class 1 column 0.
    const scores = sparseScores([0, 0, 2, 4, 0, 0], 3, [0.5, -1], { buckets: [0, 2], values: [1, 0.5] }, 0.5);
    expect([...scores]).toEqual([0.5 + 0.5 * (2 * 0.5), -1 + 0.5 * 4]);
  });
});
