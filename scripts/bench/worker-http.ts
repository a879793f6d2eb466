import { writeFileSync } from "node:fs";
import { BENCH_COMMUNITY, seedCommunity } from "./community.ts";
import { type CpuProfile, openCpuProfiler } from "./cpu-profiler.ts";
import { CORPUS_TEXTS } from "./engine.ts";
import { type LoadRequest, type LoadResult, runLoad } from "./load.ts";
import type { MiniflareInstance } from "./miniflare.ts";
import { workerdCpuReader } from "./process-cpu.ts";
import { BENCH_SECRETS, type Limiters, readWorkerSettings, serveBundle, WORKER_NAME } from "./serve-bundle.ts";

export interface HttpOptions {
  /** Length of each timed phase. */
  phaseMs: number;
  /** Connections kept busy at once. */
  concurrency: number;
  /** Where to write a V8 profile of the Worker answering under load (open it in Chrome DevTools), if anywhere. */
  answerProfile?: string;
}

/** Measured on a server whose rate limiters count on the machine, as Cloudflare's do, unless named otherwise. */
export interface HttpFigures {
  health: LoadResult;
  /** Adapters' requests, half of them for a community whose config is in D1: the headline. */
  answerMixed: LoadResult;
  answerNoCommunity: LoadResult;
  answerCommunity: LoadResult;
  /** The mixed answers on a server whose limiters are Miniflare's simulator (a Durable Object request per check). */
  answerMiniflareLimiter: LoadResult;
  /** The mixed answers on a server without the Rate Limiting bindings (the Worker then skips its checks). */
  answerWithoutLimiter: LoadResult;
}

export const HEALTH: LoadRequest = { method: "GET", path: "/health" };

/** An adapter's request: the i-th corpus message, from one of many users, in the bench community when asked. */
export function answerRequest(index: number, inCommunity: boolean): LoadRequest {
  const body = {
    text: CORPUS_TEXTS[(index * 7919) % CORPUS_TEXTS.length],
    platform: "discord",
    locale: "en-GB",
    userId: `bench-user-${index}`,
    ...(inCommunity ? { communityId: BENCH_COMMUNITY.communityId } : {}),
  };
  return {
    method: "POST",
    path: "/v1/answer",
    headers: { authorization: `Bearer ${BENCH_SECRETS.ANSWER_API_KEY}`, "content-type": "application/json" },
    body: Buffer.from(JSON.stringify(body)),
  };
}

/**
 * The built bundle served by workerd on loopback; after a warm-up, `GET /health` and `POST /v1/answer`
 * each loaded for `phaseMs` at the same concurrency, on the same server, in this one run.
 */
export async function measureHttp(script: string, { phaseMs, concurrency, answerProfile }: HttpOptions): Promise<HttpFigures> {
  const settings = readWorkerSettings();
  const measured = async (limiters: Limiters, measure: (phase: Phase, mf: MiniflareInstance) => Promise<Partial<HttpFigures>>) => {
    const { url, mf } = await serveBundle(script, settings, limiters, { inspector: limiters === "machine-local" && answerProfile !== undefined });
    try {
      await seedCommunity(url);
      const serverCpu = workerdCpuReader();
      const phase: Phase = (next, durationMs = phaseMs) => runLoad({ url, concurrency, durationMs, next, serverCpu });
      await phase((index) => (index % 3 === 0 ? HEALTH : answerRequest(index, index % 2 === 0)), Math.max(500, phaseMs / 2));
      return await measure(phase, mf);
    } finally {
      await mf.dispose();
    }
  };
  const mixed = (index: number) => answerRequest(index, index % 2 === 0);
  const headline = await measured("machine-local", async (phase, mf) => {
    const figures = {
      health: await phase(() => HEALTH),
      answerMixed: await phase(mixed),
      answerNoCommunity: await phase((index) => answerRequest(index, false)),
      answerCommunity: await phase((index) => answerRequest(index, true)),
    };
    if (answerProfile) writeFileSync(answerProfile, JSON.stringify(await profiled(mf, () => phase(mixed))));
    return figures;
  });
  const simulated = await measured("miniflare", async (phase) => ({ answerMiniflareLimiter: await phase(mixed) }));
  const unlimited = await measured("none", async (phase) => ({ answerWithoutLimiter: await phase(mixed) }));
  return { ...headline, ...simulated, ...unlimited } as HttpFigures;
}

type Phase = (next: (index: number) => LoadRequest, durationMs?: number) => Promise<LoadResult>;

/** A V8 CPU profile of the Worker's isolate (a sample every 50 µs) while `load` runs. */
async function profiled(mf: MiniflareInstance, load: () => Promise<unknown>): Promise<CpuProfile> {
  const profiler = await openCpuProfiler(mf, WORKER_NAME, 50);
  try {
    return await profiler.profile(load);
  } finally {
    profiler.close();
  }
}
