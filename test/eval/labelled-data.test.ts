import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { externalSourceLanguages, externalSources } from "./labelled-data.ts";

describe("external sources by language", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the English scorer only the sources that name no other language", () => {
    dir = mkdtempSync(join(tmpdir(), "external-"));
    for (const source of ["sdcnl", "spanish-suicide", "umsab-de", "unlisted"]) writeFileSync(join(dir, `${source}.jsonl`), "\n");
    const manifest = [{ id: "sdcnl" }, { id: "spanish-suicide", language: "es" }, { id: "umsab-de", language: "de" }];
    writeFileSync(join(dir, "sources.json"), JSON.stringify(manifest));
    expect(externalSources(dir)).toEqual(["sdcnl", "unlisted"]);
    expect(externalSourceLanguages(dir)).toContainEqual({ source: "umsab-de", language: "de" });
  });

  it("finds nothing where the data was never prepared", () => {
    dir = join(tmpdir(), "external-never-made");
    expect(externalSources(dir)).toEqual([]);
  });
});
