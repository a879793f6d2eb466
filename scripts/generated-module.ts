import { readFileSync, writeFileSync } from "node:fs";

/**
 * Writes a generated module when its source changed, or with `--check` only reports whether the
 * committed one is up to date (exit code 1 when stale). `command` is what rebuilds it.
 */
export function updateGeneratedModule(path: string, source: string, command: string, summary: string): void {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    // not generated yet
  }
  if (process.argv.includes("--check")) {
    console.log(current === source ? `${path} is up to date.` : `${path} is stale: run ${command}.`);
    if (current !== source) process.exitCode = 1;
  } else if (current === source) {
    console.log(`${path} is already up to date (${summary}).`);
  } else {
    writeFileSync(path, source);
    console.log(`Wrote ${path}: ${summary}, ${(source.length / 1024).toFixed(1)} KiB.`);
  }
}
