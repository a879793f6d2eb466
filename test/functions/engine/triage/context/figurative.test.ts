import { describe, expect, it } from "vitest";
import { normalise } from "../../../../../functions/engine/normalise/normalise.ts";
import { ANY_PIECES, figurativePieces, maskFigurative } from "../../../../../functions/engine/triage/context/figurative.ts";
import { CORPUS_TEXTS } from "../../../../../scripts/bench/engine.ts";
import { storyWithCrisis, storyWithQuestion } from "../../../../../scripts/bench/long-messages.ts";

/** The pieces a clause's words hold, read as triage's scan reads its words (runs of a–z, 0–9, "_"). */
function piecesOfWords(clause: string): number {
  return (clause.match(/[a-z0-9_]+/g) ?? []).reduce((bits, word) => bits | figurativePieces(word), 0);
}

const IDIOMS = [
  "i nearly died of embarrassment",
  "i killed myself laughing at that",
  "my phone is about to die",
  "i shot myself in the foot there",
  "i cut myself cooking dinner",
  "she beat me at chess again",
  "mondays make me want to die lol",
];

describe("figures of speech masked with the pieces of a clause's words", () => {
  it("mask every corpus clause, long story and idiom exactly as the full search does", () => {
    const clauses = [...CORPUS_TEXTS, storyWithQuestion(4_000), storyWithCrisis(4_000), ...IDIOMS].flatMap((text) => normalise(text).clauses);
    let masked = 0;
    for (const clause of clauses) {
      for (const joking of [true, false]) {
        const full = maskFigurative(clause, () => joking);
        expect(
          maskFigurative(clause, () => joking, piecesOfWords(clause)),
          clause,
        ).toBe(full);
        if (full !== clause) masked++;
      }
    }
    expect(masked).toBeGreaterThan(IDIOMS.length);
  }, 60_000);

  it("leave an idiom unmasked when its family's pieces are said to be absent", () => {
    const clause = "i nearly died of embarrassment";
    expect(maskFigurative(clause, () => false)).toBe(`i nearly ${" ".repeat("died of embarrassment".length)}`);
    expect(maskFigurative(clause, () => false, figurativePieces("hit"))).toBe(clause);
    expect(maskFigurative(clause, () => false, 0)).toBe(clause);
    expect(maskFigurative(clause, () => false, ANY_PIECES)).not.toBe(clause);
    expect(figurativePieces("idea")).toBe(figurativePieces("dea"));
    expect(figurativePieces("hello")).toBe(0);
  });
});
