import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const MODULES = ["functions/engine/triage/crisis", "functions/engine/triage/redirect"];

// A cue's name is the comment above it (names stay out of the Worker's bundle): every cue has one, once.
describe("triage cue modules", () => {
  it("name every cue in a comment above it, each name once", () => {
    const names: string[] = [];
    for (const dir of MODULES) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
        const source = readFileSync(`${dir}/${file}`, "utf8");
        const cues = source.match(/^\s*cue\(/gm)?.length ?? 0;
        const named = [...source.matchAll(/^\s*\/\/ (.+)\n\s*cue\(/gm)].map((match) => `${file}: ${match[1]}`);
        expect(named.length, file).toBe(cues);
        names.push(...named);
      }
    }
    expect(names.length).toBeGreaterThan(250);
    expect(new Set(names).size).toBe(names.length);
  });
});
