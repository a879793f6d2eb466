// `npx node scripts/bench/same-readings.ts <old-checkout> [new-checkout]`: what two checkouts read in every corpus text
// (English and test/corpus/<lang>/), the long messages, and each text in capitals: the normalised message, retrieval's
// prepared text, its stems and its query. Prints how many readings differ (by file and index, never the words): 0 when a
// change to normalise or retrieval is exact. Complements same-answers.ts, which compares replies.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { longMessages } from "./long-messages.ts";

const [oldCheckout, newCheckout = resolve(import.meta.dirname, "../..")] = process.argv.slice(2);
if (!oldCheckout) throw new Error("Usage: same-readings.ts <old-checkout> [new-checkout]");

async function readerOf(checkout: string): Promise<(text: string) => string> {
  const { normalise } = await import(join(resolve(checkout), "functions/engine/normalise/normalise.ts"));
  const { prepareText, tokenisePrepared } = await import(join(resolve(checkout), "functions/engine/retrieve/tokenise.ts"));
  const { buildQuery } = await import(join(resolve(checkout), "functions/engine/retrieve/query.ts"));
  return (text) => {
    const message = normalise(text);
    const prepared = prepareText(message.text);
    return JSON.stringify([message, prepared, tokenisePrepared(prepared), [...buildQuery(message.text)], prepareText(message.folded)]);
  };
}

const CORPUS = join(import.meta.dirname, "../../test/corpus");
const labelled: [string, string][] = [];
for (const file of readdirSync(CORPUS, { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".json"))
  .sort()) {
  const items = JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as unknown;
  if (!Array.isArray(items)) continue;
  items.forEach((item, index) => {
    const text = typeof item === "string" ? item : (item as { text?: unknown }).text;
    if (typeof text === "string") labelled.push([`${file}:${index}`, text]);
  });
}
for (const { name, length, text } of longMessages([1_000, 2_000, 4_000, 8_000])) labelled.push([`long: ${name}, ${length}`, text]);
for (const [label, text] of labelled.slice()) labelled.push([`${label} in capitals`, text.toUpperCase()]);

const [readOld, readNew] = [await readerOf(oldCheckout), await readerOf(newCheckout)];
const differing = labelled.filter(([, text]) => readOld(text) !== readNew(text)).map(([label]) => label);
console.log(`${labelled.length} texts, ${differing.length} read differently${differing.length > 0 ? `: ${differing.slice(0, 20).join(", ")}` : ""}`);
if (differing.length > 0) process.exitCode = 1;
