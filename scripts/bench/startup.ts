import { writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { bundleModules } from "./bundle.ts";
import { type CpuProfile, openCpuProfiler } from "./cpu-profiler.ts";
import { type MiniflareInstance, startMiniflare } from "./miniflare.ts";
import { workerdCpuReader } from "./process-cpu.ts";
import { applyMigrations, BENCH_SECRETS, type WorkerSettings } from "./serve-bundle.ts";

/** What a fresh isolate spends, summed the way `wrangler check startup` sums its profile. */
export interface StartupSample {
  /** Importing the bundle (its module start-up): every sample but idle ones, garbage collection included. */
  startupMs: number;
  garbageCollectionMs: number;
  /** The isolate's first answer: code is compiled on first use, each regex on its first match. */
  firstAnswerMs: number;
}

const QUESTION = JSON.stringify({ text: "is it normal to feel nervous before my first therapy session?", platform: "discord", userId: "u1" });
const PROBE = `
export default {
  async fetch(request, env, ctx) {
    const { default: worker } = await import("./WORKER");
    return new URL(request.url).pathname === "/__started" ? new Response("started") : worker.fetch(request, env, ctx);
  },
};`;

/**
 * The Worker's module start-up in workerd, as `wrangler check startup` measures it: a fresh isolate
 * whose first request imports the bundle, under the V8 CPU profiler (sampling every 100 µs rather
 * than wrangler's 1 ms, for a finer sum); then its first answer, profiled the same way. Unlike
 * that command, the secrets are set, as when deployed.
 */
export async function profileStartup(script: string, settings: WorkerSettings, profileFile?: string): Promise<StartupSample> {
  const mf = await freshIsolate(script, settings, true);
  try {
    const profiler = await openCpuProfiler(mf, "startup", 100);
    try {
      const startup = await profiler.profile(() => request(mf, "/__started"));
      if (profileFile) writeFileSync(profileFile, JSON.stringify(startup));
      const firstAnswer = await profiler.profile(() => request(mf, "/v1/answer", QUESTION));
      return { ...activeTime(startup), firstAnswerMs: activeTime(firstAnswer).startupMs };
    } finally {
      profiler.close();
    }
  } finally {
    await mf.dispose();
  }
}

/**
 * The CPU time workerd's threads spend on a fresh isolate's module start-up, with no profiler attached (Linux's
 * /proc; undefined elsewhere). Unlike the profile's samples it counts no time spent waiting for a core, so it
 * compares two bundles on a loaded machine; it includes workerd's own work around the request (~1–2 ms).
 */
export async function startupCpuMs(script: string, settings: WorkerSettings): Promise<number | undefined> {
  const mf = await freshIsolate(script, settings, false);
  try {
    const cpu = workerdCpuReader();
    const before = cpu?.();
    await request(mf, "/__started");
    const after = cpu?.();
    return before === undefined || after === undefined ? undefined : (after - before) / 1000;
  } finally {
    await mf.dispose();
  }
}

/** A workerd whose Worker imports the bundle on its first request, with D1's simulator already started. */
async function freshIsolate(script: string, settings: WorkerSettings, inspector: boolean): Promise<MiniflareInstance> {
  const mf = await startMiniflare({
    name: "startup",
    compatibilityDate: settings.compatibilityDate,
    compatibilityFlags: settings.compatibilityFlags,
    modulesRoot: dirname(script),
    modules: [{ type: "ESModule", path: `${dirname(script)}/startup-probe.js`, contents: PROBE.replace("WORKER", basename(script)) }, ...bundleModules(script)],
    bindings: { ...settings.vars, ...BENCH_SECRETS },
    d1Databases: { DB: "startup" },
    ...(inspector ? { inspectorPort: 0 } : {}),
    handleStructuredLogs: () => undefined,
  });
  try {
    // D1's local simulator starts on its first query: start it now (it runs outside the Worker's isolate anyway).
    await applyMigrations(mf, settings.migrationsDir);
    return mf;
  } catch (error) {
    await mf.dispose();
    throw error;
  }
}

async function request(mf: MiniflareInstance, path: string, answerBody?: string): Promise<void> {
  const init = answerBody
    ? { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${BENCH_SECRETS.ANSWER_API_KEY}` }, body: answerBody }
    : {};
  const response = await mf.dispatchFetch(`http://startup.local${path}`, init);
  const body = await response.text();
  if (!response.ok) throw new Error(`${path} failed in a fresh isolate (${response.status}): ${body.slice(0, 500)}`);
}

function activeTime(profile: CpuProfile): { startupMs: number; garbageCollectionMs: number } {
  const names = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  let active = 0;
  let garbageCollection = 0;
  (profile.timeDeltas ?? []).forEach((delta, index) => {
    const name = names.get(profile.samples?.[index] ?? -1);
    if (name === "(idle)") return;
    active += delta;
    if (name === "(garbage collector)") garbageCollection += delta;
  });
  return { startupMs: active / 1000, garbageCollectionMs: garbageCollection / 1000 };
}
