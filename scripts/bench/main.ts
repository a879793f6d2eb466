// `npm run bench`: the engine in-process, the built Worker in workerd over loopback HTTP, the bundle's
// size and its start-up time, in one run of about a minute; a table, then the summary line (issue #8).
// `npm run bench -- --quick` runs every part on a tiny budget (the figures then mean nothing);
// `-- --startup-profile=startup.cpuprofile` also writes a start-up profile to open in Chrome DevTools,
// `-- --answer-profile=answers.cpuprofile` a profile of the Worker answering under load.
// A benchmark, not a test: it never fails on timings.
import { formatReport, summaryLine } from "./report.ts";
import { FULL_BUDGET, QUICK_BUDGET, runBench } from "./run-bench.ts";

const budget = process.argv.includes("--quick") ? QUICK_BUDGET : FULL_BUDGET;
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const startupProfile = option("startup-profile");
const answerProfile = option("answer-profile");
const results = await runBench(
  { ...budget, ...(startupProfile ? { startupProfile } : {}), http: { ...budget.http, ...(answerProfile ? { answerProfile } : {}) } },
  (step) => process.stderr.write(`${step}…\n`),
);
console.log(formatReport(results).join("\n"));
console.log(`\n${summaryLine(results)}`);
