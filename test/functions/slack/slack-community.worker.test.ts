import { describe, expect, it } from "vitest";
import { bearer, createCommunity, putConfig } from "../../support/worker/communities-support.ts";
import { eventBody, form, postSlack, slackCalls, uniqueId } from "../../support/worker/slack.ts";

const CRISIS_TEXT = "i want to kill myself tonight";
/** A Slack workspace (team id) with the moderators' config stored through the API. */
async function workspaceWith(config: Record<string, unknown>): Promise<string> {
  const team = uniqueId("T");
  const token = await createCommunity("slack", team);
  expect((await putConfig("slack", team, config, bearer(token))).status).toBe(200);
  return team;
}

function ask(team: string, channel: string, text: string) {
  return form({ team_id: team, channel_id: channel, user_id: "UMEMBER", command: "/ask", text, response_url: "https://hooks.slack.com/x", trigger_id: "1" });
}

function mentionIn(team: string, channel: string, text: string) {
  const event = { type: "app_mention", user: "UMEMBER", text: `<@UALLIANCE> ${text}`, channel, ts: "1700000000.000700", team };
  return eventBody(event, { team_id: team });
}

type CommandReply = { response_type: string; text: string };

describe("Slack follows the workspace's config in D1", () => {
  it("/ask answers with the workspace's own custom answer", async () => {
    const answer = "Our peer support call is every Thursday at 19:00 UK time in #voice-support.";
    const team = await workspaceWith({
      customAnswers: [{ id: "weekly-call", title: "Our weekly support call", answer, sampleQuestions: ["where is our weekly support call"] }],
    });
    const reply = (await (await postSlack("/slack/commands", ask(team, uniqueId("C"), "Where is our weekly support call?"))).json()) as CommandReply;
    expect(reply).toMatchObject({ response_type: "in_channel", text: expect.stringContaining("every Thursday at 19:00") });
  });

  it("answers a mention outside the listed channels only to the member", async () => {
    const listed = uniqueId("C");
    const elsewhere = uniqueId("C");
    const team = await workspaceWith({ channels: { mode: "listed", ids: [listed] } });
    await postSlack("/slack/events", mentionIn(team, elsewhere, "why does my therapist say we?"));
    await postSlack("/slack/events", mentionIn(team, listed, "why does my therapist say we?"));
    expect((await slackCalls(elsewhere)).map((call) => [call.method, call.params.user])).toEqual([["chat.postEphemeral", "UMEMBER"]]);
    expect((await slackCalls(listed)).map((call) => call.method)).toEqual(["chat.postMessage"]);
  });

  it("/ask in crisis replies only to the member when configured, and alerts the moderators without the words", async () => {
    const alerts = uniqueId("C");
    const channel = uniqueId("C");
    const team = await workspaceWith({ region: "GB", crisisReplyPrivately: true, alertChannelId: alerts });
    const reply = (await (await postSlack("/slack/commands", ask(team, channel, CRISIS_TEXT))).json()) as CommandReply;
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.text).toContain("116 123");
    const [alert, ...more] = await slackCalls(alerts);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({ method: "chat.postMessage", params: { text: expect.stringContaining(`<#${channel}>`) } });
    expect(JSON.stringify(alert!.params)).not.toContain("kill");

    const open = await workspaceWith({ region: "GB" });
    const inChannel = (await (await postSlack("/slack/commands", ask(open, uniqueId("C"), CRISIS_TEXT))).json()) as CommandReply;
    expect(inChannel.response_type).toBe("in_channel");
  });

  it("a crisis mention: a private reply in the thread, a permalink for the moderators, nothing for a DM", async () => {
    const alerts = uniqueId("C");
    const channel = uniqueId("C");
    const team = await workspaceWith({ region: "GB", crisisReplyPrivately: true, alertChannelId: alerts });
    await postSlack("/slack/events", mentionIn(team, channel, CRISIS_TEXT));
    const calls = await slackCalls(channel);
    expect(calls.map((call) => call.method)).toEqual(["chat.postEphemeral", "chat.getPermalink"]);
    expect(calls[0]!.params).toMatchObject({ user: "UMEMBER", thread_ts: "1700000000.000700", text: expect.stringContaining("116 123") });
    const [alert] = await slackCalls(alerts);
    expect(alert!.params.text).toContain(`https://alliance-test.slack.com/archives/${channel}/p1700000000000700`);
    expect(JSON.stringify(alert!.params)).not.toContain("kill");

    const dm = uniqueId("D");
    const inDm = { type: "message", channel_type: "im", user: "UMEMBER", text: CRISIS_TEXT, channel: dm, ts: "1700000000.000800" };
    await postSlack("/slack/events", eventBody(inDm, { team_id: team }));
    expect((await slackCalls(dm)).map((call) => call.method)).toEqual(["conversations.history", "chat.postMessage"]);
    expect(await slackCalls(alerts)).toHaveLength(1);
  });
});
