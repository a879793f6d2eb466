import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { logFault } from "../../functions/log.ts";
import { postForm, signIn } from "../support/worker/admin-session.ts";
import { brokenD1, postInteractionWith, postJsonWith, withRealLimits } from "../support/worker/bindings.ts";
import { ADAPTER, createCommunity, uniqueId } from "../support/worker/communities-support.ts";
import { buttonInteraction, commandInteraction, nowTimestamp, postInteractionRaw } from "../support/worker/discord-interactions.ts";
import { fetchWorker, postJson } from "../support/worker/fetch-worker.ts";
import { eventBody, form, postSlack } from "../support/worker/slack.ts";

/** The fake Slack API refuses posts to this channel (test/support/fake-slack.ts). */
const FAILING_CHANNEL = "CFAILING";

/**
 * Messages carrying a unique marker go through every entry point, including the paths that fail; then
 * every column of every D1 table and everything the Worker printed is searched for it. (The Node
 * adapters' side: test/bot/adapters-against-worker.process.test.ts.)
 */
const MARKER = `zq${crypto.randomUUID().replace(/-/g, "")}`;
const words = (text: string) => `${text} ${MARKER}`;
const printed: string[] = [];

beforeAll(() => {
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void printed.push(args.map((arg) => (typeof arg === "string" ? arg : safeJson(arg))).join(" ")),
    );
  }
});
afterAll(() => vi.restoreAllMocks());

function safeJson(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ""}`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Every row of every table, as text. */
async function dumpD1(): Promise<string> {
  const { results: tables } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
  expect(tables.map((table) => table.name)).toEqual(
    expect.arrayContaining(["usage_daily", "communities", "community_audit", "moderator_sessions", "slack_events", "seen_requests"]),
  );
  const dumps: string[] = [];
  for (const { name } of tables) {
    if (name.startsWith("_cf_") || name === "sqlite_sequence") continue;
    const { results } = await env.DB.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all();
    dumps.push(`${name}: ${JSON.stringify(results)}`);
  }
  return dumps.join("\n");
}

const ask = (text: string) => commandInteraction("ask", [{ name: "question", type: 3, value: words(text) }]);
const DOWN: Env = { ...env, DB: brokenD1() };
const LIMITED = withRealLimits();

describe("a member's words are never stored or logged, through any entry point", () => {
  it("POST /v1/answer: anonymous, adapter, crisis, rate-limited, malformed, oversized, D1 down", async () => {
    const bodies = [
      { text: words("why does my therapist say we"), platform: "web" },
      { text: words("i want to kill myself"), platform: "api", locale: "en-GB" },
      { text: words("can you diagnose me with adhd"), platform: "discord", communityId: "777", userId: words("user") },
      { text: words("hello"), platform: "slack", communityId: "TPRIV", userId: words("U") },
      { text: words("x".repeat(4_100)), platform: "api" },
      { text: words("hi"), platform: words("nope") },
      { text: words("hi"), platform: "api", locale: words("xx") },
      {
        text: words("which bridge in town is highest"),
        platform: "discord",
        communityId: "777",
        userId: "ctx-member",
        context: [words("lost my job, everything's falling apart")],
      },
      { text: words("hi"), platform: "web", context: [words("i want to die")] },
      { text: words("hi"), platform: "discord", userId: "ctx-member", context: [words("x".repeat(1_001))] },
    ];
    for (const body of bodies) {
      const response = await postJson("/v1/answer", body, body.userId ? ADAPTER : {});
      if (response.status >= 400) expect(await response.text()).not.toContain(MARKER);
    }
    expect((await postJson("/v1/answer", `{"text":"${words("broken")}`)).status).toBe(400);
    expect((await fetchWorker("/v1/answer", { method: "POST", headers: { "content-type": "text/plain" }, body: words("plain") })).status).toBe(415);
    for (let i = 0; i < 12; i += 1)
      await postJsonWith(LIMITED, "/v1/answer", { text: words("why we"), platform: "discord", communityId: "778", userId: "same-member" }, ADAPTER);
    await postJsonWith(DOWN, "/v1/answer", { text: words("i want to die"), platform: "discord", communityId: "779", userId: "m" }, ADAPTER);
  });

  it("Discord interactions: /ask, a follow-up button, a bad signature, D1 down, rate-limited", async () => {
    await postInteractionWith(env, ask("why does my therapist say we"));
    await postInteractionWith(env, ask("my therapist hit on me, i'm not safe"));
    await postInteractionWith(env, buttonInteraction(`alliance:ask:${words("What is trust?")}`));
    const body = JSON.stringify(ask("forged"));
    expect(
      (await postInteractionRaw(body, { "content-type": "application/json", "x-signature-ed25519": "0".repeat(128), "x-signature-timestamp": nowTimestamp() }))
        .status,
    ).toBe(401);
    await postInteractionWith(DOWN, ask("i want to end it all"));
    for (let i = 0; i < 12; i += 1) await postInteractionWith(LIMITED, { ...ask("why we"), member: { user: { id: "880000000000000001" } } });
  });

  it("Slack: events, /ask, follow-ups, a bad signature, a post Slack refuses, D1 down, rate-limited", async () => {
    const mention = (channel: string, text: string) =>
      eventBody(
        { type: "app_mention", user: "UPRIV", text: `<@UALLIANCE> ${words(text)}`, channel, ts: "1700000000.000100", team: "TPRIV" },
        { team_id: "TPRIV" },
      );
    const dm = eventBody({ type: "message", channel_type: "im", user: "UPRIV", text: words("i want to die"), channel: uniqueId("D"), ts: "1700000000.000200" });
    await postSlack("/slack/events", mention(uniqueId("C"), "why does my therapist say we"));
    await postSlack("/slack/events", dm);
    await postSlack("/slack/events", mention(FAILING_CHANNEL, "i'm going to kill myself"));
    await postSlack("/slack/events", mention(uniqueId("C"), "i want to die"), { bindings: DOWN });
    const command = (text: string, user = "UPRIV") =>
      form({
        team_id: "TPRIV",
        channel_id: uniqueId("C"),
        user_id: user,
        command: "/ask",
        text: words(text),
        response_url: "https://hooks.slack.com/x",
        trigger_id: "1",
      });
    await postSlack("/slack/commands", command("what is the alliance"));
    await postSlack("/slack/commands", command("should i stop my meds"), { bindings: DOWN });
    for (let i = 0; i < 12; i += 1) await postSlack("/slack/commands", command("why we", "ULIMITEDPRIV"), { bindings: LIMITED });
    const payload = {
      type: "block_actions",
      team: { id: "TPRIV" },
      user: { id: "UPRIV" },
      channel: { id: uniqueId("C") },
      actions: [{ action_id: "alliance_follow_up_0", value: words("What is trust?") }],
    };
    await postSlack("/slack/interactions", form({ payload: JSON.stringify(payload) }));
    expect((await postSlack("/slack/events", mention(uniqueId("C"), "forged"), { secret: "not-the-secret" })).status).toBe(401);
    expect((await postSlack("/slack/commands", `${command("broken")}&payload=%ZZ`)).status).toBeLessThan(500);
  });

  it("the moderator page's preview, and a form refused", async () => {
    const community = uniqueId("privacy");
    const { cookie, csrf } = await signIn("discord", community, await createCommunity("discord", community));
    expect((await postForm("/admin/preview", { csrf, question: words("i want to kill myself") }, { cookie })).status).toBe(200);
    expect((await postForm("/admin/preview", { csrf, question: words("y".repeat(4_100)) }, { cookie })).status).toBe(400);
    expect((await postForm("/admin/preview", { csrf: "wrong", question: words("forged") }, { cookie })).status).toBe(403);
  });

  it("logFault keeps none of a message, even one spanning lines that look like stack frames", () => {
    logFault("privacy.check", new Error(`first line\nat home ${MARKER}\n    at ${MARKER} (x.ts:1:1)`));
    const error = new TypeError("x");
    void error.stack;
    error.message = `changed after the stack was taken ${MARKER}`;
    logFault("privacy.check", error);
    expect(printed.filter((line) => line.includes("privacy.check"))).toHaveLength(2);
  });

  it("then: no table holds the marker, and nothing printed does", async () => {
    // The answers above were counted (usage_daily rows exist), by kind and topic only.
    expect(await dumpD1()).toMatch(/usage_daily: \[\{/);
    expect(await dumpD1()).not.toContain(MARKER);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.join("\n")).not.toContain(MARKER);
  });
});
