import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { MAX_WORDS, scorerWords } from "../../../../functions/engine/scorer/tokens.ts";
import questions from "../../../corpus/questions.json" with { type: "json" };
import triage from "../../../corpus/triage.json" with { type: "json" };

/** The scorer's words as a regular expression reads them: runs of a–z, 0–9 and inner apostrophes, trailing ones trimmed. */
function wordsByPattern(folded: string): string[] {
  return (folded.match(/[a-z0-9][a-z0-9']*/g) ?? []).slice(0, MAX_WORDS).map((word) => word.replace(/'+$/, ""));
}

describe("the scorer's words (read by hand, each word met before given as the same string)", () => {
  it("are the words the pattern reads, on every corpus message and on awkward text", () => {
    const texts = [
      ...[...triage, ...questions].map(({ text }) => normalise(text).folded),
      "x' y'' 'z",
      "'''",
      "don't'' stop' ' 'til i'm done''",
      `${"a".repeat(40)} b ${"a".repeat(40)}`,
      "word ".repeat(1_200),
      "é café ñ 3.5 e-mail _under_score ALLCAPS",
      "",
    ];
    for (const text of texts) expect(scorerWords(text), text.slice(0, 30)).toEqual(wordsByPattern(text));
  });

  it("give a word met again as the very same string, and the same words after the table has filled and started again", () => {
    const [first] = scorerWords("hopeless");
    const [again] = scorerWords("so hopeless".slice(3));
    expect(again).toBe(first);
    // 40,000 distinct words, 800 a message: more than the table keeps.
    for (let start = 0; start < 40_000; start += 800) {
      const text = Array.from({ length: 800 }, (_, i) => `w${(start + i).toString(36)}x`).join(" ");
      expect(scorerWords(text)).toEqual(wordsByPattern(text));
    }
    expect(scorerWords("so hopeless, don't")).toEqual(["so", "hopeless", "don't"]);
  });
});
