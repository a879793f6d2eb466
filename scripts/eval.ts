// `npm run eval`: runs the engine over the labelled corpora in test/corpus and prints the figures: English, then
// every other language's corpora (test/corpus/<lang>/, sealed splits included), then real text in those languages
// (test/corpus/external, when prepared). `--lang es` the Spanish ones only;
// `--open-only` leaves the sealed splits unread (for work in progress); `--kb` the English knowledge base alone
// (its development corpora, held-out batches and sealed batch 8; no triage, risk or other languages).
import { allEvaluations, knowledgeBaseEvaluations } from "../test/eval/all.ts";
import { chatterSealedEvaluation } from "../test/eval/chatter-evaluation.ts";
import { externalEvaluation } from "../test/eval/external-evaluation.ts";
import { corpusLanguages } from "../test/eval/language-corpora.ts";
import { languageEvaluation } from "../test/eval/language-evaluation.ts";
import { realLanguageEvaluation } from "../test/eval/real-language-evaluation.ts";
import { loadRealQuestions, realQuestionEvaluation } from "../test/eval/real-questions.ts";
import { sealedBatch8Evaluation } from "../test/eval/retrieval-evaluation.ts";
import { requestedLanguages } from "./triage/language-packs.ts";

const knowledgeBaseOnly = process.argv.includes("--kb");
const openOnly = process.argv.includes("--open-only");
const languages = knowledgeBaseOnly ? ["en"] : requestedLanguages(["en", ...corpusLanguages()]);
const english = !languages.includes("en")
  ? []
  : knowledgeBaseOnly
    ? knowledgeBaseEvaluations()
    : [...allEvaluations(), externalEvaluation({ byCategory: process.argv.includes("--by-category") })];
const others = languages.filter((language) => language !== "en");
let failed = false;
// The sealed splits are only printed: they were written before tuning and are never tuned against.
const reports = [
  ...english,
  ...(languages.includes("en") && !openOnly ? [sealedBatch8Evaluation()] : []),
  ...(languages.includes("en") && !knowledgeBaseOnly ? [chatterSealedEvaluation()] : []),
  ...(others.length > 0 ? [languageEvaluation(others, { openOnly })] : []),
  ...(others.length > 0 ? [realLanguageEvaluation(others, { openOnly })] : []),
];
for (const report of reports) {
  console.log(`\n## ${report.title}\n`);
  console.log(report.lines.join("\n"));
  for (const failure of report.failures) console.log(`FAIL: ${failure}`);
  failed ||= report.failures.length > 0;
}

// Real questions need text that is never committed, so they run here (Node) and not in the workerd suite.
const real = languages.includes("en") ? loadRealQuestions() : { unavailable: "English not asked for" };
if (!languages.includes("en")) {
  // English's real questions are not asked for.
} else if ("unavailable" in real) {
  console.log(`\n## Real questions\n\nSkipped: ${real.unavailable}.`);
} else {
  const report = realQuestionEvaluation(real.questions, real.missing);
  console.log(`\n## ${report.title}\n\nSource: ${real.source}\n`);
  console.log(report.lines.join("\n"));
}
process.exitCode = failed ? 1 : 0;
