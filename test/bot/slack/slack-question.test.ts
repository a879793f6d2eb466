import { describe, expect, it } from "vitest";
import { readSlackBotConfig } from "../../../bot/slack/config.ts";
import { cooldownNotice, isHeldByCooldown } from "../../../bot/slack/respond.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import type { AdapterSettings } from "../../../shared/schemas/community-config.ts";
import { moreRequested, questionFromAction, questionFromCommand, questionFromEvent, questionText, type SlackQuestion } from "../../../shared/slack/question.ts";
import { planReply } from "../../../shared/slack/reply-plan.ts";

const answerOf = (kind: Answer["kind"]): Answer => ({ kind, topic: null, reason: null, text: "…", resources: [], followUps: [] });
const DEFAULTS: AdapterSettings = { channels: { mode: "mentions" }, crisisReplyPrivately: false, cooldownSeconds: 5 };
const IN_CHANNEL: SlackQuestion = { text: "q", teamId: "T1", userId: "U1", channelId: "C1", inDm: false, messageTs: "1.1" };
const IN_DM: SlackQuestion = { ...IN_CHANNEL, channelId: "D1", inDm: true };

describe("reading a Slack message as a question", () => {
  it("drops the bot's mention, keeps other people as 'someone', links as their labels, entities decoded", () => {
    expect(questionText("<@UBOT> is it ok that <@U42|sam> &amp; I see <https://x.example|this> therapist? &lt;3 <#C9|general>", "UBOT")).toBe(
      "is it ok that someone & I see this therapist? <3 #general",
    );
    expect(questionText("<!here> <@UBOT>", "UBOT")).toBe("hello");
  });

  it("keeps the end of a very long message, where a crisis often is", () => {
    const text = questionText(`${"I had a long week. ".repeat(400)}I don't want to be alive anymore`, undefined);
    expect(Array.from(text).length).toBeLessThanOrEqual(4_000);
    expect(text).toMatch(/^I had a long week/);
    expect(text).toMatch(/I don't want to be alive anymore$/);
  });

  it("answers people's files and thread broadcasts, and takes the team from the event when the envelope has none", () => {
    const base = { type: "message", channel: "D1", user: "U1", ts: "1.1", text: "hi", team: "T9" };
    expect(questionFromEvent({ ...base, subtype: "file_share" }, { teamId: undefined })).toMatchObject({ teamId: "T9", inDm: true });
    expect(questionFromEvent({ ...base, channel_type: "im", subtype: "thread_broadcast", thread_ts: "1.0" }, { teamId: "T1" })).toMatchObject({
      threadTs: "1.0",
    });
    expect(questionFromEvent({ ...base, team: undefined }, { teamId: undefined })).toBeNull();
  });

  it("/ask needs words after it; a follow-up needs its question", () => {
    expect(questionFromCommand({ team_id: "T1", channel_id: "C1", user_id: "U1", command: "/ask", text: " " })).toBeNull();
    expect(questionFromCommand({ team_id: "T1", channel_id: "D1", user_id: "U1", command: "/ask", text: "why we?" })).toMatchObject({
      text: "why we?",
      inDm: true,
    });
    const press = {
      type: "block_actions" as const,
      user: { id: "U1", team_id: "T1" },
      channel: { id: "C1" },
      actions: [{ action_id: "alliance_follow_up_0", value: "  " }],
    };
    expect(questionFromAction(press)).toBeNull();
    expect(questionFromAction({ ...press, actions: [{ action_id: "alliance_follow_up_0", value: "What is it?" }] })).toMatchObject({
      teamId: "T1",
      text: "What is it?",
    });
  });

  it('"Tell me more" asks for its topic, and only a topic id', () => {
    const press = {
      type: "block_actions" as const,
      user: { id: "U1", team_id: "T1" },
      channel: { id: "C1" },
      actions: [{ action_id: "alliance_more", value: "trust" }],
    };
    const question = questionFromAction(press)!;
    expect(question).toMatchObject({ teamId: "T1", text: "Tell me more", topic: "trust" });
    expect(moreRequested(question)).toEqual({ topic: "trust", detail: "full" });
    expect(moreRequested({ ...question, topic: undefined })).toEqual({});
    for (const value of ["", "Trust", "../admin", "a b", undefined])
      expect(questionFromAction({ ...press, actions: [{ action_id: "alliance_more", value }] })).toBeNull();
  });
});

describe("where a Slack reply goes", () => {
  it("crisis replies and redirects go privately when the community asks; answers stay in the thread", () => {
    const privately = { ...DEFAULTS, crisisReplyPrivately: true };
    expect(planReply(answerOf("crisis"), privately, IN_CHANNEL)).toEqual({ visibility: "private", threadTs: "1.1", alert: false });
    expect(planReply(answerOf("redirect"), privately, IN_CHANNEL).visibility).toBe("private");
    expect(planReply(answerOf("answer"), privately, IN_CHANNEL).visibility).toBe("public");
    expect(planReply(answerOf("crisis"), DEFAULTS, IN_CHANNEL).visibility).toBe("public");
  });

  it("alerts moderators to a crisis in a channel, never to a DM", () => {
    const alerting = { ...DEFAULTS, alertChannelId: "CMODS" };
    expect(planReply(answerOf("crisis"), alerting, IN_CHANNEL).alert).toBe(true);
    expect(planReply(answerOf("crisis"), alerting, IN_DM)).toEqual({ visibility: "public", alert: false });
    expect(planReply(answerOf("redirect"), alerting, IN_CHANNEL).alert).toBe(false);
  });

  it("outside the listed channels it answers only the member; replies to a thread stay in it", () => {
    const listed: AdapterSettings = { ...DEFAULTS, channels: { mode: "listed", ids: ["CLISTED"] } };
    expect(planReply(answerOf("answer"), listed, IN_CHANNEL).visibility).toBe("private");
    expect(planReply(answerOf("answer"), listed, { ...IN_CHANNEL, channelId: "CLISTED" }).visibility).toBe("public");
    expect(planReply(answerOf("answer"), listed, IN_DM).visibility).toBe("public");
    expect(planReply(answerOf("answer"), DEFAULTS, { ...IN_CHANNEL, threadTs: "1.0" }).threadTs).toBe("1.0");
    expect(planReply(answerOf("answer"), DEFAULTS, { ...IN_CHANNEL, mustBePrivate: true }).visibility).toBe("private");
  });
});

describe("the Slack bot's own rules", () => {
  it("the cooldown holds back everything but a crisis and the fallback", () => {
    expect(isHeldByCooldown(true, { source: "worker", answer: answerOf("answer") })).toBe(true);
    expect(isHeldByCooldown(true, { source: "worker", answer: answerOf("crisis") })).toBe(false);
    expect(isHeldByCooldown(true, { source: "fallback", answer: answerOf("out_of_scope"), fault: "timeout" })).toBe(false);
    expect(isHeldByCooldown(false, { source: "worker", answer: answerOf("answer") })).toBe(false);
    expect(cooldownNotice(30).text).toContain("30 seconds");
  });

  it("starts in Socket Mode by default and in HTTP mode on request", () => {
    const common = { SLACK_BOT_TOKEN: "xoxb-1", ANSWER_API_URL: "https://alliance.example", ANSWER_API_KEY: "k" };
    expect(readSlackBotConfig({ ...common, SLACK_APP_TOKEN: "xapp-1" })).toMatchObject({ mode: "socket", appToken: "xapp-1" });
    expect(readSlackBotConfig({ ...common, SLACK_MODE: "http", SLACK_SIGNING_SECRET: "s", PORT: "8080" })).toMatchObject({ mode: "http", port: 8080 });
  });

  it("names every missing or malformed variable, never a value", () => {
    expect(() => readSlackBotConfig({ SLACK_BOT_TOKEN: "xoxp-secret-value", SLACK_MODE: "websocket" })).toThrow(
      /SLACK_MODE[\s\S]*SLACK_BOT_TOKEN does not look right[\s\S]*ANSWER_API_URL is not set[\s\S]*ANSWER_API_KEY is not set/,
    );
    expect(() => readSlackBotConfig({ SLACK_BOT_TOKEN: "xoxp-secret-value" })).not.toThrow(/secret-value/);
    expect(() => readSlackBotConfig({ SLACK_BOT_TOKEN: "xoxp-secret-value" })).toThrow(/SLACK_APP_TOKEN/);
  });
});
