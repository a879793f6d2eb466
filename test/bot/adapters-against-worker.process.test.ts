import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAnswerClient } from "../../bot/core/answer-client.ts";
import { createCooldown } from "../../bot/core/cooldown.ts";
import { createSettingsClient } from "../../bot/core/settings-client.ts";
import { createUserKey } from "../../bot/discord/answer-request.ts";
import { createInteractionHandler } from "../../bot/discord/handle-interaction.ts";
import { createMessageHandler } from "../../bot/discord/handle-message.ts";
import type { IncomingMessage } from "../../bot/discord/incoming-message.ts";
import type { InteractionPort, MessagePort } from "../../bot/discord/ports.ts";
import { SENT_PRIVATELY_NOTICE } from "../../bot/discord/reply-plan.ts";
import { createSlackBot } from "../../bot/slack/app.ts";
import { type DiscordMessage, EPHEMERAL_FLAG } from "../../shared/render/discord.ts";
import { TEST_SECRETS } from "../../vitest.config.ts";
import { mentionOfTheBot } from "../support/discord-message.ts";
import { startFakeSlack } from "../support/fake-slack.ts";
import { freshRateLimitWindow } from "../support/rate-limit-window.ts";
import { postSignedToSlackReceiver } from "../support/signed-slack.ts";
import { type RunningWorker, startWorker } from "../support/start-worker.ts";

/**
 * The adapters against the real Worker (wrangler's dev server, wrangler.toml's rate limits): past a
 * member's limit the Worker answers 429, and Discord and Slack members get the friendly wait message,
 * privately where the platform allows; a crisis message past the limit still gets its resources.
 * Everything the adapters and the Worker print is captured: no member's words appear in it.
 */
const MARKER = "privacy-marker-node-7d1e";
const QUESTION = `why does my therapist say we ${MARKER}`;
const CRISIS = `i want to kill myself tonight ${MARKER}`;
const WAIT = "sending questions faster than I can keep up with";
const SLACK_SECRET = "adapters-e2e-signing-secret";
const GUILD = "445566778899001122";
/** Room for waiting out a rate-limit window (up to 15 s) on a busy machine. */
const TEST_TIMEOUT_MS = 60_000;
/** The adapters' tests wait for a fresh limiter minute when less than this remains: they run longer than the Worker's. */
const freshWindow = () => freshRateLimitWindow(60, 15);

let worker: RunningWorker;
const slackPromise = startFakeSlack();
const printed: string[] = [];
const logged: string[] = [];
const log = (event: string, detail: Record<string, unknown>) => void logged.push(JSON.stringify({ event, ...detail }));

beforeAll(async () => {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method].bind(console);
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
      original(...args);
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return write(chunk, ...rest);
    }) as typeof stream.write);
  }
  // Slack's Web API is a closed local port here: the Worker's reply to a mention fails and it logs the fault.
  worker = await startWorker({ ...TEST_SECRETS, SLACK_API_BASE: "http://127.0.0.1:9/api" });
  for (const [platform, id] of [
    ["discord", GUILD],
    ["slack", "TLIMIT"],
  ] as const) {
    const created = await fetch(`${worker.url}/v1/communities`, {
      method: "POST",
      headers: { authorization: `Bearer ${TEST_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ platform, communityId: id, name: "Limits" }),
    });
    const { moderatorToken } = (await created.json()) as { moderatorToken: string };
    const saved = await fetch(`${worker.url}/v1/communities/${platform}/${id}/config`, {
      method: "PUT",
      headers: { authorization: `Bearer ${moderatorToken}`, "content-type": "application/json" },
      body: JSON.stringify({ cooldownSeconds: 0 }),
    });
    expect(saved.status).toBe(200);
  }
}, 120_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await worker?.stop();
  await (await slackPromise).close();
});

/** The Worker's windows roll over on the minute: start counting with at least 15 s of one left. */
function discordDeps() {
  return {
    ask: createAnswerClient({ apiUrl: worker.url, apiKey: TEST_SECRETS.ANSWER_API_KEY, log }),
    settingsFor: createSettingsClient({ apiUrl: worker.url, apiKey: TEST_SECRETS.ANSWER_API_KEY }),
    userKey: createUserKey(TEST_SECRETS.ANSWER_API_KEY),
    log,
  };
}

describe("rate limits end to end, through wrangler's dev server", () => {
  it(
    "anonymous callers: the 31st question in a minute from one address is a 429 with Retry-After, but a crisis is answered",
    async () => {
      await freshWindow();
      const ask = (text: string) =>
        fetch(`${worker.url}/v1/answer`, {
          method: "POST",
          headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.50" },
          body: JSON.stringify({ text, platform: "web", locale: "en-US" }),
        });
      for (let i = 0; i < 30; i += 1) expect((await ask(QUESTION)).status).toBe(200);
      const limited = await ask(QUESTION);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("60");
      expect(await limited.json()).toMatchObject({ error: { code: "rate_limited" } });
      const crisis = await ask(CRISIS);
      expect(crisis.status).toBe(200);
      expect(await crisis.json()).toMatchObject({ kind: "crisis", resources: expect.arrayContaining([expect.objectContaining({ phone: "988" })]) });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "Discord gateway: the 11th message gets the wait message by DM, /ask's 11th privately, and a crisis its resources in the channel",
    async () => {
      await freshWindow();
      const deps = discordDeps();
      const handleMessage = createMessageHandler({ ...deps, cooldown: createCooldown(), bot: () => ({ userId: "100" }) });
      const replies: DiscordMessage[] = [];
      const direct: DiscordMessage[] = [];
      const port: MessagePort = {
        sendTyping: async () => {},
        reply: async (m) => void replies.push(m),
        sendDirect: async (m) => void direct.push(m),
        sendAlert: async () => {},
      };
      const message = (content: string, id: number): IncomingMessage => mentionOfTheBot(content, { id: String(id), authorId: "201", guildId: GUILD });
      for (let i = 0; i < 11; i += 1) await handleMessage(message(QUESTION, i), port);
      expect(replies.every((reply) => !reply.content.includes(WAIT))).toBe(true);
      expect(replies[10]!.content).toBe(SENT_PRIVATELY_NOTICE);
      expect(direct).toHaveLength(1);
      expect(direct[0]!.content).toContain(WAIT);
      expect(direct[0]!.content).toContain("60 seconds");
      await handleMessage(message(CRISIS, 12), port);
      expect(replies[11]!.embeds[0]!.fields.map((field) => field.name).join(" ")).toContain("Samaritans");

      const handleInteraction = createInteractionHandler(deps);
      const responses: DiscordMessage[] = [];
      const interactionPort: InteractionPort = { defer: async () => {}, respond: async (m) => void responses.push(m), sendAlert: async () => {} };
      const ask = (text: string) =>
        handleInteraction(
          { kind: "command", name: "ask", options: [{ name: "question", value: text }], guildId: GUILD, channelId: "400", userId: "202", locale: "en-GB" },
          interactionPort,
        );
      for (let i = 0; i < 11; i += 1) await ask(QUESTION);
      expect(responses[10]).toMatchObject({ flags: EPHEMERAL_FLAG, content: expect.stringContaining(WAIT) });
      await ask(CRISIS);
      expect(responses[11]!.embeds[0]!.fields.length).toBeGreaterThan(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "Slack bot: the 11th mention gets the wait message only to the member, and a crisis its resources",
    async () => {
      await freshWindow();
      const slack = await slackPromise;
      const bot = createSlackBot(
        {
          mode: "http",
          botToken: "xoxb-e2e",
          signingSecret: SLACK_SECRET,
          port: 0,
          answerApiUrl: worker.url,
          answerApiKey: TEST_SECRETS.ANSWER_API_KEY,
          slackApiUrl: slack.apiUrl,
        },
        { log },
      );
      const events = `http://127.0.0.1:${await bot.start()}/slack/events`;
      try {
        const channel = "CLIMITS";
        const mention = async (text: string, n: number) => {
          const event = { type: "app_mention", user: "ULIMITED", text: `<@UALLIANCE> ${text}`, channel, ts: `1700000005.0000${n}`, team: "TLIMIT" };
          const body = JSON.stringify({ type: "event_callback", team_id: "TLIMIT", event_id: `EvLimit${n}`, event });
          expect((await postSignedToSlackReceiver(events, body, SLACK_SECRET)).status).toBe(200);
          await vi.waitFor(() => expect(slack.calls.filter((call) => call.params.channel === channel)).toHaveLength(n + 1), { timeout: 5_000 });
        };
        for (let n = 0; n < 11; n += 1) await mention(QUESTION, n);
        const calls = slack.calls.filter((call) => call.params.channel === channel);
        expect(calls.slice(0, 10).map((call) => call.method)).toEqual(Array(10).fill("chat.postMessage"));
        expect(calls[10]).toMatchObject({ method: "chat.postEphemeral", params: { user: "ULIMITED", text: expect.stringContaining(WAIT) } });
        await mention(CRISIS, 11);
        const crisis = slack.calls.filter((call) => call.params.channel === channel)[11]!;
        expect(crisis.method).toBe("chat.postMessage");
        expect(JSON.stringify(crisis.params.blocks)).toMatch(/988|findahelpline/);
      } finally {
        await bot.stop();
      }
    },
    TEST_TIMEOUT_MS,
  );

  it("nothing the adapters or the Worker printed or logged holds a member's words, or a secret", async () => {
    // A mention carrying the marker whose reply the Worker cannot post: its fault line must reach the
    // captured output (so the capture is proven to see the Worker's logs) without the member's words.
    const event = { type: "app_mention", user: "UPRIVACY", text: `<@UALLIANCE> ${QUESTION}`, channel: "CPRIVACY", ts: "1700000009.000100", team: "TPRIVACY" };
    const body = JSON.stringify({ type: "event_callback", team_id: "TPRIVACY", event_id: "EvPrivacyMarker", event });
    expect((await postSignedToSlackReceiver(`${worker.url}/slack/events`, body, TEST_SECRETS.SLACK_SIGNING_SECRET)).status).toBe(200);
    await vi.waitFor(() => expect(printed.join("\n")).toMatch(/"scope":"slack\.[a-z_.]+"/), { timeout: 10_000 });
    const output = [...printed, ...logged].join("\n");
    expect(output).not.toContain(MARKER);
    for (const [name, value] of Object.entries(TEST_SECRETS)) expect(output, name).not.toContain(value);
  });
});
