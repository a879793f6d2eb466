import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { ENGLISH_SCORER } from "../../../../functions/engine/scorer/english.ts";
import { extractFeatures, type Features } from "../../../../functions/engine/scorer/features.ts";
import { RiskModel } from "../../../../functions/engine/scorer/risk-model.ts";
import { scorerWords } from "../../../../functions/engine/scorer/tokens.ts";
import { WordVectors } from "../../../../functions/engine/scorer/word-vectors.ts";
import { RISK_MODEL, WORD_VECTORS } from "../../../../shared/content/triage/en/scorer-data.ts";
import questions from "../../../corpus/questions.json" with { type: "json" };
import triage from "../../../corpus/triage.json" with { type: "json" };

/**
 * The scorer remembers with each word its scaled vector and its n-gram weights' sums (word-table.ts): these tests
 * compare what it works out from them with what the same features give worked out afresh, bit for bit.
 */
const TEXTS = [
  ...[...triage, ...questions].map(({ text }) => text).filter((_, i) => i % 7 === 0),
  "i want to die i want to die i want to die",
  `${"we drove to the lake and fished off the dock. ".repeat(40)} i have the pills counted out`,
  "a".repeat(40),
  "",
];
const MODEL = new RiskModel(RISK_MODEL);

/** The mean vector as `WordVectors.addRow` sums it: each distinct word's row × its count, in order of first use. */
function meanByRows(features: Features, vectors: WordVectors): Float32Array {
  const sum = new Float32Array(vectors.dimensions);
  let known = 0;
  features.words.forEach((word, i) => {
    const row = vectors.rankOf(word);
    if (row === undefined) return;
    vectors.addRow(sum, row, features.counts[i]!);
    known += features.counts[i]!;
  });
  if (known > 0) for (let d = 0; d < sum.length; d++) sum[d]! /= known;
  return sum;
}

/** The features without the remembered n-gram sums: the model then reads each word's hashes. */
function withoutSums({ wordWeights: _, ...features }: Features): Features {
  return features;
}

describe("the scorer's remembered sums (a word's scaled vector and n-gram weights)", () => {
  const vectors = ENGLISH_SCORER.vectors;

  it("give the mean vector addRow gives, bit for bit", () => {
    for (const text of TEXTS) {
      const features = extractFeatures(scorerWords(normalise(text).folded), vectors);
      const expected = meanByRows(features, vectors);
      expect([...features.dense.subarray(0, vectors.dimensions)], text.slice(0, 20)).toEqual([...expected]);
    }
  });

  it("give the logit and probability the words' hashes give, bit for bit, read again and afresh", () => {
    for (const text of TEXTS) {
      const words = scorerWords(normalise(text).folded);
      for (let pass = 0; pass < 2; pass++) {
        const features = extractFeatures(words, vectors, undefined, undefined, MODEL.ngramWeights);
        expect(features.wordWeights?.of).toBe(MODEL.ngramWeights);
        expect(MODEL.logit(features), text.slice(0, 20)).toBe(MODEL.logit(withoutSums(features)));
        expect(MODEL.score(features)).toEqual(MODEL.score(withoutSums(features)));
      }
    }
  });

  it("are read again for other weights: a word's sums never come from another model", () => {
    const table = new WordVectors(WORD_VECTORS);
    const negated = new RiskModel({
      ...RISK_MODEL,
      sparse: Buffer.from(Buffer.from(RISK_MODEL.sparse, "base64").map((byte) => (256 - byte) & 255)).toString("base64"),
    });
    const words = scorerWords("i am so tired of everything and i want it all to stop");
    const first = extractFeatures(words, table, undefined, undefined, MODEL.ngramWeights);
    const second = extractFeatures(words, table, undefined, undefined, negated.ngramWeights);
    expect(second.wordWeights?.of).toBe(negated.ngramWeights);
    expect(negated.logit(second)).toBe(negated.logit(withoutSums(second)));
    expect(MODEL.logit(first)).toBe(MODEL.logit(withoutSums(first)));
    const mask = RISK_MODEL.buckets - 1;
    for (const [features, weights] of [
      [first, MODEL.ngramWeights],
      [second, negated.ngramWeights],
    ] as const) {
      features.hashes.forEach(({ unigram, chars }, i) => {
        expect(features.wordWeights!.unigrams[i]).toBe(weights[unigram & mask]);
        expect(features.wordWeights!.chars[i]).toBe(chars.reduce((sum, gram) => sum + weights[gram & mask]!, 0));
      });
    }
    expect([...second.wordWeights!.chars]).not.toEqual([...first.wordWeights!.chars]);
  });

  it("leave a model given features without them (as the trainer makes) reading the hashes", () => {
    const features = extractFeatures(scorerWords("i feel hopeless tonight"), vectors);
    expect(features.wordWeights).toBeUndefined();
    expect(MODEL.score(features).probability).toBe(ENGLISH_SCORER.score(normalise("i feel hopeless tonight")).probability);
  });
});
