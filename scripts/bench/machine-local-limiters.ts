import { basename } from "node:path";

/**
 * An entry module for workerd that serves the bundle with its Rate Limiting bindings counted the way
 * Cloudflare counts them: "the underlying counters are cached on the same machine that your Worker runs
 * in, and updated asynchronously in the background" — a call to `limit()` waits on no network request
 * (https://developers.cloudflare.com/workers/runtime-apis/bindings/rate-limit/#performance, checked
 * 2026-11-22). Miniflare instead answers every call from a SQLite-backed Durable Object in the same
 * workerd, a request costing about 0.5 ms of CPU; the bench measures that separately.
 *
 * Each limiter keeps a fixed window of counts per key, as the binding's `simple` limits do.
 */
export function machineLocalLimitersEntry(script: string, limiters: readonly { name: string; limit: number; periodSeconds: number }[]): string {
  return `import worker from "./${basename(script)}";

class MachineLocalLimiter {
  #counts = new Map();
  #window = -1;
  constructor(limit, periodSeconds) {
    this.max = limit;
    this.periodMs = periodSeconds * 1000;
  }
  async limit({ key }) {
    const window = Math.floor(Date.now() / this.periodMs);
    if (window !== this.#window) {
      this.#counts.clear();
      this.#window = window;
    }
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    return { success: count <= this.max };
  }
}

const LIMITERS = Object.fromEntries(${JSON.stringify(limiters)}.map(({ name, limit, periodSeconds }) => [name, new MachineLocalLimiter(limit, periodSeconds)]));
let givenEnv;
let envWithLimiters;

export default {
  fetch(request, env, ctx) {
    if (env !== givenEnv) {
      givenEnv = env;
      envWithLimiters = { ...env, ...LIMITERS };
    }
    return worker.fetch(request, envWithLimiters, ctx);
  },
};
`;
}
