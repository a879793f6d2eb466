import { describe, expect, it } from "vitest";
import { foldLeetspeak, SPLIT_BY_PUNCTUATION, SPLIT_WORD } from "../../../../functions/engine/normalise/fold-leetspeak.ts";
import { comparisonTexts } from "../../../../scripts/bench/comparison-texts.ts";

const AWKWARD = [
  "",
  "self-harm",
  "un-alive un.alive un_alive un--alive",
  "e.g. i.e. a.b.c. x-y-z-",
  "-leading and trailing- .dots.",
  "sui.cide k.i.l.l my.self",
  "well-being, long-term, check-in, follow-up.",
  "3.5 mg, 2-3 days, v2.0-beta",
  `${"word-word ".repeat(400)}end`,
];

/** Each token a pattern finds, marked, so two patterns that find the same tokens give the same text. */
const marked = (text: string, pattern: RegExp) => text.replace(pattern, (token) => `<${token}>`);

describe("foldLeetspeak: split words found by punctuation alone when nothing is censored", () => {
  it("finds the same tokens as the full pattern in every text without '*' or '#'", () => {
    let compared = 0;
    let found = 0;
    for (const raw of [...comparisonTexts({ sealed: false, joinedRuns: true }).map(([, text]) => text), ...AWKWARD]) {
      const text = raw.toLowerCase();
      if (text.includes("*") || text.includes("#")) continue;
      compared++;
      const full = marked(text, SPLIT_WORD);
      expect(marked(text, SPLIT_BY_PUNCTUATION), text.slice(0, 60)).toBe(full);
      if (full !== text) found++;
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(found).toBeGreaterThan(100);
  }, 60_000);

  it("still joins censored words with the full pattern", () => {
    expect(foldLeetspeak("i want to k*ll my.self")).toBe("i want to kill myself");
    expect(foldLeetspeak("self-harm and su**ide")).toContain("suicide");
    expect(foldLeetspeak("un-alive")).toBe("unalive");
  });
});
