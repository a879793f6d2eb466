// Tunes retrieval's semantic weight and floor on the development corpus (test/corpus/questions.json) and
// prints the held-out batches' figures beside them: `node scripts/kb/tune-semantic.ts`.
import { SEMANTIC } from "../../functions/engine/retrieve/retrieve.ts";
import { retrievalEvaluation } from "../../test/eval/retrieval-evaluation.ts";

const headline = (lines: string[]) => lines.filter((line) => /^(Top-1|Out-of-scope)/i.test(line.trim())).join(" | ");
for (const weight of [0, 6, 12, 20, 30]) {
  for (const floor of [0.45, 0.55, 0.65, 0.75]) {
    if (weight === 0 && floor !== 0.55) continue;
    Object.assign(SEMANTIC, { weight, floor });
    console.log(`weight ${weight} floor ${floor}: dev ${headline(retrievalEvaluation().lines)}`);
  }
}
