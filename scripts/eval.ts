// `npm run eval`: runs the engine over the labelled corpora in test/corpus and prints the figures.
import { allEvaluations } from "../test/eval/all.ts";
import { externalEvaluation } from "../test/eval/external-evaluation.ts";

let failed = false;
for (const report of [...allEvaluations(), externalEvaluation({ byCategory: process.argv.includes("--by-category") })]) {
  console.log(`\n## ${report.title}\n`);
  console.log(report.lines.join("\n"));
  for (const failure of report.failures) console.log(`FAIL: ${failure}`);
  failed ||= report.failures.length > 0;
}
process.exitCode = failed ? 1 : 0;
