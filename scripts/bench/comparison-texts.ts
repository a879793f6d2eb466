// The texts the checkout comparisons (same-readings.ts, same-judgements.ts) read, each with a label that names its file
// and index, never its words: every corpus text (English and test/corpus/<lang>/), the long messages, and each of them
// in capitals.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { longMessages } from "./long-messages.ts";

const CORPUS = join(import.meta.dirname, "../../test/corpus");

/** `sealed: false` leaves the sealed files out; `joinedRuns` adds each file's runs of six texts, joined by lines. */
export function comparisonTexts({ sealed = true, joinedRuns = false } = {}): [label: string, text: string][] {
  const labelled: [string, string][] = [];
  for (const file of readdirSync(CORPUS, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".json") && (sealed || !name.includes("sealed")))
    .sort()) {
    const items = JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as unknown;
    if (!Array.isArray(items)) continue;
    const texts: string[] = [];
    items.forEach((item, index) => {
      const text = typeof item === "string" ? item : (item as { text?: unknown }).text;
      if (typeof text !== "string") return;
      labelled.push([`${file}:${index}`, text]);
      texts.push(text);
    });
    if (joinedRuns)
      for (let at = 0; at + 6 <= texts.length; at += 6) labelled.push([`${file}: texts ${at}–${at + 5} joined`, texts.slice(at, at + 6).join("\n")]);
  }
  for (const { name, length, text } of longMessages([1_000, 2_000, 4_000, 8_000])) labelled.push([`long: ${name}, ${length}`, text]);
  for (const [label, text] of labelled.slice()) labelled.push([`${label} in capitals`, text.toUpperCase()]);
  return labelled;
}

/** Prints how many texts the two readers read differently (their labels, never the words) and fails the process if any. */
export function reportDifferences(
  labelled: readonly [string, string][],
  readOld: (text: string) => string,
  readNew: (text: string) => string,
  verb: string,
): void {
  const differing = labelled.filter(([, text]) => readOld(text) !== readNew(text)).map(([label]) => label);
  console.log(`${labelled.length} texts, ${differing.length} ${verb} differently${differing.length > 0 ? `: ${differing.slice(0, 20).join(", ")}` : ""}`);
  if (differing.length > 0) process.exitCode = 1;
}
