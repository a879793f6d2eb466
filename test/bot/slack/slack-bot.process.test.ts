import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSlackBot } from "../../../bot/slack/app.ts";
import type { SlackBotConfig } from "../../../bot/slack/config.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import type { AdapterSettings } from "../../../shared/schemas/community-config.ts";
import { FAILING_CHANNEL, MEMBER_LOCALES, NO_SCOPE_MEMBER, startFakeSlack } from "../../support/fake-slack.ts";
import { closedPortUrl, startFakeServer } from "../../support/fake-worker.ts";
import { postSignedToSlackReceiver } from "../../support/signed-slack.ts";

const SECRET = "bolt-test-signing-secret";
const ANSWER: Answer = {
  kind: "answer",
  topic: "we-in-therapy",
  reason: null,
  text: "Many therapists say **we** because therapy is a shared piece of work.",
  resources: [],
  followUps: ["What is the therapeutic alliance?"],
};
const CRISIS: Answer = {
  kind: "crisis",
  topic: null,
  reason: "suicide_self_harm",
  text: "I'm really glad you told me. You deserve support right now.",
  resources: [{ name: "Samaritans", phone: "116 123", url: "https://www.samaritans.org", region: "GB", hours: "24/7" }],
  followUps: [],
};
const OPEN: AdapterSettings = { channels: { mode: "mentions" }, crisisReplyPrivately: false, cooldownSeconds: 0 };
const SETTINGS: Record<string, AdapterSettings> = {
  TPRIVATE: { ...OPEN, crisisReplyPrivately: true, alertChannelId: "CMODS" },
  TCOOL: { ...OPEN, cooldownSeconds: 60 },
};

const slack = await startFakeSlack();
const worker = await startFakeServer((request, response, body) => {
  const settings = /^\/v1\/communities\/slack\/(\w+)\/settings$/.exec(request.url ?? "");
  const reply = settings ? (SETTINGS[settings[1]!] ?? OPEN) : JSON.parse(body).text.includes("not safe") ? CRISIS : ANSWER;
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
});
const logs: { event: string; detail: Record<string, unknown> }[] = [];
const log = (event: string, detail: Record<string, unknown>) => logs.push({ event, detail });

function config(overrides: Partial<SlackBotConfig> = {}): SlackBotConfig {
  return {
    mode: "http",
    botToken: "xoxb-bolt-test",
    signingSecret: SECRET,
    port: 0,
    answerApiUrl: worker.url,
    answerApiKey: "bolt-key",
    slackApiUrl: slack.apiUrl,
    ...overrides,
  };
}

const bot = createSlackBot(config(), { log });
let events = "";
beforeAll(async () => {
  events = `http://127.0.0.1:${await bot.start()}/slack/events`;
});
afterAll(async () => {
  await bot.stop();
  await Promise.all([slack.close(), worker.close()]);
});

let sequence = 0;
function mention(team: string, text: string, extra: Record<string, unknown> = {}) {
  sequence += 1;
  const channel = `C${team.slice(1)}${sequence}`;
  const event = { type: "app_mention", user: "UMEMBER", text: `<@UALLIANCE> ${text}`, channel, ts: `1700000000.00${sequence}`, team, ...extra };
  const body = JSON.stringify({ type: "event_callback", team_id: team, api_app_id: "A1", event_id: `Ev${sequence}`, event_time: 1, event });
  return { channel, ts: event.ts, send: () => postSignedToSlackReceiver(events, body, SECRET) };
}

const callsIn = (channel: string) => slack.calls.filter((call) => call.params.channel === channel);
const workerAsks = () => worker.requests.filter((r) => r.url === "/v1/answer").map((r) => ({ ...r, json: JSON.parse(r.body) }));

describe("the Slack bot (Bolt, HTTP receiver)", () => {
  it("forwards a mention to POST /v1/answer and replies once in the thread with Block Kit", async () => {
    const { channel, ts, send } = mention("TOPEN", "why does my therapist say we?");
    expect((await send()).status).toBe(200);
    await vi.waitFor(() => expect(callsIn(channel)).toHaveLength(1));
    const [call] = callsIn(channel);
    expect(call).toMatchObject({ method: "chat.postMessage", authorization: "Bearer xoxb-bolt-test", params: { channel, thread_ts: ts } });
    expect(JSON.stringify(call!.params.blocks)).toContain("Many therapists say *we*");
    const ask = workerAsks().at(-1)!;
    expect(ask.headers.authorization).toBe("Bearer bolt-key");
    expect(ask.json).toEqual({ text: "why does my therapist say we?", platform: "slack", communityId: "TOPEN", userId: "UMEMBER" });
  });

  it("sends the member's Slack locale (users.info with include_locale, looked up once per member for a while)", async () => {
    const user = "UPORTUGUESEMEMBER";
    expect(MEMBER_LOCALES[user]).toBe("pt-BR");
    for (const text of ["why does my therapist say we?", "what is the therapeutic alliance?"]) {
      const { channel, send } = mention("TOPEN", text, { user });
      await send();
      await vi.waitFor(() => expect(callsIn(channel)).toHaveLength(1));
      expect(workerAsks().at(-1)!.json).toEqual({ text, platform: "slack", communityId: "TOPEN", userId: user, locale: "pt-BR" });
    }
    const lookups = slack.calls.filter((call) => call.method === "users.info" && call.params.user === user);
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.params).toMatchObject({ user, include_locale: "true" });
  });

  it("still answers a member whose locale Slack will not give (no users:read)", async () => {
    const { channel, send } = mention("TOPEN", "why does my therapist say we?", { user: NO_SCOPE_MEMBER });
    await send();
    await vi.waitFor(() => expect(callsIn(channel)).toHaveLength(1));
    expect(workerAsks().at(-1)!.json).not.toHaveProperty("locale");
    expect(logs.some((entry) => entry.event === "slack.users_info_failed" && entry.detail.code === "missing_scope")).toBe(true);
  });

  it("ignores other bots without asking the Worker", async () => {
    const before = workerAsks().length;
    const { channel, send } = mention("TOPEN", "hello", { bot_id: "BOTHER" });
    expect((await send()).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(callsIn(channel)).toEqual([]);
    expect(workerAsks()).toHaveLength(before);
  });

  it("answers a crisis privately when the community asks, and alerts moderators with a link, never the words", async () => {
    const { channel, ts, send } = mention("TPRIVATE", "I'm not safe tonight");
    await send();
    await vi.waitFor(() => expect(slack.calls.filter((c) => c.params.channel === "CMODS")).toHaveLength(1));
    expect(callsIn(channel).map((c) => c.method)).toEqual(["chat.postEphemeral", "chat.getPermalink"]);
    expect(callsIn(channel)[0]!.params).toMatchObject({ user: "UMEMBER", thread_ts: ts });
    const alert = slack.calls.find((c) => c.params.channel === "CMODS")!;
    expect(alert.params.text).toContain(`https://alliance-test.slack.com/archives/${channel}/p`);
    expect(JSON.stringify(alert.params)).not.toContain("not safe");
  });

  it("holds back a second question inside the cooldown, privately, but never a crisis", async () => {
    const first = mention("TCOOL", "why does my therapist say we?");
    await first.send();
    await vi.waitFor(() => expect(callsIn(first.channel)).toHaveLength(1));
    const second = mention("TCOOL", "and what about trust?", { channel: first.channel, ts: "1700000001.000001" });
    await second.send();
    await vi.waitFor(() => expect(callsIn(first.channel)).toHaveLength(2));
    expect(callsIn(first.channel)[1]).toMatchObject({ method: "chat.postEphemeral", params: { text: expect.stringContaining("60 seconds") } });
    const crisis = mention("TCOOL", "I'm not safe", { channel: first.channel, ts: "1700000001.000002" });
    await crisis.send();
    await vi.waitFor(() => expect(callsIn(first.channel)).toHaveLength(3));
    expect(callsIn(first.channel)[2]).toMatchObject({ method: "chat.postMessage", params: { text: expect.stringContaining("Samaritans") } });
  });

  it("answers /ask through the response URL, ephemerally for a crisis when configured", async () => {
    const command = (team: string, text: string, id: string) =>
      new URLSearchParams({
        team_id: team,
        channel_id: "CASK",
        user_id: "UMEMBER",
        command: "/ask",
        text,
        response_url: `${slack.url}/respond/${id}`,
        trigger_id: "t",
      }).toString();
    expect((await postSignedToSlackReceiver(events, command("TOPEN", "why we?", "a"), SECRET, "application/x-www-form-urlencoded")).status).toBe(200);
    expect((await postSignedToSlackReceiver(events, command("TPRIVATE", "I'm not safe", "b"), SECRET, "application/x-www-form-urlencoded")).status).toBe(200);
    await vi.waitFor(() => expect(slack.calls.filter((c) => c.method === "response_url")).toHaveLength(2));
    const replies = slack.calls.filter((c) => c.method === "response_url").map((c) => c.params);
    expect(replies).toContainEqual(expect.objectContaining({ response_type: "in_channel", text: expect.stringContaining("therapists say") }));
    expect(replies).toContainEqual(expect.objectContaining({ response_type: "ephemeral", text: expect.stringContaining("116 123") }));
  });

  it("answers a tapped follow-up in the thread, echoing the question", async () => {
    const payload = {
      type: "block_actions",
      team: { id: "TOPEN" },
      user: { id: "UMEMBER", team_id: "TOPEN" },
      channel: { id: "CFOLLOW" },
      container: { type: "message", message_ts: "1700000002.000001", is_ephemeral: false },
      message: { ts: "1700000002.000001" },
      actions: [{ type: "button", action_id: "alliance_follow_up_0", block_id: "b", value: "What is the therapeutic alliance?", action_ts: "1" }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    expect((await postSignedToSlackReceiver(events, body, SECRET, "application/x-www-form-urlencoded")).status).toBe(200);
    await vi.waitFor(() => expect(callsIn("CFOLLOW")).toHaveLength(1));
    expect(callsIn("CFOLLOW")[0]!.params.thread_ts).toBe("1700000002.000001");
    expect(JSON.stringify(callsIn("CFOLLOW")[0]!.params.blocks)).toContain("*Asked:* What is the therapeutic alliance?");
    expect(workerAsks().at(-1)!.json.text).toBe("What is the therapeutic alliance?");
  });

  it("sends the member's recent messages in the channel as context: mentions and, where subscribed, channel messages; never others'", async () => {
    sequence += 1;
    const channel = `CCONV${sequence}`;
    const send = (event: Record<string, unknown>) => {
      sequence += 1;
      const full = { channel, ts: `1700000100.00${sequence}`, team: "TOPEN", ...event };
      return postSignedToSlackReceiver(
        events,
        JSON.stringify({ type: "event_callback", team_id: "TOPEN", api_app_id: "A1", event_id: `Ev${sequence}`, event_time: 1, event: full }),
        SECRET,
      );
    };
    await send({ type: "app_mention", user: "UMEMBER", text: "<@UALLIANCE> lost my job today" });
    await send({ type: "message", channel_type: "channel", user: "UMEMBER", text: "everything's falling apart" });
    await send({ type: "message", channel_type: "channel", user: "UOTHER", text: "i want to die" });
    await send({ type: "message", channel_type: "channel", user: "UMEMBER", bot_id: "BSOMEBOT", text: "i want to die" });
    await send({ type: "app_mention", user: "UMEMBER", text: "<@UALLIANCE> which bridge in town is the highest?" });
    await vi.waitFor(() => expect(workerAsks().filter((ask) => ask.json.text === "which bridge in town is the highest?")).toHaveLength(1));
    const ask = workerAsks().find((request) => request.json.text === "which bridge in town is the highest?")!;
    expect(ask.json.context).toEqual(["lost my job today", "everything's falling apart"]);
  });

  it("answers Tell me more in the thread with the topic's whole answer, even inside the cooldown", async () => {
    const first = mention("TCOOL", "why does my therapist say we?");
    await first.send();
    await vi.waitFor(() => expect(callsIn(first.channel)).toHaveLength(1));
    const payload = {
      type: "block_actions",
      team: { id: "TCOOL" },
      user: { id: "UMEMBER", team_id: "TCOOL" },
      channel: { id: first.channel },
      container: { type: "message", message_ts: "1700000003.000001", is_ephemeral: false },
      message: { ts: "1700000003.000001", thread_ts: first.ts },
      actions: [{ type: "button", action_id: "alliance_more", block_id: "b", value: "we-in-therapy", action_ts: "1" }],
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    expect((await postSignedToSlackReceiver(events, body, SECRET, "application/x-www-form-urlencoded")).status).toBe(200);
    await vi.waitFor(() => expect(callsIn(first.channel)).toHaveLength(2));
    expect(callsIn(first.channel)[1]).toMatchObject({ method: "chat.postMessage", params: { thread_ts: first.ts } });
    expect(JSON.stringify(callsIn(first.channel)[1]!.params.blocks)).not.toContain("*Asked:*");
    expect(workerAsks().at(-1)!.json).toMatchObject({ text: "Tell me more", topic: "we-in-therapy", detail: "full", communityId: "TCOOL" });
  });

  it("logs a reply Slack refuses by its error code only, and keeps answering", async () => {
    const { send } = mention("TOPEN", "my private words", { channel: FAILING_CHANNEL });
    await send();
    await vi.waitFor(() => expect(logs.some((l) => l.event === "slack.fault")).toBe(true));
    expect(logs.find((l) => l.event === "slack.fault")!.detail).toEqual({ scope: "slack.app_mention", code: "not_in_channel" });
    expect(JSON.stringify(logs)).not.toContain("private words");
    const next = mention("TOPEN", "still there?");
    await next.send();
    await vi.waitFor(() => expect(callsIn(next.channel)).toHaveLength(1));
  });

  it("rejects a request signed with another secret", async () => {
    const response = await postSignedToSlackReceiver(events, JSON.stringify({ type: "url_verification", challenge: "c" }), "wrong-secret");
    expect(response.status).toBe(401);
  });
});

describe("the Slack bot when the Worker is down", () => {
  it("still replies, with the shared fallback and its crisis resources", async () => {
    const downLogs: string[] = [];
    const down = createSlackBot(config({ answerApiUrl: await closedPortUrl() }), { log: (event) => downLogs.push(event), answerBackoffMs: 1 });
    const port = await down.start();
    try {
      const channel = "CDOWN";
      const body = JSON.stringify({
        type: "event_callback",
        team_id: "TDOWN",
        event_id: "EvDown",
        event: { type: "app_mention", user: "UMEMBER", text: "<@UALLIANCE> hello?", channel, ts: "1700000003.000001" },
      });
      expect((await postSignedToSlackReceiver(`http://127.0.0.1:${port}/slack/events`, body, SECRET)).status).toBe(200);
      await vi.waitFor(() => expect(callsIn(channel)).toHaveLength(1));
      const text = String(callsIn(channel)[0]!.params.text);
      expect(text).toContain("can't reach my answers");
      expect(text).toContain("findahelpline.com");
      expect(downLogs).toContain("answer.fallback");
    } finally {
      await down.stop();
    }
  });
});

describe("npm run bot:slack", () => {
  it("exits with a clear message, not a stack trace, when its configuration is missing", async () => {
    const run = promisify(execFile)(process.execPath, ["bot/slack/main.ts"], { env: { PATH: process.env.PATH ?? "" } });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^Alliance's Slack bot cannot start:\n {2}- SLACK_BOT_TOKEN is not set[\s\S]*docs\/slack\.md/),
    });
    await expect(run).rejects.not.toMatchObject({ stderr: expect.stringMatching(/\bat .*\.ts:\d+/) });
  });
});
