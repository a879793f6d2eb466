// Development data only: `npx node scripts/kb/development-confusions.ts [--misses]` runs the engine over the development
// corpora (test/corpus/questions.json, questions-dev-batch2.json, questions-dev-batch3.json, questions-dev-batch4.json) and prints each file's
// top-1 and out-of-scope precision and recall, the confusions between topics over all of them (expected → got), and
// with `--misses` every miss of development batches 3 and 4 (`--all`: of every file). The held-out and sealed batches are never read.
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import corpus from "../../test/corpus/questions.json" with { type: "json" };
import developmentBatch2 from "../../test/corpus/questions-dev-batch2.json" with { type: "json" };
import developmentBatch3 from "../../test/corpus/questions-dev-batch3.json" with { type: "json" };
import developmentBatch4 from "../../test/corpus/questions-dev-batch4.json" with { type: "json" };
import { topicFigures } from "./topic-figures.ts";

type Labelled = { text: string; topic: string | null; category: string };
const files: [string, readonly Labelled[]][] = [
  ["questions.json", corpus],
  ["questions-dev-batch2.json", developmentBatch2],
  ["questions-dev-batch3.json", developmentBatch3],
  ["questions-dev-batch4.json", developmentBatch4],
];
const OUT = "(out of scope)";
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const confusions = new Map<string, number>();
for (const [file, questions] of files) {
  const choices: { label: string | null; got: string | null }[] = [];
  for (const question of questions) {
    const answer = answerMessage({ text: question.text }, { config: DEFAULT_CONFIG });
    const got = answer.kind === "answer" ? answer.topic : null;
    choices.push({ label: question.topic, got });
    if (got === question.topic) continue;
    const pair = `${question.topic ?? OUT} → ${got ?? (answer.kind === "answer" || answer.kind === "out_of_scope" ? OUT : answer.kind)}`;
    confusions.set(pair, (confusions.get(pair) ?? 0) + 1);
    if ((file === "questions-dev-batch3.json" || file === "questions-dev-batch4.json" || process.argv.includes("--all")) && process.argv.includes("--misses"))
      console.log(`  miss: ${pair}  «${question.text}»`);
  }
  const { inScope, right, predictedOut, rightOut, labelledOut } = topicFigures(choices);
  console.log(
    `${file}: ${questions.length} questions; top-1 ${pct(right / inScope)} (${right}/${inScope}); out-of-scope precision ${pct(rightOut / predictedOut)} (${rightOut}/${predictedOut}) recall ${pct(rightOut / labelledOut)} (${rightOut}/${labelledOut})`,
  );
}
console.log("\nConfusions over the development corpora (expected → got), two or more:");
for (const [pair, count] of [...confusions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
  if (count >= 2) console.log(`  ${String(count).padStart(3)}  ${pair}`);
