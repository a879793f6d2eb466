import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buttonPress, eventBody, form, postSlack, slackCalls, uniqueId } from "../../support/worker/slack.ts";

afterEach(() => vi.restoreAllMocks());

function mention(channel: string, extra: Record<string, unknown> = {}) {
  return {
    type: "app_mention",
    user: "UMEMBER",
    text: "<@UALLIANCE> why does my therapist say we?",
    channel,
    ts: "1700000000.000100",
    team: "TALLIANCE",
    ...extra,
  };
}

describe("POST /slack/events", () => {
  it("answers a mention with exactly one chat.postMessage in the message's thread, with the bot token", async () => {
    const channel = uniqueId("C");
    const response = await postSlack("/slack/events", eventBody(mention(channel)));
    expect(response.status).toBe(200);
    const calls = await slackCalls(channel);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call).toMatchObject({ method: "chat.postMessage", authorization: `Bearer ${env.SLACK_BOT_TOKEN}` });
    expect(call!.params).toMatchObject({ channel, thread_ts: "1700000000.000100", unfurl_links: false, text: expect.stringContaining("we") });
    const blocks = call!.params.blocks as { type: string }[];
    expect(blocks[0]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
    expect(blocks.some((block) => block.type === "actions")).toBe(true);
  });

  it("keeps a reply in the thread the mention was made in", async () => {
    const channel = uniqueId("C");
    await postSlack("/slack/events", eventBody(mention(channel, { ts: "1700000000.000300", thread_ts: "1700000000.000200" })));
    const posted = (await slackCalls(channel)).filter((call) => call.method === "chat.postMessage");
    expect(posted[0]?.params.thread_ts).toBe("1700000000.000200");
  });

  it("answers a direct message in the DM, not in a new thread", async () => {
    const channel = uniqueId("D");
    const event = { type: "message", channel_type: "im", user: "UMEMBER", text: "what is the therapeutic alliance?", channel, ts: "1700000000.000400" };
    await postSlack("/slack/events", eventBody(event));
    const calls = await slackCalls(channel);
    // The DM's recent history is read first, for the member's conversation (docs/conversations.md).
    expect(calls.map((call) => call.method)).toEqual(["conversations.history", "chat.postMessage"]);
    expect(calls[1]!.params).not.toHaveProperty("thread_ts");
  });

  it("replies once to a delivery Slack retries, sequentially or at the same time", async () => {
    const channel = uniqueId("C");
    const body = eventBody(mention(channel));
    expect((await postSlack("/slack/events", body)).status).toBe(200);
    expect((await postSlack("/slack/events", body, { headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } })).status).toBe(200);
    expect(await slackCalls(channel)).toHaveLength(1);

    const other = uniqueId("C");
    const concurrent = eventBody(mention(other));
    const responses = await Promise.all([postSlack("/slack/events", concurrent), postSlack("/slack/events", concurrent)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(await slackCalls(other)).toHaveLength(1);
  });

  it("keeps only event ids and times, and prunes them after an hour", async () => {
    const columns = await env.DB.prepare("SELECT name FROM pragma_table_info('slack_events')").all<{ name: string }>();
    expect(columns.results.map((c) => c.name).sort()).toEqual(["event_id", "received_at"]);
    await env.DB.prepare("INSERT INTO slack_events (event_id, received_at) VALUES ('EvOLD', ?1)")
      .bind(Date.now() - 2 * 60 * 60 * 1_000)
      .run();
    await postSlack("/slack/events", eventBody(mention(uniqueId("C"))));
    expect(await env.DB.prepare("SELECT event_id FROM slack_events WHERE event_id = 'EvOLD'").first()).toBeNull();
  });

  it("ignores its own messages, other bots, edits and channel chatter", async () => {
    const channel = uniqueId("C");
    const dm = uniqueId("D");
    const ignored = [
      mention(channel, { bot_id: "BOTHER" }),
      mention(channel, { user: "UALLIANCE" }),
      { type: "message", subtype: "bot_message", bot_id: "BOTHER", channel: dm, channel_type: "im", text: "hi", ts: "1.1" },
      { type: "message", channel: dm, channel_type: "im", user: "UALLIANCE", text: "my own reply", ts: "1.2" },
      { type: "message", subtype: "message_changed", channel: dm, channel_type: "im", ts: "1.3" },
      { type: "message", channel, channel_type: "channel", user: "UMEMBER", text: "no mention here", ts: "1.4" },
      { type: "app_mention", channel: dm, channel_type: "im", user: "UMEMBER", text: "<@UALLIANCE> hi", ts: "1.5" },
      { type: "reaction_added", user: "UMEMBER", reaction: "heart" },
    ];
    for (const event of ignored) expect((await postSlack("/slack/events", eventBody(event))).status).toBe(200);
    expect(await slackCalls(channel)).toEqual([]);
    expect(await slackCalls(dm)).toEqual([]);
  });

  it("logs a failed post by Slack's error code, never the message, and still acknowledges", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await postSlack("/slack/events", eventBody(mention("CFAILING", { text: "<@UALLIANCE> my private words" })));
    expect(response.status).toBe(200);
    const logged = errors.mock.calls.flat().join("\n");
    expect(logged).toContain("not_in_channel");
    expect(logged).not.toContain("private words");
  });
});

describe("POST /slack/commands", () => {
  function ask(channel: string, text: string) {
    return form({
      team_id: "TALLIANCE",
      channel_id: channel,
      user_id: "UMEMBER",
      command: "/ask",
      text,
      response_url: "https://hooks.slack.com/x",
      trigger_id: "1",
    });
  }

  it("/ask replies in the HTTP response, in the channel, as Block Kit", async () => {
    const channel = uniqueId("C");
    const response = await postSlack("/slack/commands", ask(channel, "why does my therapist say we?"));
    expect(response.status).toBe(200);
    const reply = (await response.json()) as { response_type: string; text: string; blocks: unknown[] };
    expect(reply.response_type).toBe("in_channel");
    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.blocks.length).toBeGreaterThan(0);
    expect(await slackCalls(channel)).toEqual([]);
  });

  it("/ask with nothing after it explains itself, only to the member", async () => {
    const response = await postSlack("/slack/commands", ask(uniqueId("C"), "   "));
    expect(await response.json()).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("/ask") });
  });

  it("400 for a signed command missing its fields", async () => {
    expect((await postSlack("/slack/commands", form({ command: "/ask" }))).status).toBe(400);
  });
});

describe("POST /slack/interactions", () => {
  it("answers a tapped follow-up in the same thread, echoing the question", async () => {
    const channel = uniqueId("C");
    const response = await postSlack(
      "/slack/interactions",
      buttonPress(channel, { action_id: "alliance_follow_up_0", value: "What is the therapeutic alliance?" }),
    );
    expect(response.status).toBe(200);
    const calls = await slackCalls(channel);
    expect(calls.map((call) => call.method)).toEqual(["chat.postMessage"]);
    expect(calls[0]!.params.thread_ts).toBe("1700000000.000100");
    expect(JSON.stringify(calls[0]!.params.blocks)).toContain("What is the therapeutic alliance?");
  });

  it("answers a follow-up tapped on a private reply privately", async () => {
    const channel = uniqueId("C");
    const container = { type: "message", message_ts: "1700000000.000600", is_ephemeral: true };
    await postSlack(
      "/slack/interactions",
      buttonPress(channel, { action_id: "alliance_follow_up_1", value: "Why does my therapist say we?" }, { container, message: undefined }),
    );
    const calls = await slackCalls(channel);
    expect(calls.map((call) => call.method)).toEqual(["chat.postEphemeral"]);
    expect(calls[0]!.params.user).toBe("UMEMBER");
  });

  it("acknowledges a resource link press and other payloads without posting", async () => {
    const channel = uniqueId("C");
    expect((await postSlack("/slack/interactions", buttonPress(channel, { action_id: "alliance_resource_link_0" }))).status).toBe(200);
    expect((await postSlack("/slack/interactions", form({ payload: JSON.stringify({ type: "view_submission" }) }))).status).toBe(200);
    expect(await slackCalls(channel)).toEqual([]);
  });
});
