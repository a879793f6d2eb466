import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { ENGLISH_SCORER } from "../../../../functions/engine/scorer/english.ts";
import { RISK_MODEL, WORD_VECTORS } from "../../../../shared/content/triage/en/scorer-data.ts";

// In workerd the English scorer's data are Text modules (`#english-scorer-text`'s "workerd" side), not files read by Node.
describe("the English scorer's data modules in workerd", () => {
  it("are read whole: every word has its vector, and the model its 2^18 n-gram weights", () => {
    expect(WORD_VECTORS.levels.length).toBe(WORD_VECTORS.words.split(" ").length * WORD_VECTORS.dimensions);
    expect(WORD_VECTORS.words.startsWith("the of to and")).toBe(true);
    expect(atob(RISK_MODEL.sparse).length).toBe(RISK_MODEL.buckets);
    expect(RISK_MODEL.buckets).toBe(1 << 18);
  });

  it("score with the word vectors: a plain crisis high, a plain question low", () => {
    expect(ENGLISH_SCORER.readsMeaning).toBe(true);
    expect(ENGLISH_SCORER.vectors.has("therapist")).toBe(true);
    expect(ENGLISH_SCORER.score(normalise("i want to kill myself tonight")).probability).toBeGreaterThan(0.9);
    expect(ENGLISH_SCORER.score(normalise("what should i ask my therapist in our first session")).probability).toBeLessThan(0.2);
  });
});
