// `npm run load`: a bounded load test of the Worker as `npm start` runs it (wrangler's dev server, workerd,
// a fresh local D1), on loopback only. Virtual users send a mix of anonymous and adapter questions,
// signed Discord and Slack requests and health checks for LOAD_SECONDS (60) with LOAD_CONCURRENCY (32)
// in flight; every reply is checked (crisis messages must get crisis replies). Every second it samples
// the Worker's JavaScript heap (through the V8 inspector), the workerd process's resident memory and
// Node's. The run fails on any error or on growth of the Worker's heap. It stops by itself.
import { createHmac, createPrivateKey, sign } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { AnswerSchema } from "../shared/schemas/answer.ts";
import QUESTIONS from "../test/corpus/questions.json" with { type: "json" };
import TRIAGE from "../test/corpus/triage.json" with { type: "json" };
import DISCORD_KEYS from "../test/fixtures/discord-test-keys.json" with { type: "json" };
import { startWorker } from "../test/support/start-worker.ts";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 32);
const WARM_UP_SECONDS = Math.min(5, Math.max(1, Math.floor(SECONDS / 6)));
/** The Worker's live heap (after a full collection) may grow at most this much from the warm-up to the end. */
const MAX_HEAP_GROWTH_MIB = Number(process.env.LOAD_MAX_HEAP_GROWTH_MIB ?? 4);
const SECRETS = {
  ANSWER_API_KEY: "load-answer-key",
  ADMIN_TOKEN: "load-admin-token",
  HASH_SECRET: "load-hash-secret",
  DISCORD_PUBLIC_KEY: DISCORD_KEYS.signer.publicKey,
  SLACK_SIGNING_SECRET: "load-slack-signing-secret",
  SLACK_BOT_TOKEN: "xoxb-load",
};

// Whatever happens, the run ends: a hard stop well after its planned length.
const hardStop = setTimeout(
  () => {
    console.error(`Load test did not finish within ${SECONDS + 120} s; stopping.`);
    process.exit(2);
  },
  (SECONDS + 120) * 1_000,
);
hardStop.unref();

type Labelled = { text: string; expect?: string };
const crises = (TRIAGE as Labelled[]).filter((m) => m.expect === "crisis").map((m) => m.text);
const others = [...(QUESTIONS as Labelled[]).map((m) => m.text), ...(TRIAGE as Labelled[]).filter((m) => m.expect !== "crisis").map((m) => m.text)];
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const question = () => (Math.random() < 0.15 ? { text: pick(crises), crisis: true } : { text: pick(others), crisis: false });
const randomId = (digits: number) =>
  Array.from({ length: digits }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10))).join("");
const randomIp = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

// A loopback stand-in for Slack's Web API: Events API replies are posted here after the Worker's 200.
let slackPosts = 0;
const fakeSlack = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    slackPosts += 1;
    response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true,"ts":"1.1"}');
  });
});
await new Promise<void>((resolve) => fakeSlack.listen(0, "127.0.0.1", resolve));
const slackApi = `http://127.0.0.1:${(fakeSlack.address() as AddressInfo).port}/api`;

console.log(`Starting the Worker (wrangler dev, fresh local D1) …`);
const worker = await startWorker({ ...SECRETS, SLACK_API_BASE: slackApi }, { inspector: true });
const base = worker.url;
const discordKey = createPrivateKey({ key: DISCORD_KEYS.signer.privateKeyJwk, format: "jwk" });

const counts = { requests: 0, errors: 0, crisisChecked: 0, rateLimited: 0, slackEvents: 0 };
const byKind: Record<string, number> = {};
const failures: string[] = [];
const latencies: number[] = [];

function fail(what: string): void {
  counts.errors += 1;
  if (failures.length < 20) failures.push(what);
}

async function timed(kind: string, send: () => Promise<Response>, check: (response: Response) => Promise<string | null>): Promise<void> {
  const started = performance.now();
  counts.requests += 1;
  byKind[kind] = (byKind[kind] ?? 0) + 1;
  try {
    const response = await send();
    latencies.push(performance.now() - started);
    if (response.status === 429) counts.rateLimited += 1;
    const problem = await check(response);
    if (problem) fail(`${kind}: ${problem}`);
  } catch (error) {
    fail(`${kind}: ${error instanceof Error ? error.name : String(error)}`);
  }
}

async function answerCheck(response: Response, crisis: boolean): Promise<string | null> {
  if (response.status !== 200) return `status ${response.status}`;
  const parsed = AnswerSchema.safeParse(await response.json());
  if (!parsed.success) return "an answer that breaks the contract";
  if (crisis) {
    counts.crisisChecked += 1;
    if (parsed.data.kind !== "crisis" || parsed.data.resources.length === 0) return "a crisis message without a crisis reply";
  }
  return null;
}

const allSteps: [string, number, () => Promise<void>][] = [
  [
    "anonymous",
    45,
    () => {
      const q = question();
      return timed(
        "anonymous",
        () => post("/v1/answer", { text: q.text, platform: "web", locale: "en-US" }, { "cf-connecting-ip": randomIp() }),
        (r) => answerCheck(r, q.crisis),
      );
    },
  ],
  [
    "adapter",
    20,
    () => {
      const q = question();
      const body = { text: q.text, platform: "discord", communityId: randomId(18).slice(0, 3), userId: `u${randomId(12)}` };
      return timed(
        "adapter",
        () => post("/v1/answer", body, { authorization: `Bearer ${SECRETS.ANSWER_API_KEY}` }),
        (r) => answerCheck(r, q.crisis),
      );
    },
  ],
  [
    "discord",
    12,
    () => {
      const q = question();
      const interaction = {
        id: randomId(18),
        application_id: "1",
        token: "t",
        version: 1,
        type: 2,
        guild_id: `9${randomId(17)}`.slice(0, 4),
        channel_id: randomId(18),
        locale: "en-GB",
        member: { user: { id: randomId(18) } },
        data: { id: "1", name: "ask", type: 1, options: [{ name: "question", type: 3, value: q.text }] },
      };
      const body = JSON.stringify(interaction);
      const timestamp = String(Math.floor(Date.now() / 1_000));
      const signature = sign(null, Buffer.from(timestamp + body), discordKey).toString("hex");
      return timed(
        "discord /ask",
        () =>
          fetch(`${base}/discord/interactions`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-signature-ed25519": signature, "x-signature-timestamp": timestamp },
            body,
          }),
        async (r) => {
          if (r.status !== 200) return `status ${r.status}`;
          const reply = (await r.json()) as { type: number; data?: { content?: string; embeds?: { fields: unknown[] }[] } };
          if (reply.type !== 4 || !reply.data?.content) return "no message";
          if (q.crisis) {
            counts.crisisChecked += 1;
            if (!reply.data.embeds?.[0]?.fields.length) return "a crisis message without resources";
          }
          return null;
        },
      );
    },
  ],
  [
    "slack-ask",
    12,
    () => {
      const q = question();
      const body = new URLSearchParams({
        team_id: `T${randomId(3)}`,
        channel_id: `C${randomId(8)}`,
        user_id: `U${randomId(9)}`,
        command: "/ask",
        text: q.text,
        response_url: "https://hooks.slack.com/x",
        trigger_id: "1",
      }).toString();
      return timed(
        "slack /ask",
        () => slackPost("/slack/commands", body, "application/x-www-form-urlencoded"),
        async (r) => {
          if (r.status !== 200) return `status ${r.status}`;
          const reply = (await r.json()) as { text?: string; blocks?: unknown[] };
          if (!reply.text || !reply.blocks?.length) return "no message";
          if (q.crisis) {
            counts.crisisChecked += 1;
            if (!/findahelpline|988|\d{3}/.test(JSON.stringify(reply.blocks))) return "a crisis message without resources";
          }
          return null;
        },
      );
    },
  ],
  [
    "slack-event",
    6,
    () => {
      const q = question();
      const event = {
        type: "app_mention",
        user: `U${randomId(9)}`,
        text: `<@UALLIANCE> ${q.text}`,
        channel: `C${randomId(8)}`,
        ts: "1700000000.000100",
        team: `T${randomId(3)}`,
      };
      const body = JSON.stringify({
        type: "event_callback",
        team_id: event.team,
        event_id: `Ev${randomId(14)}`,
        event,
        authorizations: [{ user_id: "UALLIANCE" }],
      });
      counts.slackEvents += 1;
      return timed(
        "slack event",
        () => slackPost("/slack/events", body, "application/json"),
        async (r) => (r.status === 200 ? null : `status ${r.status}`),
      );
    },
  ],
  [
    "health",
    5,
    () =>
      timed(
        "health",
        () => fetch(`${base}/health`),
        async (r) => (r.status === 200 && ((await r.json()) as { status: string }).status === "ok" ? null : `status ${r.status}`),
      ),
  ],
];
/** LOAD_MIX=anonymous,health (for instance) runs only those kinds of request, to find where a cost comes from. */
const mix = process.env.LOAD_MIX?.split(",").map((name) => name.trim());
const steps = allSteps.filter(([name]) => !mix || mix.includes(name)).map(([, weight, step]) => [weight, step] as const);
if (steps.length === 0) throw new Error(`LOAD_MIX names none of ${allSteps.map(([name]) => name).join(", ")}`);
const totalWeight = steps.reduce((sum, [weight]) => sum + weight, 0);

function post(path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

function slackPost(path: string, body: string, contentType: string): Promise<Response> {
  const timestamp = String(Math.floor(Date.now() / 1_000));
  const signature = `v0=${createHmac("sha256", SECRETS.SLACK_SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": contentType, "x-slack-request-timestamp": timestamp, "x-slack-signature": signature },
    body,
  });
}

function nextStep(): () => Promise<void> {
  let roll = Math.random() * totalWeight;
  for (const [weight, step] of steps) if ((roll -= weight) < 0) return step;
  return steps[0]![1];
}

/** The resident memory of the workerd processes this run started (children of this Node process). */
function workerdPids(): number[] {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      names.set(Number(entry), stat.slice(stat.indexOf("(") + 1, close));
      parents.set(Number(entry), Number(stat.slice(close + 2).split(" ")[1]));
    } catch {
      // The process ended while being read.
    }
  }
  const descends = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) if (at === process.pid) return true;
    return false;
  };
  return [...names].filter(([pid, name]) => name.startsWith("workerd") && descends(pid)).map(([pid]) => pid);
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.replace(/\D+/g, "") ?? 0) / 1_024;
}

/**
 * The Worker isolate's JavaScript heap over the V8 inspector: `usedMiB` as it stands, `liveMiB` after a
 * full collection (taking a heap snapshot collects first; the inspector offers no other way here).
 */
async function connectHeapReader(inspectorUrl: string): Promise<{ usedMiB(): Promise<number>; liveMiB(): Promise<number>; close(): void }> {
  const [target] = (await (await fetch(`${inspectorUrl}/json`)).json()) as { webSocketDebuggerUrl: string }[];
  // The inspector proxy accepts DevTools' origin only.
  const InitWebSocket = WebSocket as unknown as new (url: string, init: { headers: Record<string, string> }) => WebSocket;
  const socket = new InitWebSocket(target!.webSocketDebuggerUrl, { headers: { Origin: "https://devtools.devprod.cloudflare.dev" } });
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve);
    socket.addEventListener("error", reject);
  });
  const waiting = new Map<number, (result: { usedSize?: number }) => void>();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: { usedSize?: number } };
    // The snapshot's completion comes back without a result; any message with the id ends the call.
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? {});
  });
  let next = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      next += 1;
      waiting.set(next, resolve);
      socket.send(JSON.stringify({ id: next, method, params }));
    });
  const usedMiB = async () => ((await call("Runtime.getHeapUsage")).usedSize ?? 0) / 1_048_576;
  await call("HeapProfiler.enable");
  return {
    usedMiB,
    async liveMiB() {
      await call("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
      return usedMiB();
    },
    close: () => socket.close(),
  };
}

const heap = await connectHeapReader(worker.inspectorUrl!);
const pids = workerdPids();
if (pids.length === 0) throw new Error("Could not find the workerd process this run started.");
const samples: { second: number; workerHeap: number; workerd: number; nodeRss: number; nodeHeap: number }[] = [];
const started = Date.now();
const sampler = setInterval(async () => {
  const memory = process.memoryUsage();
  const second = Math.round((Date.now() - started) / 1_000);
  const workerd = pids.reduce((sum, pid) => sum + rssMiB(pid), 0);
  samples.push({ second, workerHeap: await heap.usedMiB(), workerd, nodeRss: memory.rss / 1_048_576, nodeHeap: memory.heapUsed / 1_048_576 });
}, 1_000);

console.log(`Load: ${CONCURRENCY} in flight for ${SECONDS} s against ${base} (workerd pid ${pids.join(", ")}) …`);
/**
 * The Worker's live heap after a full collection, taken between stretches of load (a snapshot waits for
 * an idle isolate): after the warm-up, half-way, and at the end.
 */
const live: { second: number; mib: number }[] = [];
const snapshot = async () => live.push({ second: Math.round((Date.now() - started) / 1_000), mib: await heap.liveMiB() });
async function loadFor(seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1_000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) await nextStep()();
    }),
  );
}
await loadFor(WARM_UP_SECONDS);
await snapshot();
const half = (SECONDS - WARM_UP_SECONDS) / 2;
await loadFor(half);
await snapshot();
await loadFor(half);
clearInterval(sampler);
const elapsed = (Date.now() - started) / 1_000;

// Events are answered after the 200: wait for every reply to reach the fake Slack.
const drainUntil = Date.now() + 15_000;
while (slackPosts < counts.slackEvents && Date.now() < drainUntil) await new Promise((resolve) => setTimeout(resolve, 100));
if (slackPosts !== counts.slackEvents) fail(`slack events: ${counts.slackEvents} sent, ${slackPosts} replies posted`);

// Healthy afterwards, and still right.
const health = await fetch(`${base}/health`);
if (health.status !== 200) fail(`health afterwards: ${health.status}`);
const after = AnswerSchema.safeParse(await (await post("/v1/answer", { text: "why does my therapist say we", platform: "api" }, {})).json());
if (!after.success || after.data.topic !== "we-in-therapy") fail("a normal answer afterwards is wrong");

await snapshot();
heap.close();
await worker.stop();
await new Promise<void>((resolve) => fakeSlack.close(() => resolve()));

const steady = samples.filter((s) => s.second > WARM_UP_SECONDS);
const quarter = Math.max(1, Math.floor(steady.length / 4));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const first = steady.slice(0, quarter);
const last = steady.slice(-quarter);
const heapGrowth = (live.at(-1)?.mib ?? 0) - (live[0]?.mib ?? 0);
const sorted = [...latencies].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const mib = (value: number) => `${value.toFixed(1)} MiB`;
const series = (pick: (s: (typeof steady)[number]) => number) =>
  steady
    .filter((_, i) => i % Math.max(1, Math.floor(steady.length / 30)) === 0)
    .map((s) => pick(s).toFixed(0))
    .join(" ");

console.log(`
requests          ${counts.requests} in ${elapsed.toFixed(1)} s (${(counts.requests / elapsed).toFixed(0)}/s), ${CONCURRENCY} in flight
by kind           ${Object.entries(byKind)
  .map(([kind, n]) => `${kind} ${n}`)
  .join(", ")}
crisis replies    ${counts.crisisChecked} crisis messages, each answered with resources
slack events      ${counts.slackEvents} sent, ${slackPosts} replies posted
errors            ${counts.errors}${counts.rateLimited ? ` (${counts.rateLimited} rate-limited)` : ""}
latency           p50 ${percentile(50).toFixed(1)} ms, p95 ${percentile(95).toFixed(1)} ms, p99 ${percentile(99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1) ?? 0} ms
Worker JS heap    live after a full collection ${live.map((l) => `${mib(l.mib)} at ${l.second} s`).join(", ")}: growth ${mib(heapGrowth)}; in use ${mib(median(first.map((s) => s.workerHeap)))} → ${mib(median(last.map((s) => s.workerHeap)))} (quarter medians)
workerd RSS       ${mib(median(first.map((s) => s.workerd)))} → ${mib(median(last.map((s) => s.workerd)))} (quarter medians; the local runtime's own, see docs/reliability.md)
Node RSS / heap   ${mib(median(first.map((s) => s.nodeRss)))} → ${mib(median(last.map((s) => s.nodeRss)))} / ${mib(median(first.map((s) => s.nodeHeap)))} → ${mib(median(last.map((s) => s.nodeHeap)))}
heap samples      ${series((s) => s.workerHeap)} (MiB, after ${WARM_UP_SECONDS} s warm-up)
workerd samples   ${series((s) => s.workerd)} (MiB)`);
for (const failure of failures) console.log(`  ✗ ${failure}`);

const ok = counts.errors === 0 && heapGrowth <= MAX_HEAP_GROWTH_MIB;
console.log(
  ok
    ? "\nOK: zero errors, and the Worker's heap did not grow."
    : `\nFAILED: ${counts.errors} errors, Worker heap growth ${mib(heapGrowth)} (limit ${MAX_HEAP_GROWTH_MIB} MiB).`,
);
process.exit(ok ? 0 : 1);
