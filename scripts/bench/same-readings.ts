// `npx node scripts/bench/same-readings.ts <old-checkout> [new-checkout]`: what two checkouts read in every corpus text
// (English and test/corpus/<lang>/), the long messages, and each text in capitals: the normalised message, retrieval's
// prepared text, its stems and its query. Prints how many readings differ (by file and index, never the words): 0 when a
// change to normalise or retrieval is exact. Complements same-answers.ts, which compares replies.
import { join, resolve } from "node:path";
import { comparisonTexts, reportDifferences } from "./comparison-texts.ts";

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

const [readOld, readNew] = [await readerOf(oldCheckout), await readerOf(newCheckout)];
reportDifferences(comparisonTexts(), readOld, readNew, "read");
