import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { realLanguageEvaluation } from "./real-language-evaluation.ts";

describe("other languages on real text", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("says how to rebuild the data when none is prepared", () => {
    dir = mkdtempSync(join(tmpdir(), "external-"));
    const report = realLanguageEvaluation(["es", "de"], { dir });
    expect(report.lines.join("\n")).toContain("No real text in other languages here");
    expect(report.failures).toEqual([]);
  });

  it("measures a language's sealed split apart from its open splits, with the whole engine", () => {
    dir = mkdtempSync(join(tmpdir(), "external-"));
    const rows = [
      { text: "ya no quiero vivir, tengo las pastillas aquí", expect: "crisis", category: "suicidal-intent", source: "fake-es", split: "sealed" },
      { text: "mañana vamos a la playa con mis primos", expect: "benign", category: "ordinary", source: "fake-es", split: "sealed" },
      { text: "hoy me toca estudiar toda la tarde", expect: "benign", category: "ordinary", source: "fake-es", split: "train" },
    ];
    writeFileSync(join(dir, "fake-es.jsonl"), `${rows.map((row) => JSON.stringify(row)).join("\n")}\n`);
    writeFileSync(join(dir, "sources.json"), JSON.stringify([{ id: "fake-es", language: "es" }]));
    const text = realLanguageEvaluation(["es", "pt"], { dir }).lines.join("\n");
    const [sealed = "", open = ""] = text.split("Open splits");
    expect(sealed).toMatch(/fake-es · suicidal-intent\s+100\.0% \(1\/1\)/);
    expect(sealed).toMatch(/fake-es · ordinary\s+—\s+—\s+0\.0% \(0\/1\)/);
    expect(open).toMatch(/fake-es · ordinary\s+—\s+—\s+0\.0% \(0\/1\)/);
    expect(text).toContain("No real text found for: pt.");
    expect(realLanguageEvaluation(["es"], { dir, openOnly: true }).lines.join("\n")).not.toContain("Sealed split");
  });
});
