import { CORPUS_TEXTS } from "./engine.ts";
import { BENCH_COMMUNITY, seedCommunity } from "./community.ts";
import { runLoad, type LoadRequest, type LoadResult } from "./load.ts";
import { workerdCpuReader } from "./process-cpu.ts";
import { BENCH_SECRETS, readWorkerSettings, serveBundle } from "./serve-bundle.ts";

export interface HttpOptions {
  /** Length of each timed phase. */
  phaseMs: number;
  /** Connections kept busy at once. */
  concurrency: number;
}

export interface HttpFigures {
  health: LoadResult;
  /** Adapters' requests, half of them for a community whose config is in D1: the headline. */
  answerMixed: LoadResult;
  answerNoCommunity: LoadResult;
  answerCommunity: LoadResult;
  /**
   * The mixed answers again, on a server without the Rate Limiting bindings (the Worker then skips its
   * checks): locally each check is a request to a Durable Object in the same workerd, which the server's
   * CPU figures include; Cloudflare's limiter is a separate service.
   */
  answerWithoutLimiter: LoadResult;
}

const HEALTH: LoadRequest = { method: "GET", path: "/health" };

/** An adapter's request: the i-th corpus message, from one of many users, in the bench community when asked. */
function answerRequest(index: number, inCommunity: boolean): LoadRequest {
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
export async function measureHttp(script: string, { phaseMs, concurrency }: HttpOptions): Promise<HttpFigures> {
  const settings = readWorkerSettings();
  const measured = async (rateLimits: boolean, measure: (phase: Phase) => Promise<Partial<HttpFigures>>) => {
    const { url, mf } = await serveBundle(script, settings, { rateLimits });
    try {
      await seedCommunity(url);
      const serverCpu = workerdCpuReader();
      const phase: Phase = (next, durationMs = phaseMs) => runLoad({ url, concurrency, durationMs, next, serverCpu });
      await phase((index) => (index % 3 === 0 ? HEALTH : answerRequest(index, index % 2 === 0)), Math.max(500, phaseMs / 2));
      return await measure(phase);
    } finally {
      await mf.dispose();
    }
  };
  const limited = await measured(true, async (phase) => ({
    health: await phase(() => HEALTH),
    answerMixed: await phase((index) => answerRequest(index, index % 2 === 0)),
    answerNoCommunity: await phase((index) => answerRequest(index, false)),
    answerCommunity: await phase((index) => answerRequest(index, true)),
  }));
  const unlimited = await measured(false, async (phase) => ({ answerWithoutLimiter: await phase((index) => answerRequest(index, index % 2 === 0)) }));
  return { ...limited, ...unlimited } as HttpFigures;
}

type Phase = (next: (index: number) => LoadRequest, durationMs?: number) => Promise<LoadResult>;
