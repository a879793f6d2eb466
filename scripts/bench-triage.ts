// `npm run bench:triage`: CPU time of normalise + triage per message, over the labelled corpus and
// 4,000-character messages (the API's maximum). Not a test: timings depend on the machine.
import { normalise } from "../functions/engine/normalise/normalise.ts";
import { triage } from "../functions/engine/triage/triage.ts";
import corpus from "../test/corpus/triage.json" with { type: "json" };
import type { TriageCase } from "../test/eval/triage-evaluation.ts";

const MAX = 4_000;
const cases = corpus as TriageCase[];
const texts = (filter: (entry: TriageCase) => boolean) => cases.filter(filter).map((entry) => entry.text);
const fill = (parts: readonly string[], separator = " ") => {
  let text = "";
  for (let index = 0; text.length < MAX; index++) text += parts[index % parts.length] + separator;
  return text.slice(0, MAX);
};

const longMessages: Record<string, string> = {
  "therapy story (plain prose)": fill(texts((entry) => entry.category === "long_benign" || entry.category === "therapy_relationship")),
  "hard negatives back to back": fill(texts((entry) => entry.expect === "benign"), ". "),
  "crisis disclosures back to back": fill(texts((entry) => entry.expect === "crisis"), ". "),
  "one run-on sentence": fill(["my friend said she is fine and my dad is calm and i took my meds"], ", "),
  "single letters spaced out": fill(["a"], " "),
  "obfuscated and marked up": fill(texts((entry) => entry.category === "obfuscated"), "\n"),
};

/** Microseconds of CPU per call: the fastest of several batches, so other processes' noise is left out. */
function cpuMicros(text: string, batch: number): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.cpuUsage();
    for (let index = 0; index < batch; index++) triage(normalise(text));
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / batch);
  }
  return best;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

// Warm-up: V8 tiers regular expressions up to native code only after they have run a while.
for (const text of cases.map((entry) => entry.text)) triage(normalise(text));
for (const text of Object.values(longMessages)) for (let round = 0; round < 50; round++) triage(normalise(text));
const corpusTimes = cases.map((entry) => cpuMicros(entry.text, 20)).sort((a, b) => a - b);
console.log(`Corpus (${cases.length} messages, median ${quantile(cases.map((entry) => entry.text.length).sort((a, b) => a - b), 0.5)} characters):`);
console.log(`  p50 ${quantile(corpusTimes, 0.5).toFixed(1)} µs   p90 ${quantile(corpusTimes, 0.9).toFixed(1)} µs   p99 ${quantile(corpusTimes, 0.99).toFixed(1)} µs   max ${corpusTimes[corpusTimes.length - 1]!.toFixed(1)} µs`);
console.log(`\n${MAX}-character messages:`);
for (const [name, text] of Object.entries(longMessages)) console.log(`  ${name.padEnd(34)} ${cpuMicros(text, 10).toFixed(0).padStart(5)} µs`);
