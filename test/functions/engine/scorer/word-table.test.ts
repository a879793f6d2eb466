import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../../../functions/engine/scorer/features.ts";
import { wordHashes } from "../../../../functions/engine/scorer/hashed-ngrams.ts";
import { WordVectors } from "../../../../functions/engine/scorer/word-vectors.ts";

/** Two words with vectors ("alpha", "beta"), two dimensions, three levels. */
const VECTORS = new WordVectors({ words: "alpha beta", dimensions: 2, levelCount: 3, levels: "2002", scales: [1, 0.5] });
const LONG = "a".repeat(30);

describe("the scorer's word table (one lookup a token)", () => {
  it("counts each distinct word once, in order of first use, with its own hashes", () => {
    const features = extractFeatures(["beta", "gamma", "beta", "alpha", "gamma", "beta"], VECTORS);
    expect(features.words).toEqual(["beta", "gamma", "alpha"]);
    expect([...features.counts]).toEqual([3, 2, 1]);
    expect(features.hashes.map((hash) => hash.unigram)).toEqual(["beta", "gamma", "alpha"].map((word) => wordHashes(word).unigram));
    // alpha is (2, -1), beta (-2, 1): (3 × beta + alpha) / 4 words with vectors; 4 of 6 words have one.
    expect([...features.dense.slice(0, 3)]).toEqual([-1, 0.5, 4 / 6].map(Math.fround));
  });

  it("keeps a word too long to remember distinct within its message, and counts it again in the next", () => {
    const first = extractFeatures([LONG, "alpha", LONG], VECTORS);
    expect(first.words).toEqual([LONG, "alpha"]);
    expect([...first.counts]).toEqual([2, 1]);
    const second = extractFeatures(["alpha", LONG], VECTORS);
    expect(second.words).toEqual(["alpha", LONG]);
    expect([...second.counts]).toEqual([1, 1]);
  });

  it("gives the same features for a message read again after many others (the table forgets, never mixes)", () => {
    const message = ["alpha", "word1", "beta", "word1", "alpha"];
    const before = extractFeatures(message, VECTORS);
    for (let i = 0; i < 25_000; i++) extractFeatures([`filler${i}`, "alpha"], VECTORS);
    const after = extractFeatures(message, VECTORS);
    expect(after.words).toEqual(before.words);
    expect([...after.counts]).toEqual([...before.counts]);
    expect([...after.dense]).toEqual([...before.dense]);
    expect([...after.pairs]).toEqual([...before.pairs]);
  });

  it("sums the words' scaled vectors from its one growing array exactly as addRow adds them into float32s", () => {
    // 700 words of ten dimensions (eight at a time, then two): the array grows past 256 rows twice while read.
    const count = 700;
    const dimensions = 10;
    const words = Array.from({ length: count }, (_, i) => `w${i}`);
    let levels = "";
    for (let i = 0; i < count * dimensions; i++) levels += String.fromCharCode(48 + ((i * 7 + (i >> 3)) % 5));
    const vectors = new WordVectors({ words: words.join(" "), dimensions, levelCount: 5, levels, scales: [0.3, 1.7, 0.01, 2, 0.5, 0.25, 3.1, 0.9, 1.1, 0.07] });
    for (let start = 0; start < count; start += 100) {
      const message = [...words.slice(start, start + 150), "unknown", ...words.slice(start, start + 40)];
      const expected = new Float32Array(dimensions);
      const counts = new Map<string, number>();
      for (const word of message) counts.set(word, (counts.get(word) ?? 0) + 1);
      let known = 0;
      for (const [word, times] of counts) {
        const row = vectors.rankOf(word);
        if (row === undefined) continue;
        vectors.addRow(expected, row, times);
        known += times;
      }
      for (let d = 0; d < dimensions; d++) expected[d]! /= known;
      const features = extractFeatures(message, vectors);
      expect([...features.dense.slice(0, dimensions)]).toEqual([...expected]);
    }
  });
});
