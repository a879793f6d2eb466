import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildBundle } from "../../../scripts/bench/bundle.ts";
import { CRISIS_SENTENCE, longMessages, QUESTION } from "../../../scripts/bench/long-messages.ts";
import { formatReport, summaryLine } from "../../../scripts/bench/report.ts";
import { QUICK_BUDGET, runBench } from "../../../scripts/bench/run-bench.ts";
import { BENCH_SECRETS, readWorkerSettings, serveBundle } from "../../../scripts/bench/serve-bundle.ts";
import { quantile } from "../../../scripts/bench/stats.ts";

// `npm run bench`'s parts on a tiny budget: they must run and measure what they claim. No timings are
// asserted (a benchmark is not a test); only that every part produced its figures.
describe("npm run bench", () => {
  it("builds long messages of exactly the lengths asked, the question last, the crisis sentence inside", () => {
    for (const message of longMessages([100, 1_000, 4_000])) {
      expect(message.text.length).toBe(message.length);
      expect(message.text.endsWith(QUESTION)).toBe(true);
      expect(message.text.includes(CRISIS_SENTENCE)).toBe(message.expect === "crisis");
    }
    expect(longMessages([4_000]).map((message) => message.expect)).toEqual(["answer", "crisis"]);
  });

  it("takes quantiles by nearest rank", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.99)).toBe(4);
    expect(quantile([5], 0.01)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("measures the engine, the built Worker over HTTP, the bundle and a fresh isolate, and prints the summary line", async () => {
    const results = await runBench(QUICK_BUDGET);
    expect(results.corpus.messages).toBe(QUICK_BUDGET.texts.length);
    for (const row of results.lengths) expect(row.kind, `${row.name} at ${row.length}`).toBe(row.expect);
    for (const phase of Object.values(results.http)) {
      expect(phase.requests).toBeGreaterThan(0);
      expect(phase.failures).toEqual({});
    }
    expect(results.bundle.gzipBytes).toBeGreaterThan(10 * 1024);
    expect(results.startups).toHaveLength(1);
    expect(results.startups[0]!.startupMs).toBeGreaterThan(0);
    expect(summaryLine(results)).toMatch(
      /^engine p50 \d+ µs p99 \d+ µs per message; answer\/health throughput ratio \d+\.\d\d; bundle \d+\.\d KiB gzip; startup \d+\.\d ms$/,
    );
    expect(formatReport(results).join("\n")).toMatch(/start-up in workerd \(median\)\s+\d+\.\d ms\s+≤ 50 ms\s+(PASS|MISS)/);
  }, 120_000);

  it("binds wrangler.toml's limiters as counters in the Worker's process: past a limit of 1 a member's next question is refused", async () => {
    const bundle = buildBundle();
    const { url, mf } = await serveBundle(bundle.script, readWorkerSettings(), "machine-local", { limit: 1 });
    try {
      const ask = (userId: string) =>
        fetch(new URL("/v1/answer", url), {
          method: "POST",
          headers: { authorization: `Bearer ${BENCH_SECRETS.ANSWER_API_KEY}`, "content-type": "application/json" },
          body: JSON.stringify({ text: "why does my therapist say we?", platform: "discord", userId }),
        }).then((response) => response.status);
      expect(await ask("member-1")).toBe(200);
      expect(await ask("member-1")).toBe(429);
    } finally {
      await mf.dispose();
      rmSync(bundle.directory, { recursive: true, force: true });
    }
  }, 60_000);
});
