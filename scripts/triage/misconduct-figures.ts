// `npx node scripts/triage/misconduct-figures.ts [--held-out] [--probe2] [--probe3] [--dev2] [--probe4] [--show]`: the misconduct
// redirect's figures while working on it (docs/triage.md, "Misconduct told as a story"): the development stories with
// their misses, the held-out stories and the probes only when asked for, and how many messages of the knowledge-base corpora and the chat chatter get the misconduct
// redirect (they should not). The sealed stories are left to `npm run eval`.
import { readFileSync } from "node:fs";
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import { type FiguresOnlySet, misconductDevelopmentEvaluation, misconductFiguresEvaluation } from "../../test/eval/misconduct-stories-evaluation.ts";

const CORPORA = [
  "test/corpus/questions.json",
  "test/corpus/questions-dev-batch2.json",
  "test/corpus/questions-holdout.json",
  "test/corpus/questions-holdout-batch7.json",
  "test/corpus/chat-chatter.json",
  "test/corpus/chat-chatter-sealed.json",
  "test/corpus/scorer-chat.json",
  "test/corpus/scorer-posts.json",
] as const;

const ASKED_FOR: Record<string, FiguresOnlySet> = {
  "--held-out": "held out",
  "--probe2": "second probe",
  "--probe3": "third probe",
  "--dev2": "development batch 2",
  "--probe4": "fourth probe",
};
const reports = [
  misconductDevelopmentEvaluation(),
  ...Object.entries(ASKED_FOR)
    .filter(([flag]) => process.argv.includes(flag))
    .map(([, set]) => misconductFiguresEvaluation(set)),
];
for (const report of reports) console.log(`\n## ${report.title}\n\n${report.lines.join("\n")}`);

console.log("\n## Misconduct redirects where none is expected\n");
const show = process.argv.includes("--show");
for (const file of CORPORA) {
  const rows = JSON.parse(readFileSync(file, "utf8")) as { text: string; expect?: string; reason?: string }[];
  const flagged = rows.filter((row) => {
    if (row.reason === "therapist_misconduct") return false;
    const answer = answerMessage({ text: row.text }, { config: DEFAULT_CONFIG });
    return answer.kind === "redirect" && answer.reason === "therapist_misconduct";
  });
  console.log(`${file}: ${flagged.length} of ${rows.length}`);
  if (show) for (const row of flagged) console.log(`  ${row.text}`);
}
