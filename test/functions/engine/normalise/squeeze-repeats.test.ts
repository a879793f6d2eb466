import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasTripledLetter } from "../../../../functions/engine/normalise/squeeze-repeats.ts";
import { comparisonTexts } from "../../../../scripts/bench/comparison-texts.ts";

const TRIPLED = /([a-z])\1\1/;

describe("hasTripledLetter", () => {
  it("finds a letter three times in a row, and nothing else", () => {
    for (const [text, tripled] of [
      ["sooo", true],
      ["aaa", true],
      ["so", false],
      ["", false],
      ["!!!", false],
      ["111", false],
      ["AAA", false],
      ["aa!aa", false],
      ["....aaa", true],
      ["feel sleep", false],
      ["zzzz", true],
      ["xaaa", true],
      ["xxaaa", true],
      ["aaax", true],
      ["aaxaa", false],
      ["abbba", true],
      ["aabb", false],
      ["é".repeat(3), false],
      [`${"ab".repeat(2_000)}ccc`, true],
      [`${"ab".repeat(2_000)}cc`, false],
      [`c${"ab".repeat(2_000)}cc`, false],
    ] as const) {
      expect(hasTripledLetter(text), text).toBe(tripled);
    }
  });

  it("agrees with the backreference on every comparison text (all languages, long, capitals) and each at every offset of a triple", () => {
    for (const [, raw] of comparisonTexts()) {
      const text = raw.toLowerCase();
      expect(hasTripledLetter(text)).toBe(TRIPLED.test(text));
    }
    for (let before = 0; before < 6; before++)
      for (let after = 0; after < 6; after++) {
        expect(hasTripledLetter(`${"ab".slice(0, before % 2) + "x".repeat(before)}zzz${"y".repeat(after)}`)).toBe(true);
        expect(hasTripledLetter(`${"q".repeat(before)}zz${"y".repeat(after)}`)).toBe(before >= 3 || after >= 3);
      }
  });

  it("agrees with the backreference it replaces on every corpus message", () => {
    const texts = ["triage.json", "questions.json", "scorer-chat.json", "scorer-posts.json"].flatMap((file) =>
      (JSON.parse(readFileSync(`test/corpus/${file}`, "utf8")) as { text: string }[]).map(({ text }) => text.toLowerCase()),
    );
    let tripled = 0;
    for (const text of texts) {
      expect(hasTripledLetter(text), text).toBe(TRIPLED.test(text));
      if (TRIPLED.test(text)) tripled++;
    }
    expect(tripled).toBeGreaterThan(5);
  });
});
