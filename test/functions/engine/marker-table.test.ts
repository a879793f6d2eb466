import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MarkerTable } from "../../../functions/engine/marker-table.ts";
import { PHRASES as SHORTHAND_PHRASES } from "../../../functions/engine/normalise/shorthand.ts";
import { PHRASES as RETRIEVAL_PHRASES } from "../../../functions/engine/retrieve/lexicon.ts";

const SHORTHAND_MARKERS = SHORTHAND_PHRASES.map(({ has }) => has);
const RETRIEVAL_MARKERS = RETRIEVAL_PHRASES.map(([, , markers]) => (markers ?? []).filter((marker): marker is string => typeof marker === "string"));

/** What the table must find: a search for each marker. */
const searched = (markersOf: readonly (readonly string[])[], text: string) =>
  markersOf.map((markers) => (markers.some((marker) => text.includes(marker)) ? 1 : 0));

describe("a marker table", () => {
  it("finds what a search for each marker finds, at the text's start, end and anywhere between", () => {
    const table = new MarkerTable([["abc"], ["bcd", "xyz"], ["zzz"], ["abc"], []]);
    expect([...table.marked("abcd")]).toEqual([1, 1, 0, 1, 0]);
    expect([...table.marked("..xyz")]).toEqual([0, 1, 0, 0, 0]);
    expect([...table.marked("zz")]).toEqual([0, 0, 0, 0, 0]);
    expect([...table.marked("")]).toEqual([0, 0, 0, 0, 0]);
    // Characters that share a key with a marker's (their low five bits) are told apart.
    expect([...table.marked("ABC abC")]).toEqual([0, 0, 0, 0, 0]);
  });

  it("refuses a marker shorter than three characters", () => {
    expect(() => new MarkerTable([["ok"]])).toThrow(/at least 3/);
  });

  it("marks the normaliser's and retrieval's phrase rules as searches would, on every corpus message", () => {
    const texts = ["triage.json", "triage-holdout.json", "questions.json", "questions-holdout.json", "scorer-chat.json", "scorer-posts.json"].flatMap((file) =>
      (JSON.parse(readFileSync(`test/corpus/${file}`, "utf8")) as { text: string }[]).map(({ text }) => text.toLowerCase()),
    );
    expect(texts.length).toBeGreaterThan(5_000);
    for (const markersOf of [SHORTHAND_MARKERS, RETRIEVAL_MARKERS]) {
      const table = new MarkerTable(markersOf);
      let marked = 0;
      for (const text of texts) {
        const found = [...table.marked(text)];
        expect(found, text).toEqual(searched(markersOf, text));
        marked += found.reduce((sum, one) => sum + one, 0);
      }
      expect(marked).toBeGreaterThan(500);
    }
  });
});
