import { describe, expect, it } from "vitest";
import { allEvaluations } from "./all.ts";

// The same evaluation `npm run eval` prints, run inside workerd: the suite fails when a threshold breaks.
describe("evaluation over the labelled corpora", () => {
  for (const report of allEvaluations()) {
    it(`${report.title} meets its thresholds`, () => {
      expect(report.failures).toEqual([]);
    });
  }
});
