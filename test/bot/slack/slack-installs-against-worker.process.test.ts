import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSlackBot } from "../../../bot/slack/app.ts";
import { readSlackBotConfig } from "../../../bot/slack/config.ts";
import { TEST_SECRETS } from "../../../vitest.config.ts";
import { startFakeSlack } from "../../support/fake-slack.ts";
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET } from "../../support/fake-slack-app.ts";
import { postSignedToSlackReceiver } from "../../support/signed-slack.ts";
import { type RunningWorker, startWorker } from "../../support/start-worker.ts";

/**
 * Add to Slack end to end: the real Worker (wrangler's dev server, local D1) with installs on and no
 * SLACK_BOT_TOKEN, Slack's OAuth and Web API faked on loopback, and the Slack bot with SLACK_INSTALLS=worker
 * (Bolt's HTTP receiver standing in for Socket Mode: both call the same `authorize`).
 */
const BOT_SECRET = "installs-e2e-bot-signing-secret";
const TEAM_ONE = "TEONE";
const TEAM_TWO = "TETWO";
const TIMEOUT_MS = 60_000;

const { SLACK_BOT_TOKEN: _single, ...secrets } = TEST_SECRETS;
const slackPromise = startFakeSlack();
let worker: RunningWorker;
let botEvents = "";
let stopBot: () => Promise<unknown> = async () => {};
const logged: string[] = [];

beforeAll(async () => {
  const slack = await slackPromise;
  const tokenKey = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64");
  worker = await startWorker({
    ...secrets,
    SLACK_CLIENT_ID: FAKE_CLIENT_ID,
    SLACK_CLIENT_SECRET: FAKE_CLIENT_SECRET,
    SLACK_TOKEN_KEY: tokenKey,
    SLACK_API_BASE: slack.apiUrl,
  });
  const config = readSlackBotConfig({
    SLACK_MODE: "http",
    SLACK_INSTALLS: "worker",
    SLACK_SIGNING_SECRET: BOT_SECRET,
    PORT: "0",
    ANSWER_API_URL: worker.url,
    ANSWER_API_KEY: TEST_SECRETS.ANSWER_API_KEY,
    SLACK_API_URL: slack.apiUrl,
  });
  const bot = createSlackBot(config, { log: (event, detail) => void logged.push(JSON.stringify({ event, ...detail })) });
  botEvents = `http://127.0.0.1:${await bot.start()}/slack/events`;
  stopBot = () => bot.stop();
}, 120_000);

afterAll(async () => {
  await stopBot();
  await worker?.stop();
  await (await slackPromise).close();
});

/** A browser's install: the page's state and cookie, then Slack's redirect back with a code for `team`. */
async function install(team: string): Promise<Response> {
  const page = await fetch(`${worker.url}/slack/install`);
  expect(page.status).toBe(200);
  const cookie = page.headers.get("set-cookie")!.split(";")[0]!;
  const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize[^"]+)"/.exec((await page.text()).replace(/&amp;/g, "&"))?.[1] ?? "";
  const state = new URL(href).searchParams.get("state")!;
  return fetch(`${worker.url}/slack/oauth/callback?${new URLSearchParams({ code: `install-${team}`, state })}`, { headers: { cookie } });
}

let sequence = 0;
function mentionBody(team: string, channel: string): string {
  sequence += 1;
  const event = { type: "app_mention", user: "UMEMBER", text: "<@UB> why does my therapist say we?", channel, ts: `1700000010.00${sequence}`, team };
  return JSON.stringify({
    type: "event_callback",
    team_id: team,
    api_app_id: "A1",
    event_id: `EvE2E${sequence}`,
    event_time: Math.floor(Date.now() / 1_000),
    event,
  });
}

async function callsIn(channel: string) {
  return (await slackPromise).calls.filter((call) => call.params.channel === channel);
}

describe("Add to Slack against the real Worker, with the bot serving many workspaces", () => {
  it(
    "installs two workspaces; the bot and the Worker's Events API answer each with its own token; an uninstall the bot receives stops both",
    async () => {
      for (const team of [TEAM_ONE, TEAM_TWO]) {
        const installed = await install(team);
        expect(installed.status).toBe(200);
        expect(await installed.text()).toContain(`Alliance is in Workspace ${team}`);
      }

      // Through the bot (Bolt's authorize asks the Worker).
      for (const team of [TEAM_ONE, TEAM_TWO]) {
        const channel = `CBOT${team}`;
        expect((await postSignedToSlackReceiver(botEvents, mentionBody(team, channel), BOT_SECRET)).status).toBe(200);
        await vi.waitFor(async () => expect(await callsIn(channel)).toHaveLength(1), { timeout: 10_000 });
        expect((await callsIn(channel))[0]!.authorization).toMatch(new RegExp(`^Bearer xoxb-${team}-[0-9a-f]{24}$`));
      }
      // Through the Worker's own Events API, signed with its signing secret.
      const workerChannel = "CWORKERONE";
      expect(
        (await postSignedToSlackReceiver(`${worker.url}/slack/events`, mentionBody(TEAM_ONE, workerChannel), TEST_SECRETS.SLACK_SIGNING_SECRET)).status,
      ).toBe(200);
      await vi.waitFor(async () => expect(await callsIn(workerChannel)).toHaveLength(1), { timeout: 10_000 });
      expect((await callsIn(workerChannel))[0]!.authorization).toBe((await callsIn(`CBOT${TEAM_ONE}`))[0]!.authorization);

      // Workspace two uninstalls: Slack tells the bot's connection, the bot tells the Worker.
      const uninstall = JSON.stringify({
        type: "event_callback",
        team_id: TEAM_TWO,
        api_app_id: "A1",
        event_id: "EvE2EUninstall",
        event_time: 1,
        event: { type: "app_uninstalled" },
      });
      expect((await postSignedToSlackReceiver(botEvents, uninstall, BOT_SECRET)).status).toBe(200);
      const lookup = () => fetch(`${worker.url}/v1/slack/installations/${TEAM_TWO}`, { headers: { authorization: `Bearer ${TEST_SECRETS.ANSWER_API_KEY}` } });
      await vi.waitFor(async () => expect((await lookup()).status).toBe(404), { timeout: 10_000 });

      const afterBot = `CBOTAFTER${TEAM_TWO}`;
      const afterWorker = `CWORKERAFTER${TEAM_TWO}`;
      expect((await postSignedToSlackReceiver(botEvents, mentionBody(TEAM_TWO, afterBot), BOT_SECRET)).status).toBe(200);
      expect(
        (await postSignedToSlackReceiver(`${worker.url}/slack/events`, mentionBody(TEAM_TWO, afterWorker), TEST_SECRETS.SLACK_SIGNING_SECRET)).status,
      ).toBe(200);
      await vi.waitFor(() => expect(logged.filter((line) => line.includes('"event":"slack.not_installed"') && line.includes(TEAM_TWO))).toHaveLength(1), {
        timeout: 10_000,
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await callsIn(afterBot)).toEqual([]);
      expect(await callsIn(afterWorker)).toEqual([]);

      // Workspace one is untouched.
      const stillOne = "CBOTSTILLONE";
      await postSignedToSlackReceiver(botEvents, mentionBody(TEAM_ONE, stillOne), BOT_SECRET);
      await vi.waitFor(async () => expect(await callsIn(stillOne)).toHaveLength(1), { timeout: 10_000 });
    },
    TIMEOUT_MS,
  );
});
