// `npm run eval`: runs the engine over the labelled corpora in test/corpus and prints the figures.
import { allEvaluations } from "../test/eval/all.ts";
import { chatterSealedEvaluation } from "../test/eval/chatter-evaluation.ts";
import { externalEvaluation } from "../test/eval/external-evaluation.ts";
import { loadRealQuestions, realQuestionEvaluation } from "../test/eval/real-questions.ts";

let failed = false;
// The sealed chatter split is only printed: it was written before tuning and is never tuned against.
for (const report of [...allEvaluations(), chatterSealedEvaluation(), externalEvaluation({ byCategory: process.argv.includes("--by-category") })]) {
  console.log(`\n## ${report.title}\n`);
  console.log(report.lines.join("\n"));
  for (const failure of report.failures) console.log(`FAIL: ${failure}`);
  failed ||= report.failures.length > 0;
}

// Real questions need text that is never committed, so they run here (Node) and not in the workerd suite.
const real = loadRealQuestions();
if ("unavailable" in real) {
  console.log(`\n## Real questions\n\nSkipped: ${real.unavailable}.`);
} else {
  const report = realQuestionEvaluation(real.questions, real.missing);
  console.log(`\n## ${report.title}\n\nSource: ${real.source}\n`);
  console.log(report.lines.join("\n"));
}
process.exitCode = failed ? 1 : 0;
