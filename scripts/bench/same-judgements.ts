// `npx node scripts/bench/same-judgements.ts <old-checkout> [new-checkout]`: what two checkouts' judgement reads in every
// corpus text (English and test/corpus/<lang>/), the long messages, each text in capitals and each corpus file's runs of
// six texts joined: its language (with four locales), every pack's verdict (check-in packs too) with the checks that cancelled a crisis cue, and the
// learned scorer's probability, reason and features (dense values bit for bit, words, counts, hashes, pairs). Prints how
// many texts are read differently (by file and index, never the words): 0 when a change to triage or the scorer is exact.
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { comparisonTexts, reportDifferences } from "./comparison-texts.ts";

const [oldCheckout, newCheckout = resolve(import.meta.dirname, "../..")] = process.argv.slice(2);
if (!oldCheckout) throw new Error("Usage: same-judgements.ts <old-checkout> [new-checkout]");

async function readerOf(checkout: string): Promise<(text: string) => string> {
  const from = (path: string) => import(join(resolve(checkout), path));
  const { normalise } = await from("functions/engine/normalise/normalise.ts");
  const { triageInContext } = await from("functions/engine/triage/cancellations.ts");
  const { scorerFor } = await from("functions/engine/triage/pack-scorers.ts");
  const { languageEvidence } = await from("functions/engine/language/detect-language.ts");
  const { TRIAGE_PACKS, ASK_PACKS } = await from("functions/engine/triage/packs.ts");
  const packs = [...Object.values(TRIAGE_PACKS), ...Object.values(ASK_PACKS)] as { askOnly?: boolean }[];
  return (text) => {
    const hash = createHash("sha256");
    for (const locale of [undefined, "en-GB", "es-MX", "de-DE"]) hash.update(JSON.stringify(languageEvidence(text, locale)));
    const message = normalise(text);
    for (const pack of packs) {
      // A fresh object per pack, as the engine reads each message afresh.
      const verdict = triageInContext({ ...message }, pack);
      hash.update(JSON.stringify([verdict.result, [...verdict.cancelled].sort()]));
      if (pack.askOnly) continue;
      const scored = scorerFor(pack).score({ ...message }, verdict.cancelled);
      const { features } = scored;
      hash.update(JSON.stringify([scored.probability, scored.reason, features.words, [...features.counts], features.values]));
      hash.update(new Uint8Array(features.dense.buffer, features.dense.byteOffset, features.dense.byteLength));
      hash.update(new Uint8Array(features.pairs.buffer, features.pairs.byteOffset, features.pairs.byteLength));
      for (const { unigram, chars } of features.hashes) hash.update(JSON.stringify([unigram, [...chars]]));
    }
    return hash.digest("hex");
  };
}

const [readOld, readNew] = [await readerOf(oldCheckout), await readerOf(newCheckout)];
reportDifferences(comparisonTexts({ sealed: false, joinedRuns: true }), readOld, readNew, "judged");
