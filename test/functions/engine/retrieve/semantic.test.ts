import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { meaningOf, STOP_WORDS } from "../../../../functions/engine/retrieve/semantic.ts";
import { ENGLISH_SCORER } from "../../../../functions/engine/scorer/english.ts";
import { scorerWords } from "../../../../functions/engine/scorer/tokens.ts";
import { WordVectors } from "../../../../functions/engine/scorer/word-vectors.ts";
import { storyWithCrisis, storyWithQuestion } from "../../../../scripts/bench/long-messages.ts";
import { ENGLISH } from "../../../../shared/content/triage/en/index.ts";

const CORPUS = join(import.meta.dirname, "../../../corpus");

/** The English corpus messages (sealed splits left unread). */
function corpusTexts(): string[] {
  return readdirSync(CORPUS)
    .filter((file) => file.endsWith(".json") && !file.includes("sealed"))
    .flatMap((file) => {
      const items = JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as unknown;
      return Array.isArray(items) ? items.flatMap((item) => (typeof item?.text === "string" ? [item.text as string] : [])) : [];
    });
}

/** The meaning as it was first written: every word's levels weighted and added as it is read, nothing kept. */
function meaningAsRead(words: readonly string[], vectors: WordVectors): Float32Array | null {
  const sum = new Float64Array(vectors.dimensions);
  let known = 0;
  for (const word of words) {
    const rank = STOP_WORDS.has(word) ? undefined : vectors.rankOf(word);
    if (rank === undefined) continue;
    vectors.addLevels(sum, rank, rank / (rank + 300));
    known++;
  }
  if (known === 0) return null;
  vectors.scaleLevels(sum);
  let norm = 0;
  for (let d = 0; d < sum.length; d++) norm += sum[d]! * sum[d]!;
  norm = Math.sqrt(norm);
  if (norm === 0) return null;
  return Float32Array.from(sum, (value) => value / norm);
}

const bits = (meaning: Float32Array | null) => (meaning === null ? "none" : Buffer.from(meaning.buffer).toString("hex"));

describe("a message's meaning (meaningOf)", () => {
  it("is the same to the bit as adding each word's weighted levels as it is read, first time and every time after", () => {
    const texts = [...corpusTexts(), storyWithQuestion(4000), storyWithCrisis(4000)];
    expect(texts.length).toBeGreaterThan(2000);
    let withMeaning = 0;
    for (let pass = 0; pass < 2; pass++) {
      for (const text of texts) {
        const words = scorerWords(text.toLowerCase());
        const expected = meaningAsRead(words, ENGLISH_SCORER.vectors);
        expect(bits(meaningOf(words, ENGLISH_SCORER.vectors)), text).toBe(bits(expected));
        if (expected) withMeaning++;
      }
    }
    expect(withMeaning).toBeGreaterThan(texts.length);
  });

  it("stays the same once more words have been read than are kept weighted (4,096)", () => {
    // Fresh vectors (their own kept rows): the 6,000 rarest words in small sets, then the kept and the unkept together.
    const data = ENGLISH.scorer.vectors!;
    const vectors = new WordVectors(data);
    const rarest = data.words.split(" ").reverse().slice(0, 6_000);
    for (let at = 0; at < rarest.length; at += 6) {
      const some = rarest.slice(at, at + 6);
      expect(bits(meaningOf(some, vectors))).toBe(bits(meaningAsRead(some, vectors)));
    }
    const mixed = rarest.filter((_, at) => at % 50 === 0);
    expect(bits(meaningOf(mixed, vectors))).toBe(bits(meaningAsRead(mixed, vectors)));
    expect(meaningOf(mixed, vectors)).not.toBeNull();
  });
});
