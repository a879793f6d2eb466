import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasTripledLetter } from "../../../../functions/engine/normalise/squeeze-repeats.ts";

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
    ] as const) {
      expect(hasTripledLetter(text), text).toBe(tripled);
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
