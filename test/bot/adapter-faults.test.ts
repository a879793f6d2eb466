import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createAnswerClient } from "../../bot/core/answer-client.ts";
import { createCooldown } from "../../bot/core/cooldown.ts";
import { createSettingsClient } from "../../bot/core/settings-client.ts";
import { createUserKey } from "../../bot/discord/answer-request.ts";
import { createInteractionHandler } from "../../bot/discord/handle-interaction.ts";
import { createMessageHandler } from "../../bot/discord/handle-message.ts";
import type { InteractionPort, MessagePort } from "../../bot/discord/ports.ts";
import { createSlackBot } from "../../bot/slack/app.ts";
import type { DiscordMessage } from "../../shared/render/discord.ts";
import { ANSWER } from "../support/answers.ts";
import { mentionOfTheBot } from "../support/discord-message.ts";
import { startFakeSlack } from "../support/fake-slack.ts";
import { closedPortUrl, type FakeHandler, startFakeServer } from "../support/fake-worker.ts";
import { postSignedToSlackReceiver } from "../support/signed-slack.ts";

/**
 * Every way the Worker can fail an adapter, through each adapter's whole path (Discord gateway messages
 * and slash commands, the Slack bot's mentions and /ask): the member always gets a reply, and it carries
 * crisis resources. The words they wrote never reach a log.
 */
const WORDS = "fault-marker-3f9c my private words";
const SECRET = "fault-test-signing-secret";

type Fault = { name: string; url: () => Promise<string> };
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => Promise.all(servers.splice(0).map((s) => s.close())));

/** A fake Worker whose answers fail as `answer` says; settings requests fail the same way. */
async function failing(answer: FakeHandler): Promise<string> {
  const server = await startFakeServer(answer);
  servers.push(server);
  return server.url;
}

const json = (body: string) => ({ "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
const FAULTS: Fault[] = [
  { name: "down (connection refused)", url: () => closedPortUrl() },
  {
    name: "slow (past the timeout)",
    url: () => failing((_, res) => void setTimeout(() => res.writeHead(200, json(JSON.stringify(ANSWER))).end(JSON.stringify(ANSWER)), 1_000)),
  },
  { name: "500", url: () => failing((_, res) => res.writeHead(500, json("{}")).end("{}")) },
  { name: "503 every time", url: () => failing((_, res) => res.writeHead(503).end()) },
  { name: "garbage", url: () => failing((_, res) => res.writeHead(200, { "content-type": "application/json" }).end("<html>Bad gateway</html>")) },
  { name: "a reply that breaks the contract", url: () => failing((_, res) => res.writeHead(200, json('{"kind":"therapy"}')).end('{"kind":"therapy"}')) },
  { name: "connection reset before replying", url: () => failing((request) => request.socket.destroy()) },
  {
    name: "connection reset mid-reply",
    url: () =>
      failing((request, res) => {
        const body = JSON.stringify(ANSWER);
        res.writeHead(200, json(body));
        res.write(body.slice(0, 20));
        setTimeout(() => request.socket.destroy(), 20);
      }),
  },
];

function logCollector() {
  const lines: string[] = [];
  return { lines, log: (event: string, detail: Record<string, unknown>) => void lines.push(JSON.stringify({ event, ...detail })) };
}

function discordDeps(apiUrl: string, log: (event: string, detail: Record<string, unknown>) => void) {
  return {
    ask: createAnswerClient({ apiUrl, apiKey: "k", timeoutMs: 300, backoffMs: 1, log }),
    settingsFor: createSettingsClient({ apiUrl, apiKey: "k" }),
    userKey: createUserKey("k"),
    log,
  };
}

const MESSAGE = mentionOfTheBot(WORDS);

function expectFallbackWithResources(message: DiscordMessage | undefined, label: string): void {
  expect(message?.content, label).toContain("can't reach my answers");
  expect(message?.content, label).toContain("999");
  expect(message?.embeds[0]?.fields.map((field) => field.name).join(" "), label).toContain("Samaritans");
}

describe("the Discord gateway bot when the Worker fails", () => {
  it.each(FAULTS)("a message still gets the fallback with crisis resources: $name", async ({ name, url }) => {
    const { lines, log } = logCollector();
    const handleMessage = createMessageHandler({ ...discordDeps(await url(), log), cooldown: createCooldown(), bot: () => ({ userId: "100" }) });
    const replies: DiscordMessage[] = [];
    const port: MessagePort = {
      sendTyping: async () => {},
      reply: async (m) => void replies.push(m),
      sendDirect: async (m) => void replies.push(m),
      sendAlert: async () => {},
    };
    await handleMessage(MESSAGE, port);
    expect(replies, name).toHaveLength(1);
    expectFallbackWithResources(replies[0], name);
    expect(lines.join("\n")).toContain("answer.fallback");
    expect(lines.join("\n")).not.toContain("fault-marker");
  });

  it.each(FAULTS)("/ask still gets the fallback with crisis resources: $name", async ({ name, url }) => {
    const { lines, log } = logCollector();
    const handleInteraction = createInteractionHandler(discordDeps(await url(), log));
    const replies: DiscordMessage[] = [];
    const port: InteractionPort = { defer: async () => {}, respond: async (m) => void replies.push(m), sendAlert: async () => {} };
    await handleInteraction(
      { kind: "command", name: "ask", options: [{ name: "question", value: WORDS }], guildId: "300", channelId: "400", userId: "200", locale: "en-GB" },
      port,
    );
    expect(replies, name).toHaveLength(1);
    expectFallbackWithResources(replies[0], name);
    expect(lines.join("\n")).not.toContain("fault-marker");
  });
});

describe("the Slack bot when the Worker fails", () => {
  const slackPromise = startFakeSlack();
  afterAll(async () => (await slackPromise).close());

  it.each(FAULTS)("a mention and /ask still get the fallback with crisis resources: $name", async ({ name, url }) => {
    const slack = await slackPromise;
    const { lines, log } = logCollector();
    const apiUrl = await url();
    const bot = createSlackBot(
      { mode: "http", botToken: "xoxb-faults", signingSecret: SECRET, port: 0, answerApiUrl: apiUrl, answerApiKey: "k", slackApiUrl: slack.apiUrl },
      { log, answerBackoffMs: 1, answerTimeoutMs: 300 },
    );
    const events = `http://127.0.0.1:${await bot.start()}/slack/events`;
    const responses = () => slack.calls.filter((call) => call.method === "response_url");
    const responsesBefore = responses().length;
    try {
      const channel = `CFAULT${FAULTS.findIndex((fault) => fault.name === name)}`;
      const event = { type: "app_mention", user: "UMEMBER", text: `<@UALLIANCE> ${WORDS}`, channel, ts: "1700000004.000001", team: "TFAULT" };
      const body = JSON.stringify({ type: "event_callback", team_id: "TFAULT", event_id: `EvFault${channel}`, event });
      expect((await postSignedToSlackReceiver(events, body, SECRET)).status).toBe(200);
      const command = new URLSearchParams({
        team_id: "TFAULT",
        channel_id: channel,
        user_id: "UMEMBER",
        command: "/ask",
        text: WORDS,
        response_url: `${slack.url}/respond/${channel}`,
        trigger_id: "t",
      });
      expect((await postSignedToSlackReceiver(events, command.toString(), SECRET, "application/x-www-form-urlencoded")).status).toBe(200);
      await vi.waitFor(
        () => {
          expect(slack.calls.filter((call) => call.params.channel === channel && call.method === "chat.postMessage")).toHaveLength(1);
          expect(responses().length).toBe(responsesBefore + 1);
        },
        { timeout: 8_000 },
      );
      const posted = slack.calls.find((call) => call.params.channel === channel)!;
      for (const text of [String(posted.params.text), String(responses().at(-1)!.params.text)]) {
        expect(text, name).toContain("can't reach my answers");
        expect(text, name).toContain("findahelpline.com");
      }
      expect(lines.join("\n")).not.toContain("fault-marker");
    } finally {
      await bot.stop();
    }
  });
});
