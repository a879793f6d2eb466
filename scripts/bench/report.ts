import { basename } from "node:path";
import type { Bundle } from "./bundle.ts";
import type { CorpusFigures, FullContextFigures, LengthFigures } from "./engine.ts";
import type { LoadResult } from "./load.ts";
import { BENCH_RATE_LIMIT } from "./serve-bundle.ts";
import type { StartupSample } from "./startup.ts";
import { median } from "./stats.ts";
import type { HttpFigures } from "./worker-http.ts";

/** The issue's targets (#8). */
export const TARGETS = { engineP99Micros: 300, throughputRatio: 0.5, bundleGzipKiB: 2_048, startupMs: 50 } as const;

export interface BenchResults {
  machine: string;
  runtime: string;
  corpus: CorpusFigures;
  /** The same with a community's 30 custom answers to search as well. */
  corpusCustom: CorpusFigures;
  /** Each corpus message with the five before it as `context` (docs/conversations.md). */
  corpusContext: CorpusFigures;
  fullContext: FullContextFigures;
  lengths: LengthFigures[];
  http: HttpFigures;
  httpOptions: { phaseMs: number; concurrency: number };
  bundle: Bundle;
  /** Fresh isolates, in run order. */
  startups: StartupSample[];
}

export const throughputRatio = (http: HttpFigures) => http.answerMixed.perSecond / http.health.perSecond;
const medianOf = (samples: readonly StartupSample[], pick: (sample: StartupSample) => number) => median(samples.map(pick));
export const startupMs = (results: BenchResults) => medianOf(results.startups, (sample) => sample.startupMs);
const kib = (bytes: number) => bytes / 1024;
const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");
const fixed = (value: number, digits = 0) => value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The line the issue fixes: `engine p50 <µs> p99 <µs> per message; answer/health throughput ratio <r>; bundle <KiB> gzip; startup <ms>`. */
export function summaryLine(results: BenchResults): string {
  const { corpus, http, bundle } = results;
  return (
    `engine p50 ${corpus.p50.toFixed(0)} µs p99 ${corpus.p99.toFixed(0)} µs per message; ` +
    `answer/health throughput ratio ${throughputRatio(http).toFixed(2)}; ` +
    `bundle ${kib(bundle.gzipBytes).toFixed(1)} KiB gzip; startup ${startupMs(results).toFixed(1)} ms`
  );
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)));
  return rows.map((row) => `  ${line(row).join("  ").trimEnd()}`);
}

function corpusRow(name: string, figures: CorpusFigures): string[] {
  return [name, String(figures.rounds), fixed(figures.p50), fixed(figures.p99), fixed(figures.max), fixed(figures.pooledP99), fixed(figures.cpuPerMessage)];
}

function httpRow(name: string, result: LoadResult): string[] {
  const failures = Object.entries(result.failures)
    .map(([status, count]) => `${count}×${status}`)
    .join(" ");
  return [
    name,
    fixed(result.requests),
    fixed(result.perSecond),
    result.p50Ms.toFixed(2),
    result.p99Ms.toFixed(2),
    result.serverCpuMicros === undefined ? "n/a" : fixed(result.serverCpuMicros),
    fixed(result.clientCpuMicros),
    failures || "none",
  ];
}

export function formatReport(results: BenchResults): string[] {
  const { corpus, corpusCustom, corpusContext, fullContext, lengths, http, httpOptions, bundle, startups } = results;
  const ratio = throughputRatio(http);
  const startup = startupMs(results);
  const perHealth = (result: LoadResult) => (result.perSecond / http.health.perSecond).toFixed(2);
  return [
    `Machine: ${results.machine}`,
    `Worker runtime: ${results.runtime}`,
    "",
    ...table([
      ["figure", "value", "target", ""],
      ["engine p50 per message (median of each message's runs)", `${fixed(corpus.p50)} µs`, "", ""],
      ["engine p99 per message", `${fixed(corpus.p99)} µs`, `≤ ${TARGETS.engineP99Micros} µs`, verdict(corpus.p99 <= TARGETS.engineP99Micros)],
      [
        "answer/health throughput (adapters, half with a community)",
        ratio.toFixed(2),
        `≥ ${TARGETS.throughputRatio}`,
        verdict(ratio >= TARGETS.throughputRatio),
      ],
      [
        "bundle, minified, gzip",
        `${kib(bundle.gzipBytes).toFixed(1)} KiB`,
        `≤ ${TARGETS.bundleGzipKiB} KiB`,
        verdict(kib(bundle.gzipBytes) <= TARGETS.bundleGzipKiB),
      ],
      ["start-up in workerd (median)", `${startup.toFixed(1)} ms`, `≤ ${TARGETS.startupMs} ms`, verdict(startup <= TARGETS.startupMs)],
    ]),
    "",
    `Engine, in-process and warm: ${fixed(corpus.messages)} messages (both corpora) after a warm-up; µs per message`,
    ...table([
      ["", "rounds", "p50", "p99", "max", "p99 of every call", "CPU per message"],
      corpusRow("built-in topics", corpus),
      corpusRow("with 30 custom answers", corpusCustom),
      corpusRow("with five earlier messages as context", corpusContext),
    ]),
    `  The largest context (five ${fixed(fullContext.contextLength)}-character messages, a ${fixed(fullContext.messageLength)}-character question): ` +
      `${fixed(fullContext.micros)} µs, ${fixed(fullContext.aloneMicros)} µs without the context (reply: ${fullContext.kind})`,
    "",
    "Engine by message length (median of repeated runs)",
    ...table([
      ["message", "characters", "reply", "µs", "µs per 1,000 characters"],
      ...lengths.map((row) => [
        row.name,
        fixed(row.length),
        row.kind === row.expect ? row.kind : `${row.kind} (expected ${row.expect}!)`,
        fixed(row.micros),
        fixed((row.micros * 1000) / row.length),
      ]),
    ]),
    "",
    `Worker in workerd on loopback: ${httpOptions.concurrency} keep-alive connections, ${(httpOptions.phaseMs / 1000).toFixed(1)} s per phase after a warm-up`,
    ...table([
      ["request", "requests", "per second", "p50 ms", "p99 ms", "server CPU µs/req", "client CPU µs/req", "not 200"],
      httpRow("GET /health", http.health),
      httpRow("POST /v1/answer, half with a community", http.answerMixed),
      httpRow("POST /v1/answer, no community", http.answerNoCommunity),
      httpRow("POST /v1/answer, community config in D1", http.answerCommunity),
      httpRow("POST /v1/answer, half with a community, Miniflare's limiters", http.answerMiniflareLimiter),
      httpRow("POST /v1/answer, half with a community, no limiters", http.answerWithoutLimiter),
    ]),
    `  answer/health: ${ratio.toFixed(2)} mixed, ${perHealth(http.answerNoCommunity)} without a community, ${perHealth(http.answerCommunity)} with one; ` +
      `mixed: ${perHealth(http.answerMiniflareLimiter)} with Miniflare's limiters, ${perHealth(http.answerWithoutLimiter)} with none bound`,
    `  Every limit of wrangler.toml is bound (limits of ${fixed(BENCH_RATE_LIMIT)}, so nothing is refused), counted in the Worker's process as`,
    "  Cloudflare counts on the Worker's machine; Miniflare's limiters make each check a Durable Object request in the same workerd.",
    "",
    `Bundle (wrangler deploy --dry-run): ${kib(bundle.bytes).toFixed(1)} KiB minified, ${kib(bundle.gzipBytes).toFixed(1)} KiB gzip, every module gzipped alone ` +
      `(${bundle.modules.map((module) => `${basename(module.path).replace(/^[0-9a-f]{40}-/, "")} ${kib(module.gzipBytes).toFixed(1)}`).join(", ")})`,
    `Fresh isolates (V8 profiler in workerd, every sample but idle; median of ${startups.length}): start-up ${startup.toFixed(1)} ms ` +
      `(garbage collection ${medianOf(startups, (sample) => sample.garbageCollectionMs).toFixed(1)} ms; runs ${startups.map((sample) => sample.startupMs.toFixed(1)).join(", ")}), ` +
      `then its first answer ${medianOf(startups, (sample) => sample.firstAnswerMs).toFixed(1)} ms`,
  ];
}
