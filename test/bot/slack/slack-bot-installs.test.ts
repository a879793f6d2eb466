import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSlackBot } from "../../../bot/slack/app.ts";
import { readSlackBotConfig } from "../../../bot/slack/config.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import { startFakeSlack } from "../../support/fake-slack.ts";
import { startFakeServer } from "../../support/fake-worker.ts";
import { postSignedToSlackReceiver } from "../../support/signed-slack.ts";

// Bolt's HTTP receiver stands in for Socket Mode here: Bolt calls the same `authorize` for both.
const SECRET = "bolt-installs-signing-secret";
const API_KEY = "bolt-installs-key";
const ANSWER: Answer = { kind: "answer", topic: "we-in-therapy", reason: null, text: "Many therapists say **we**.", resources: [], followUps: [] };

/** The Worker's installs: two workspaces, each with its own token; DELETE forgets one, as the real route does. */
const installed = new Map([
  ["TONE", { teamId: "TONE", botUserId: "UBONE", botToken: "xoxb-one-workspace-token" }],
  ["TTWO", { teamId: "TTWO", botUserId: "UBTWO", botToken: "xoxb-two-workspace-token" }],
]);
const slack = await startFakeSlack();
const worker = await startFakeServer((request, response, body) => {
  const install = /^\/v1\/slack\/installations\/(\w+)$/.exec(request.url ?? "");
  if (install) {
    if (request.headers.authorization !== `Bearer ${API_KEY}`) return void response.writeHead(401).end();
    const team = install[1]!;
    if (request.method === "DELETE") {
      installed.delete(team);
      return void response.writeHead(204).end();
    }
    const found = installed.get(team);
    return void (found ? response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(found)) : response.writeHead(404).end());
  }
  if (/\/settings$/.test(request.url ?? "")) return void response.writeHead(404).end();
  void body;
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(ANSWER));
});
const logs: { event: string; detail: Record<string, unknown> }[] = [];

const config = readSlackBotConfig({
  SLACK_MODE: "http",
  SLACK_INSTALLS: "worker",
  SLACK_SIGNING_SECRET: SECRET,
  PORT: "0",
  ANSWER_API_URL: worker.url,
  ANSWER_API_KEY: API_KEY,
  SLACK_API_URL: slack.apiUrl,
});
const bot = createSlackBot(config, { log: (event, detail) => logs.push({ event, detail }) });
let events = "";
beforeAll(async () => {
  events = `http://127.0.0.1:${await bot.start()}/slack/events`;
});
afterAll(async () => {
  await bot.stop();
  await Promise.all([slack.close(), worker.close()]);
});

let sequence = 0;
function mention(team: string) {
  sequence += 1;
  const channel = `C${team}${sequence}`;
  const event = { type: "app_mention", user: "UMEMBER", text: "<@UB> why does my therapist say we?", channel, ts: `1700000000.00${sequence}`, team };
  const body = JSON.stringify({ type: "event_callback", team_id: team, api_app_id: "A1", event_id: `EvI${sequence}`, event_time: 1, event });
  return { channel, send: () => postSignedToSlackReceiver(events, body, SECRET) };
}

function revoke(team: string, event: Record<string, unknown>) {
  sequence += 1;
  const body = JSON.stringify({ type: "event_callback", team_id: team, api_app_id: "A1", event_id: `EvR${sequence}`, event_time: 1, event });
  return postSignedToSlackReceiver(events, body, SECRET);
}

const callsIn = (channel: string) => slack.calls.filter((call) => call.params.channel === channel);
const tokenLookups = (team: string) => worker.requests.filter((r) => r.method === "GET" && r.url === `/v1/slack/installations/${team}`);

describe("the Slack bot for many workspaces (SLACK_INSTALLS=worker: Bolt's authorize backed by the Worker)", () => {
  it("reads its configuration without SLACK_BOT_TOKEN, and refuses one alongside", () => {
    expect(config).toMatchObject({ installs: "worker" });
    expect(config).not.toHaveProperty("botToken");
    expect(() =>
      readSlackBotConfig({
        SLACK_INSTALLS: "worker",
        SLACK_BOT_TOKEN: "xoxb-x",
        SLACK_APP_TOKEN: "xapp-x",
        ANSWER_API_URL: "https://a.example",
        ANSWER_API_KEY: "k",
      }),
    ).toThrow(/SLACK_BOT_TOKEN must not be set with SLACK_INSTALLS=worker/);
    expect(() => readSlackBotConfig({ SLACK_INSTALLS: "many", SLACK_APP_TOKEN: "xapp-x", ANSWER_API_URL: "https://a.example", ANSWER_API_KEY: "k" })).toThrow(
      /SLACK_INSTALLS must be/,
    );
  });

  it("answers each workspace with its own token, asked of the Worker with the adapter key and then kept briefly", async () => {
    const one = mention("TONE");
    const two = mention("TTWO");
    await one.send();
    await two.send();
    await vi.waitFor(() => expect([...callsIn(one.channel), ...callsIn(two.channel)]).toHaveLength(2));
    expect(callsIn(one.channel)[0]).toMatchObject({ method: "chat.postMessage", authorization: "Bearer xoxb-one-workspace-token" });
    expect(callsIn(two.channel)[0]).toMatchObject({ method: "chat.postMessage", authorization: "Bearer xoxb-two-workspace-token" });
    expect(tokenLookups("TONE")[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);

    const again = mention("TONE");
    await again.send();
    await vi.waitFor(() => expect(callsIn(again.channel)).toHaveLength(1));
    expect(tokenLookups("TONE")).toHaveLength(1);
  });

  it("a workspace the Worker does not know is answered by nobody, logged by its team id", async () => {
    const stranger = mention("TSTRANGER");
    expect((await stranger.send()).status).toBe(200);
    await vi.waitFor(() => expect(tokenLookups("TSTRANGER")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(callsIn(stranger.channel)).toEqual([]);
    expect(logs).toContainEqual({ event: "slack.not_installed", detail: { scope: "slack.authorize", team: "TSTRANGER", status: 404 } });
    expect(JSON.stringify(logs)).not.toContain("therapist");
  });

  it("an uninstall it receives deletes the token on the Worker and here at once: the next event is answered by nobody", async () => {
    const before = mention("TTWO");
    await before.send();
    await vi.waitFor(() => expect(callsIn(before.channel)).toHaveLength(1));

    expect((await revoke("TTWO", { type: "tokens_revoked", tokens: { oauth: ["UINSTALLER"] } })).status).toBe(200);
    expect((await revoke("TTWO", { type: "app_uninstalled" })).status).toBe(200);
    await vi.waitFor(() => expect(worker.requests.filter((r) => r.method === "DELETE" && r.url === "/v1/slack/installations/TTWO")).toHaveLength(1));
    expect(installed.has("TTWO")).toBe(false);

    const after = mention("TTWO");
    await after.send();
    await vi.waitFor(() => expect(logs.filter((l) => l.event === "slack.not_installed" && l.detail.team === "TTWO")).toHaveLength(1));
    expect(callsIn(after.channel)).toEqual([]);

    const stillOne = mention("TONE");
    await stillOne.send();
    await vi.waitFor(() => expect(callsIn(stillOne.channel)).toHaveLength(1));
  });
});
