import { describe, expect, it } from "vitest";
import type { AnswerOutcome } from "../../../bot/core/answer-client.ts";
import { DEFAULT_ADAPTER_SETTINGS } from "../../../bot/core/settings-client.ts";
import { buildAnswerRequest, createUserKey } from "../../../bot/discord/answer-request.ts";
import type { IncomingMessage } from "../../../bot/discord/incoming-message.ts";
import { questionText, shouldAnswer } from "../../../bot/discord/message-policy.ts";
import { planMessageReply } from "../../../bot/discord/reply-plan.ts";
import { fallbackAnswer } from "../../../shared/fallback.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import type { AdapterSettings } from "../../../shared/schemas/community-config.ts";
import { ANSWER, CRISIS } from "../../support/answers.ts";

const BOT = { userId: "100", roleId: "900" };
const MESSAGE: IncomingMessage = {
  id: "500",
  content: "why does my therapist say we",
  authorId: "200",
  fromAutomation: false,
  guildId: "300",
  channelId: "400",
  addressesBot: false,
  guildLocale: "en-US",
};
const settings = (overrides: Partial<AdapterSettings> = {}): AdapterSettings => ({ ...DEFAULT_ADAPTER_SETTINGS, ...overrides });

describe("which messages the gateway bot answers", () => {
  it("never automation or itself, even when addressed or in a DM", () => {
    const all = settings({ channels: { mode: "all" } });
    expect(shouldAnswer({ ...MESSAGE, fromAutomation: true, addressesBot: true }, all, BOT)).toBe(false);
    expect(shouldAnswer({ ...MESSAGE, authorId: BOT.userId, guildId: undefined }, all, BOT)).toBe(false);
  });

  it("always in DMs and when addressed; otherwise only where the community enabled it", () => {
    expect(shouldAnswer({ ...MESSAGE, guildId: undefined }, settings(), BOT)).toBe(true);
    expect(shouldAnswer({ ...MESSAGE, addressesBot: true }, settings(), BOT)).toBe(true);
    expect(shouldAnswer(MESSAGE, settings({ channels: { mode: "mentions" } }), BOT)).toBe(false);
    expect(shouldAnswer(MESSAGE, settings({ channels: { mode: "all" } }), BOT)).toBe(true);
  });

  it("in listed channels and their threads only", () => {
    const listed = settings({ channels: { mode: "listed", ids: ["400"] } });
    expect(shouldAnswer(MESSAGE, listed, BOT)).toBe(true);
    expect(shouldAnswer({ ...MESSAGE, channelId: "401", parentChannelId: "400" }, listed, BOT)).toBe(true);
    expect(shouldAnswer({ ...MESSAGE, channelId: "401" }, listed, BOT)).toBe(false);
    expect(shouldAnswer(MESSAGE, settings({ channels: { mode: "listed" } }), BOT)).toBe(false);
  });

  it("not a message with no words where it was not addressed (an image, a sticker)", () => {
    expect(shouldAnswer({ ...MESSAGE, content: "  " }, settings({ channels: { mode: "all" } }), BOT)).toBe(false);
  });

  it("strips only its own mention, as a user or as its role", () => {
    expect(questionText("<@100> why does she say we?", BOT)).toBe("why does she say we?");
    expect(questionText("hey <@!100>, <@&900> why   we", BOT)).toBe("hey , why we");
    expect(questionText("<@123> told me to ask <@100>", BOT)).toBe("<@123> told me to ask");
    expect(questionText("<@100>", BOT)).toBe("");
  });
});

describe("the request the gateway bot sends", () => {
  const userKey = createUserKey("adapter-secret");

  it("follows the contract: platform, guild, locale (the member's, else the server's) and an opaque user id", () => {
    const request = buildAnswerRequest({ text: "hi", guildId: "300", guildLocale: "en-US", userId: "200" }, userKey);
    expect(request).toEqual({ text: "hi", platform: "discord", communityId: "300", locale: "en-US", userId: userKey("200") });
    expect(buildAnswerRequest({ text: "hi", locale: "en-GB", guildLocale: "en-US", userId: "200" }, userKey)).toMatchObject({ locale: "en-GB" });
    expect(buildAnswerRequest({ text: "hi", userId: "200" }, userKey)).toEqual({ text: "hi", platform: "discord", userId: userKey("200") });
  });

  it("never sends the Discord user id, and keeps the opaque id stable per user", () => {
    expect(userKey("200")).not.toContain("200");
    expect(userKey("200")).toBe(userKey("200"));
    expect(userKey("200")).not.toBe(userKey("201"));
    expect(createUserKey("other-secret")("200")).not.toBe(userKey("200"));
  });

  it("cuts a long message to the Worker's limit instead of losing the reply to a 413", () => {
    expect(Array.from(buildAnswerRequest({ text: "word ".repeat(2_000), userId: "200" }, userKey).text).length).toBeLessThanOrEqual(4_000);
  });
});

const worker = (answer: Answer): AnswerOutcome => ({ source: "worker", answer });

describe("how the gateway bot replies", () => {
  it("in the channel by default; by DM for crisis replies and redirects when the community asks for privacy", () => {
    expect(planMessageReply(worker(CRISIS), MESSAGE, settings(), false)).toMatchObject({ delivery: "channel" });
    const privately = settings({ crisisReplyPrivately: true });
    expect(planMessageReply(worker(CRISIS), MESSAGE, privately, false)).toMatchObject({ delivery: "direct" });
    expect(planMessageReply(worker({ ...CRISIS, kind: "redirect", reason: "medication" }), MESSAGE, privately, false)).toMatchObject({ delivery: "direct" });
    expect(planMessageReply(worker(ANSWER), MESSAGE, privately, false)).toMatchObject({ delivery: "channel" });
    expect(planMessageReply(worker(CRISIS), { ...MESSAGE, guildId: undefined }, privately, false)).toMatchObject({ delivery: "channel" });
  });

  it("alerts the moderators' channel after a crisis reply with a link to the message, never its words", () => {
    const plan = planMessageReply(worker(CRISIS), MESSAGE, settings({ alertChannelId: "700" }), false)!;
    expect(plan.alert?.channelId).toBe("700");
    expect(plan.alert?.message.content).toContain("https://discord.com/channels/300/400/500");
    expect(plan.alert?.message.content).not.toContain(MESSAGE.content);
    expect(planMessageReply(worker(ANSWER), MESSAGE, settings({ alertChannelId: "700" }), false)!.alert).toBeNull();
    expect(planMessageReply(worker(CRISIS), MESSAGE, settings(), false)!.alert).toBeNull();
  });

  it("stays quiet for a member on cooldown, except for a crisis reply or the fallback with its crisis resources", () => {
    expect(planMessageReply(worker(ANSWER), MESSAGE, settings(), true)).toBeNull();
    expect(planMessageReply({ source: "rate_limited", answer: ANSWER, retryAfterSeconds: 5 }, MESSAGE, settings(), true)).toBeNull();
    expect(planMessageReply(worker(CRISIS), MESSAGE, settings(), true)).not.toBeNull();
    expect(planMessageReply({ source: "fallback", answer: fallbackAnswer(), fault: "timeout" }, MESSAGE, settings(), true)).not.toBeNull();
  });

  it("renders through the shared renderer: never pings, resources as an embed", () => {
    const { message } = planMessageReply(worker(CRISIS), MESSAGE, settings(), false)!;
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds[0]!.fields[0]).toEqual({ name: "Samaritans (24/7)", value: "call 116 123" });
    expect(message.flags).toBeUndefined();
  });
});
