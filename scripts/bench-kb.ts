// `npm run bench:kb`: the knowledge base's size (raw and gzip) and how long the engine takes per message
// over the evaluation corpus. A benchmark, not a test: the figures vary by machine.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { GENERATED_MODULE } from "./kb/read-topics.ts";

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const source = readFileSync(GENERATED_MODULE);
console.log(`${GENERATED_MODULE}: ${kib(source.length)} raw, ${kib(gzipSync(source, { level: 9 }).length)} gzip`);

// What the Worker does at start-up with it: parse and evaluate one object literal (types already stripped).
const javascript = source
  .toString()
  .replace(/^import type .*$/m, "")
  .replace("export const KNOWLEDGE_BASE: KnowledgeBase =", "return");
let started = performance.now();
new Function(javascript)();
console.log(`parsing and evaluating it as JavaScript (once per isolate): ${(performance.now() - started).toFixed(2)} ms`);
const { KNOWLEDGE_BASE } = await import("../functions/knowledge/generated/knowledge-base.ts");
const texts = JSON.stringify(KNOWLEDGE_BASE.topics);
const index = JSON.stringify(KNOWLEDGE_BASE.index);
console.log(`  answers ${kib(texts.length)} (${kib(gzipSync(texts).length)} gzip), index ${kib(index.length)} (${kib(gzipSync(index).length)} gzip),`);
console.log(`  ${Object.keys(KNOWLEDGE_BASE.index.postings).length} index terms over ${KNOWLEDGE_BASE.topics.length} topics`);

const { answerMessage } = await import("../functions/engine/answer-message.ts");
const { DEFAULT_CONFIG } = await import("../shared/schemas/community-config.ts");
const corpus = JSON.parse(readFileSync("test/corpus/questions.json", "utf8")) as { text: string }[];
const custom = {
  ...DEFAULT_CONFIG,
  customAnswers: Array.from({ length: 30 }, (_, i) => ({
    id: `answer-${i}`,
    title: `Community answer number ${i}`,
    answer: "A moderator's answer.",
    sampleQuestions: Array.from({ length: 10 }, (_, j) => `where do I find community thing ${i} part ${j}?`),
  })),
};

started = performance.now();
answerMessage({ text: "first question" }, { config: custom });
console.log(`indexing 30 custom answers on first use: ${(performance.now() - started).toFixed(2)} ms`);

for (const [label, config] of [["built-in topics only", DEFAULT_CONFIG], ["with 30 custom answers (the maximum)", custom]] as const) {
  for (const { text } of corpus) answerMessage({ text }, { config }); // warm up
  const times: number[] = [];
  const best = corpus.map(() => Infinity);
  for (let round = 0; round < 5; round++) {
    corpus.forEach(({ text }, i) => {
      started = performance.now();
      answerMessage({ text }, { config });
      const time = performance.now() - started;
      times.push(time);
      best[i] = Math.min(best[i]!, time);
    });
  }
  const at = (values: number[], q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!.toFixed(3);
  times.sort((a, b) => a - b);
  best.sort((a, b) => a - b);
  const mean = (times.reduce((sum, time) => sum + time, 0) / times.length).toFixed(3);
  console.log(`per message, ${label}: mean ${mean} ms, p50 ${at(times, 0.5)} ms, p95 ${at(times, 0.95)} ms, p99 ${at(times, 0.99)} ms, max ${at(times, 1)} ms (${times.length} runs)`);
  // Each message's fastest run leaves out garbage collection and a busy machine: the engine's own cost.
  console.log(`  each message's best of 5: p50 ${at(best, 0.5)} ms, p99 ${at(best, 0.99)} ms, max ${at(best, 1)} ms`);
}
