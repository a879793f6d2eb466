import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RiskScorer } from "../../../../functions/engine/scorer/risk-scorer.ts";
import { wordCount } from "../../../../functions/engine/scorer/word-vectors.ts";
import { englishModelModule, RISK_MODEL_MODULE } from "../../../../scripts/triage/train-risk-model.ts";
import { dataModuleText, readDataModule, riskModelFrom, wordVectorsFrom } from "../../../../shared/content/triage/data-module.ts";
import { RISK_MODEL, WORD_VECTORS } from "../../../../shared/content/triage/en/scorer-data.ts";

const VALUE = { size: 2, long: "a b c", scale: 0.5, other: "x\ty", list: [1, 2] };

describe("generated data modules (the English scorer's Text modules)", () => {
  it("reads back what it wrote, its long strings on their own lines and its keys in their order", () => {
    const text = dataModuleText("made by a test", VALUE, ["long", "other"]);
    expect(text.split("\n")).toEqual([expect.stringContaining('"about":"made by a test"'), "a b c", "x\ty", ""]);
    const read = readDataModule(text, "test.txt");
    expect(read).toEqual(VALUE);
    expect(Object.keys(read)).toEqual(Object.keys(VALUE));
  });

  it("refuses a line that is not a string or holds a line break", () => {
    expect(() => dataModuleText("", { long: "a\nb" }, ["long"])).toThrow(/line long must be a string without a line break/);
    expect(() => dataModuleText("", { long: 3 }, ["long"])).toThrow(/line long must be a string/);
  });

  it("is an error naming the file, never an empty value, when the text is cut, padded or not its format", () => {
    const text = dataModuleText("", VALUE, ["long", "other"]);
    expect(() => readDataModule(text.slice(0, -4), "cut.txt")).toThrow(
      /data module cut.txt cannot be read: it ends before its line other\. Run `npm run build`/,
    );
    expect(() => readDataModule(`${text}more\n`, "padded.txt")).toThrow(/padded.txt cannot be read: it holds more than its header names/);
    expect(() => readDataModule("", "empty.txt")).toThrow(/empty.txt cannot be read: it has no header line/);
    expect(() => readDataModule("not json\n", "bad.txt")).toThrow(/bad.txt cannot be read: its header line is not JSON/);
    expect(() => readDataModule('{"about":""}\n', "fieldless.txt")).toThrow(/fieldless.txt cannot be read: its header names no fields or lines/);
  });

  it("is an error when a model's or vectors' fields are missing", () => {
    const { sparse: _sparse, ...withoutSparse } = RISK_MODEL;
    expect(() => riskModelFrom(dataModuleText("", withoutSparse, []), "model.txt")).toThrow(/model.txt cannot be read: it lacks sparse \(string\)/);
    expect(() => wordVectorsFrom(dataModuleText("", { ...WORD_VECTORS, scales: 1 }, ["words", "levels"]), "vectors.txt")).toThrow(
      /vectors.txt cannot be read: it lacks scales \(array\)/,
    );
  });

  it("ships the English model as its trainer writes it, and vectors that fit it", () => {
    expect(readFileSync(RISK_MODEL_MODULE, "utf8")).toBe(englishModelModule(RISK_MODEL));
    expect(wordCount(WORD_VECTORS.words)).toBe(WORD_VECTORS.words.split(" ").length);
    expect(WORD_VECTORS.levels.length).toBe(wordCount(WORD_VECTORS.words) * WORD_VECTORS.dimensions);
    expect(new RiskScorer("en", { vectors: WORD_VECTORS, model: RISK_MODEL }).readsMeaning).toBe(true);
  });

  it("counts words as split does", () => {
    for (const words of ["", "a", "a b", "the of to", " a", "a  b"])
      expect(wordCount(words), JSON.stringify(words)).toBe(words === "" ? 0 : words.split(" ").length);
  });

  it("makes a cut word-vectors file a start-up error of the scorer", () => {
    const cut = { ...WORD_VECTORS, levels: WORD_VECTORS.levels.slice(64) };
    expect(() => new RiskScorer("en", { vectors: cut, model: RISK_MODEL })).toThrow(/en risk scorer cannot load: its word vectors hold/);
  });
});
