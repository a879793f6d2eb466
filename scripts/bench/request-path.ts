// `npm run bench:request-path`: the bench's headline pair, `GET /health` and the mixed `POST /v1/answer`, on one
// server whose rate limiters count on the machine, alternated in short slices (health first in odd rounds,
// answers first in even ones) so that a burst of load from elsewhere on a shared machine falls on both. Prints
// the throughput ratio over all slices and workerd's CPU per request for each (docs/performance.md, "The request
// path"). `-- --rounds=8 --slice-ms=1000` to change the budget.
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { buildBundle } from "./bundle.ts";
import { seedCommunity } from "./community.ts";
import { type LoadRequest, type LoadResult, runLoad } from "./load.ts";
import { workerdCpuReader } from "./process-cpu.ts";
import { readWorkerSettings, serveBundle } from "./serve-bundle.ts";
import { answerRequest, HEALTH } from "./worker-http.ts";

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const rounds = option("rounds", 6);
const sliceMs = option("slice-ms", 1_000);

interface Totals {
  requests: number;
  seconds: number;
  cpuMicros: number;
}

const add = (totals: Totals, result: LoadResult) => {
  totals.requests += result.requests;
  totals.seconds += result.requests / result.perSecond;
  totals.cpuMicros += (result.serverCpuMicros ?? Number.NaN) * result.requests;
};

const loadAtStart = loadavg()[0]!;
const bundle = buildBundle();
try {
  const { url, mf } = await serveBundle(bundle.script, readWorkerSettings(), "machine-local");
  try {
    await seedCommunity(url);
    const serverCpu = workerdCpuReader();
    let issued = 0;
    const slice = (next: (index: number) => LoadRequest, durationMs = sliceMs) =>
      runLoad({ url, concurrency: 8, durationMs, next: () => next(issued++), serverCpu });
    const mixed = (index: number) => answerRequest(index, index % 2 === 0);
    await slice((index) => (index % 3 === 0 ? HEALTH : mixed(index)), 1_500);
    const health: Totals = { requests: 0, seconds: 0, cpuMicros: 0 };
    const answers: Totals = { requests: 0, seconds: 0, cpuMicros: 0 };
    for (let round = 0; round < rounds; round++) {
      const healthFirst = round % 2 === 0;
      if (healthFirst) add(health, await slice(() => HEALTH));
      add(answers, await slice(mixed));
      if (!healthFirst) add(health, await slice(() => HEALTH));
    }
    const perSecond = (totals: Totals) => totals.requests / totals.seconds;
    const cpu = (totals: Totals) => totals.cpuMicros / totals.requests;
    console.log(
      [
        `load average ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end; ${rounds} rounds of ${sliceMs} ms slices`,
        `GET /health      ${perSecond(health).toFixed(0)} requests/s, workerd CPU ${cpu(health).toFixed(0)} µs per request`,
        `POST /v1/answer  ${perSecond(answers).toFixed(0)} requests/s, workerd CPU ${cpu(answers).toFixed(0)} µs per request`,
        `answer/health: throughput ratio ${(perSecond(answers) / perSecond(health)).toFixed(2)}, CPU ratio ${(cpu(health) / cpu(answers)).toFixed(2)}`,
      ].join("\n"),
    );
  } finally {
    await mf.dispose();
  }
} finally {
  rmSync(bundle.directory, { recursive: true, force: true });
}
