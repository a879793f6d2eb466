import { describe, expect, it } from "vitest";
import { eventBody, postSlack, slackCalls, uniqueId } from "../../support/worker/slack.ts";

/** The fake Slack API (test/support/fake-slack.ts) holds a conversation for channels starting CCTX and DCTX. */
const BRIDGE = "which bridge in town is the highest?";
const CALM = "what is the therapeutic alliance?";

function threadMention(channel: string, text: string) {
  return {
    type: "app_mention",
    user: "UMEMBER",
    text: `<@UALLIANCE> ${text}`,
    channel,
    ts: "1700000300.000100",
    thread_ts: "1700000000.000100",
    team: "TALLIANCE",
  };
}

async function replyTo(channel: string) {
  const calls = await slackCalls(channel);
  const posted = calls.filter((call) => call.method === "chat.postMessage");
  expect(posted).toHaveLength(1);
  return { calls, text: JSON.stringify(posted[0]!.params.blocks) };
}

describe("the Events API path reads the member's recent messages in the thread", () => {
  it("a mention in a thread reads it with conversations.replies; the member's distress there makes a means question a crisis", async () => {
    const channel = uniqueId("CCTX");
    await postSlack("/slack/events", eventBody(threadMention(channel, BRIDGE)));
    const { calls, text } = await replyTo(channel);
    expect(calls[0]).toMatchObject({ method: "conversations.replies", params: { channel, ts: "1700000000.000100", latest: "1700000300.000100", limit: "15" } });
    expect(text).toContain("Talk to someone now");
  });

  it("counts only the member's own messages of the last 15 minutes: someone else's crisis and an hour-old one are not theirs", async () => {
    const channel = uniqueId("CCTX");
    await postSlack("/slack/events", eventBody(threadMention(channel, CALM)));
    const { text } = await replyTo(channel);
    expect(text).not.toContain("Talk to someone now");
    expect(text).not.toContain("If you need someone now");
  });

  it("without the conversation (none there, or a scope the workspace did not grant) the message is judged alone, and still answered", async () => {
    for (const prefix of ["C", "CNOSCOPE"]) {
      const channel = uniqueId(prefix);
      await postSlack("/slack/events", eventBody(threadMention(channel, BRIDGE)));
      const { calls, text } = await replyTo(channel);
      expect(calls.map((call) => call.method)).toEqual(["conversations.replies", "chat.postMessage"]);
      expect(text).not.toContain("Talk to someone now");
    }
  });

  it("a DM reads the DM's recent history; a top-level channel mention reads nothing", async () => {
    const dm = uniqueId("DCTX");
    await postSlack("/slack/events", eventBody({ type: "message", channel_type: "im", user: "UMEMBER", text: BRIDGE, channel: dm, ts: "1700000300.000200" }));
    const direct = await replyTo(dm);
    expect(direct.calls[0]).toMatchObject({ method: "conversations.history", params: { channel: dm, latest: "1700000300.000200" } });
    expect(direct.text).toContain("Talk to someone now");

    const channel = uniqueId("CCTX");
    await postSlack(
      "/slack/events",
      eventBody({ type: "app_mention", user: "UMEMBER", text: `<@UALLIANCE> ${BRIDGE}`, channel, ts: "1700000300.000300", team: "TALLIANCE" }),
    );
    expect((await slackCalls(channel)).map((call) => call.method)).toEqual(["chat.postMessage"]);
  });
});
