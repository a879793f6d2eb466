import { afterEach, describe, expect, it } from "vitest";
import { createAnswerClient } from "../../../bot/core/answer-client.ts";
import { createConversationMemory } from "../../../bot/core/conversation-memory.ts";
import { createCooldown } from "../../../bot/core/cooldown.ts";
import { createSettingsClient } from "../../../bot/core/settings-client.ts";
import { createUserKey } from "../../../bot/discord/answer-request.ts";
import { createInteractionHandler, type IncomingInteraction } from "../../../bot/discord/handle-interaction.ts";
import { createMessageHandler } from "../../../bot/discord/handle-message.ts";
import type { IncomingMessage } from "../../../bot/discord/incoming-message.ts";
import type { InteractionPort, MessagePort } from "../../../bot/discord/ports.ts";
import { SENT_PRIVATELY_NOTICE } from "../../../bot/discord/reply-plan.ts";
import type { CrisisAlert } from "../../../shared/discord/crisis-alert.ts";
import { type DiscordMessage, EPHEMERAL_FLAG, FOLLOW_UP_PREFIX, MORE_PREFIX } from "../../../shared/render/discord.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import type { AdapterSettings } from "../../../shared/schemas/community-config.ts";
import { ANSWER, CRISIS } from "../../support/answers.ts";
import { mentionOfTheBot } from "../../support/discord-message.ts";
import { closedPortUrl, type FakeHandler, startFakeServer } from "../../support/fake-worker.ts";

const QUESTION = "my private words about therapy";
const MESSAGE = mentionOfTheBot(QUESTION);
const SETTINGS: AdapterSettings = { channels: { mode: "mentions" }, crisisReplyPrivately: false, cooldownSeconds: 5 };

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => Promise.all(servers.splice(0).map((s) => s.close())));

/** A local fake Worker serving both the answer and the community's settings. */
async function fakeWorker(answer: FakeHandler | Answer, settings: AdapterSettings = SETTINGS) {
  const server = await startFakeServer((request, response, body) => {
    const json = (value: unknown) => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));
    if (request.url?.startsWith("/v1/communities/discord/")) return json(settings);
    if (typeof answer === "function") return answer(request, response, body);
    return json(answer);
  });
  servers.push(server);
  return server;
}

function setup(apiUrl: string, options: { timeoutMs?: number } = {}) {
  const logs: string[] = [];
  const log = (event: string, detail: Record<string, unknown>) => void logs.push(JSON.stringify({ event, ...detail }));
  const deps = {
    ask: createAnswerClient({ apiUrl, apiKey: "k", backoffMs: 1, log, ...options }),
    settingsFor: createSettingsClient({ apiUrl, apiKey: "k" }),
    userKey: createUserKey("k"),
    log,
  };
  const handleMessage = createMessageHandler({
    ...deps,
    cooldown: createCooldown(),
    conversations: createConversationMemory(),
    bot: () => ({ userId: "100" }),
  });
  return { handleMessage, handleInteraction: createInteractionHandler(deps), logs };
}

/** A Discord stand-in for one message: records what the bot did; `closed` makes a way refuse, like closed DMs. */
function recordingPort(closed: { channel?: boolean; direct?: boolean } = {}) {
  const done: { way: "typing" | "channel" | "direct" | "alert"; message?: DiscordMessage; alert?: CrisisAlert }[] = [];
  const refuse = () => Promise.reject(Object.assign(new Error(`Cannot send messages to this user: ${QUESTION}`), { code: 50007 }));
  const port: MessagePort = {
    sendTyping: async () => void done.push({ way: "typing" }),
    reply: async (message) => (closed.channel ? refuse() : void done.push({ way: "channel", message })),
    sendDirect: async (message) => (closed.direct ? refuse() : void done.push({ way: "direct", message })),
    sendAlert: async (alert) => void done.push({ way: "alert", alert }),
  };
  return { port, done };
}

describe("the gateway bot's message handler, against a local fake Worker", () => {
  it("shows typing, asks the Worker with the contract request, and replies in the channel", async () => {
    const worker = await fakeWorker(ANSWER);
    const { handleMessage } = setup(worker.url);
    const { port, done } = recordingPort();
    await handleMessage(MESSAGE, port);
    expect(done.map((d) => d.way)).toEqual(["typing", "channel"]);
    expect(done[1]!.message!.content).toBe(ANSWER.text);
    const request = JSON.parse(worker.requests.find((r) => r.url === "/v1/answer")!.body);
    expect(request).toEqual({ text: QUESTION, platform: "discord", communityId: "300", locale: "en-GB", userId: expect.any(String) });
    expect(request.userId).not.toContain("200");
  });

  it("still replies with the shared fallback and its crisis resources when the Worker is down, slow, broken or answers garbage", async () => {
    const faults: [string, () => Promise<string>, string][] = [
      ["down", () => closedPortUrl(), "network"],
      ["slow", async () => (await fakeWorker((_, res) => setTimeout(() => res.writeHead(200).end(JSON.stringify(ANSWER)), 1_500))).url, "timeout"],
      ["500", async () => (await fakeWorker((_, res) => res.writeHead(500).end("{}"))).url, "http:500"],
      ["garbage", async () => (await fakeWorker((_, res) => res.writeHead(200, { "content-type": "application/json" }).end("<html>"))).url, "invalid_json"],
    ];
    for (const [name, url, fault] of faults) {
      const { handleMessage, logs } = setup(await url(), { timeoutMs: 300 });
      const { port, done } = recordingPort();
      await handleMessage(MESSAGE, port);
      const reply = done.find((d) => d.way === "channel")?.message;
      expect(reply?.content, name).toContain("call 999");
      // The server's locale (en-GB) picks the line: Samaritans, with the international directory.
      expect(reply?.embeds[0]?.fields.map((field) => field.name).join(" "), name).toContain("Samaritans");
      expect(logs.join("\n"), name).toContain(fault);
      expect(logs.join("\n"), name).not.toContain(QUESTION);
    }
  });

  it("sends a crisis reply by DM when the community asks, with a note in the channel and an alert to the moderators", async () => {
    const worker = await fakeWorker(CRISIS, { ...SETTINGS, crisisReplyPrivately: true, alertChannelId: "700" });
    const { port, done } = recordingPort();
    await setup(worker.url).handleMessage(MESSAGE, port);
    expect(done.map((d) => d.way)).toEqual(["typing", "direct", "channel", "alert"]);
    expect(done[1]!.message!.content).toBe(CRISIS.text);
    expect(done[2]!.message!.content).toBe(SENT_PRIVATELY_NOTICE);
    expect(done[3]!.alert).toMatchObject({ channelId: "700" });
    expect(done[3]!.alert!.message.content).toContain("https://discord.com/channels/300/400/500");
    expect(done[3]!.alert!.message.content).not.toContain(QUESTION);
  });

  it("falls back to the channel when the member's DMs are closed: the resources always arrive", async () => {
    const worker = await fakeWorker(CRISIS, { ...SETTINGS, crisisReplyPrivately: true });
    const { handleMessage, logs } = setup(worker.url);
    const { port, done } = recordingPort({ direct: true });
    await handleMessage(MESSAGE, port);
    expect(done.filter((d) => d.way === "channel").map((d) => d.message!.content)).toEqual([CRISIS.text]);
    expect(logs.join("\n")).toContain("discord.delivery_failed");
    expect(logs.join("\n")).not.toContain(QUESTION);
  });

  it("tries a DM when it cannot post in the channel, and never throws when nothing works", async () => {
    const worker = await fakeWorker(ANSWER);
    const { handleMessage } = setup(worker.url);
    const first = recordingPort({ channel: true });
    await handleMessage(MESSAGE, first.port);
    expect(first.done.map((d) => d.way)).toEqual(["typing", "direct"]);
    await expect(handleMessage({ ...MESSAGE, authorId: "201" }, recordingPort({ channel: true, direct: true }).port)).resolves.toBeUndefined();
  });

  it("sends the member's recent messages in the channel as context, answered or not; never another member's, another channel's or a bot's", async () => {
    const worker = await fakeWorker(ANSWER);
    const { handleMessage } = setup(worker.url);
    const said = (content: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
      ...MESSAGE,
      id: String(Math.random()),
      content,
      addressesBot: false,
      ...extra,
    });
    await handleMessage(said("lost my job today, everything's falling apart"), recordingPort().port);
    await handleMessage(said("i want to die", { authorId: "201" }), recordingPort().port);
    await handleMessage(said("i want to die", { channelId: "401" }), recordingPort().port);
    await handleMessage(said("i want to die", { fromAutomation: true }), recordingPort().port);
    await handleMessage(said("<@100> which bridge in town is the highest?", { addressesBot: true }), recordingPort().port);
    const requests = worker.requests.filter((r) => r.url === "/v1/answer").map((r) => JSON.parse(r.body));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ text: "which bridge in town is the highest?", context: ["lost my job today, everything's falling apart"] });
  });

  it("keeps quiet for a member on cooldown, but never for a crisis", async () => {
    let answer = ANSWER;
    const worker = await fakeWorker((_, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer)));
    const { handleMessage } = setup(worker.url);
    const first = recordingPort();
    await handleMessage(MESSAGE, first.port);
    const second = recordingPort();
    await handleMessage(MESSAGE, second.port);
    expect(second.done).toEqual([]);
    answer = CRISIS;
    const third = recordingPort();
    await handleMessage(MESSAGE, third.port);
    expect(third.done.map((d) => d.way)).toEqual(["channel"]);
  });

  it("introduces itself when mentioned with no question, without asking the Worker", async () => {
    const worker = await fakeWorker(ANSWER);
    const { port, done } = recordingPort();
    await setup(worker.url).handleMessage({ ...MESSAGE, content: "<@100>" }, port);
    expect(done[0]!.message!.content).toContain("not a therapist");
    expect(worker.requests.filter((r) => r.url === "/v1/answer")).toEqual([]);
  });

  it("ignores other bots without asking the Worker", async () => {
    const worker = await fakeWorker(ANSWER);
    const { port, done } = recordingPort();
    await setup(worker.url).handleMessage({ ...MESSAGE, fromAutomation: true }, port);
    expect(done).toEqual([]);
    expect(worker.requests.filter((r) => r.url === "/v1/answer")).toEqual([]);
  });
});

function interactionPort() {
  const done: { way: "defer" | "respond" | "alert"; message?: DiscordMessage; alert?: CrisisAlert }[] = [];
  const port: InteractionPort = {
    defer: async () => void done.push({ way: "defer" }),
    respond: async (message) => void done.push({ way: "respond", message }),
    sendAlert: async (alert) => void done.push({ way: "alert", alert }),
  };
  return { port, done };
}

const PLACE = { guildId: "300", channelId: "400", userId: "200", locale: "en-GB", guildLocale: "en-US" };

describe("slash commands and buttons over the gateway", () => {
  it("answers a follow-up button's question after deferring, with the member's locale", async () => {
    const worker = await fakeWorker(ANSWER);
    const { port, done } = interactionPort();
    const button: IncomingInteraction = { ...PLACE, kind: "button", customId: `${FOLLOW_UP_PREFIX}What is the alliance?`, messageId: "600" };
    await setup(worker.url).handleInteraction(button, port);
    expect(done.map((d) => d.way)).toEqual(["defer", "respond"]);
    expect(done[1]!.message!.content).toBe(`> What is the alliance?\n\n${ANSWER.text}`);
    expect(JSON.parse(worker.requests.find((r) => r.url === "/v1/answer")!.body)).toMatchObject({ text: "What is the alliance?", locale: "en-GB" });
  });

  it("answers Tell me more with the topic's whole answer, only to the member who pressed it", async () => {
    const worker = await fakeWorker(ANSWER);
    const { port, done } = interactionPort();
    const button: IncomingInteraction = { ...PLACE, kind: "button", customId: `${MORE_PREFIX}we-in-therapy`, messageId: "600" };
    await setup(worker.url).handleInteraction(button, port);
    expect(done.map((d) => d.way)).toEqual(["defer", "respond"]);
    expect(done[1]!.message!.flags).toBe(EPHEMERAL_FLAG);
    expect(done[1]!.message!.content).toBe(ANSWER.text);
    expect(JSON.parse(worker.requests.find((r) => r.url === "/v1/answer")!.body)).toMatchObject({
      text: "Tell me more",
      topic: "we-in-therapy",
      detail: "full",
      communityId: "300",
    });
  });

  it("answers /ask privately when it is a crisis reply and the community asks, and alerts the moderators", async () => {
    const worker = await fakeWorker(CRISIS, { ...SETTINGS, crisisReplyPrivately: true, alertChannelId: "700" });
    const { port, done } = interactionPort();
    await setup(worker.url).handleInteraction({ ...PLACE, kind: "command", name: "ask", options: [{ name: "question", value: QUESTION }] }, port);
    expect(done.map((d) => d.way)).toEqual(["defer", "respond", "alert"]);
    expect(done[1]!.message!.flags).toBe(EPHEMERAL_FLAG);
    expect(done[2]!.alert!.message.content).toContain("https://discord.com/channels/300/400");
  });

  it("answers /about at once and privately, without the Worker", async () => {
    const { port, done } = interactionPort();
    await setup(await closedPortUrl()).handleInteraction({ ...PLACE, kind: "command", name: "about", options: [] }, port);
    expect(done.map((d) => d.way)).toEqual(["respond"]);
    expect(done[0]!.message!.flags).toBe(EPHEMERAL_FLAG);
  });

  it("answers /resources even when the Worker is down (settings fall back to defaults)", async () => {
    const { port, done } = interactionPort();
    await setup(await closedPortUrl()).handleInteraction({ ...PLACE, kind: "command", name: "resources", options: [] }, port);
    expect(done[1]!.message!.embeds[0]!.fields.length).toBeGreaterThan(0);
  });

  it("answers /resources and the fallback with the community's region and own lines, whatever the member's locale", async () => {
    const settings: AdapterSettings = { ...SETTINGS, region: "IE", extraResources: [{ name: "Our peer line", phone: "+353 1 555 0100" }] };
    const worker = await fakeWorker((_, response) => response.writeHead(500).end(), settings);
    const { handleInteraction, handleMessage } = setup(worker.url);
    const { port, done } = interactionPort();
    await handleInteraction({ ...PLACE, kind: "command", name: "resources", options: [] }, port);
    const names = done[1]!.message!.embeds[0]!.fields.map((field) => field.name);
    expect(names[0]).toMatch(/Samaritans/);
    expect(names).toContain("Our peer line");
    const message = recordingPort();
    await handleMessage(MESSAGE, message.port);
    const fallback = message.done.find((d) => d.way === "channel")!.message!.content;
    expect(fallback).toContain("call 112");
    expect(fallback).not.toContain("999");
  });

  it("logs a failed reply by name, never throwing", async () => {
    const worker = await fakeWorker(ANSWER);
    const { handleInteraction, logs } = setup(worker.url);
    const failing: InteractionPort = { defer: async () => {}, respond: async () => Promise.reject(new Error(QUESTION)), sendAlert: async () => {} };
    await expect(
      handleInteraction({ ...PLACE, kind: "command", name: "ask", options: [{ name: "question", value: QUESTION }] }, failing),
    ).resolves.toBeUndefined();
    expect(logs.join("\n")).toContain("discord.interaction_failed");
    expect(logs.join("\n")).not.toContain(QUESTION);
  });
});
