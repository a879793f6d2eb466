// `npx node scripts/bench/regexp-budget.ts [checkout]`: whether a checkout's engine leaves V8 room to optimise regular
// expressions. A probe pattern, new each time (a Boyer–Moore-friendly alternation no text here matches), is compiled and
// timed on the 4,000-character question in a fresh process, after the corpus, and after the corpus with contexts. Past
// 16 MB of executable memory V8 compiles new patterns without optimisations (docs/performance.md, "Cue patterns'
// machine code"): the probe then takes several times as long. Also prints the code space (MB) at each step.
import { resolve } from "node:path";
import { getHeapSpaceStatistics } from "node:v8";
import { storyWithQuestion } from "./long-messages.ts";

const [checkout = resolve(import.meta.dirname, "../..")] = process.argv.slice(2);
const bench = await import(resolve(checkout, "scripts/bench/engine.ts"));
const { DEFAULT_CONFIG } = await import(resolve(checkout, "shared/schemas/community-config.ts"));
const text = storyWithQuestion(4_000).toLowerCase();

function codeMegabytes(): string {
  let total = 0;
  for (const space of getHeapSpaceStatistics()) if (space.space_name.startsWith("code")) total += space.space_size;
  return (total / 1e6).toFixed(1);
}

function probeMicros(tag: string): string {
  const pattern = new RegExp(String.raw`\b(?:zebra${tag}|quagga|okapi|narwhal) (?:grazing|swimming)\b`);
  for (let run = 0; run < 3; run++) pattern.test(text);
  const started = process.hrtime.bigint();
  for (let run = 0; run < 2_000; run++) pattern.test(text);
  return (Number(process.hrtime.bigint() - started) / 2_000 / 1_000).toFixed(1);
}

console.log(`fresh process: probe ${probeMicros("a")} µs, code ${codeMegabytes()} MB`);
bench.measureCorpus(bench.CORPUS_TEXTS, 2);
console.log(`after the corpus: probe ${probeMicros("b")} µs, code ${codeMegabytes()} MB`);
bench.measureCorpus(bench.CORPUS_TEXTS, 2, DEFAULT_CONFIG, bench.contextsFor(bench.CORPUS_TEXTS));
console.log(`after the corpus with contexts: probe ${probeMicros("c")} µs, code ${codeMegabytes()} MB`);
