// `npx node scripts/bench/engine-figures.ts [checkout] [rounds]`: `npm run bench`'s engine figures for one checkout, in a
// process of their own (its functions from the checkout's scripts/bench/engine.ts): the corpus alone and with five earlier
// messages as context (p50, p99, CPU per message), the 4,000-character question and crisis story and the largest context (medians).
// One JSON line. Run by ab-processes.ts, which alternates checkouts in separate processes: two engines in one process
// share V8's regexp code budget (docs/performance.md, "Cue patterns' machine code"), so ab-engines.ts cannot compare
// changes to how patterns compile.
import { resolve } from "node:path";

const [checkout = resolve(import.meta.dirname, "../.."), roundsArgument = "15"] = process.argv.slice(2);
const bench = await import(resolve(checkout, "scripts/bench/engine.ts"));
const { DEFAULT_CONFIG } = await import(resolve(checkout, "shared/schemas/community-config.ts"));
const rounds = Number(roundsArgument);
const alone = bench.measureCorpus(bench.CORPUS_TEXTS, rounds);
const withContext = bench.measureCorpus(bench.CORPUS_TEXTS, rounds, DEFAULT_CONFIG, bench.contextsFor(bench.CORPUS_TEXTS));
const lengths: { name: string; micros: number }[] = bench.measureLengths([4_000], 100);
const question = lengths.find((figures) => !/crisis/i.test(figures.name))!;
const crisis = lengths.find((figures) => /crisis/i.test(figures.name))!;
const full = bench.measureFullContext(100);
const round = (value: number) => Math.round(value);
console.log(
  JSON.stringify({
    p50: round(alone.p50),
    p99: round(alone.p99),
    cpu: round(alone.cpuPerMessage),
    contextP50: round(withContext.p50),
    contextP99: round(withContext.p99),
    contextCpu: round(withContext.cpuPerMessage),
    question4000: round(question.micros),
    crisis4000: round(crisis.micros),
    largestContext: round(full.micros),
  }),
);
