import { describe, expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../../functions/knowledge/generated/knowledge-base.ts";
import { type DiscordMessage, EPHEMERAL_FLAG, MORE_PREFIX } from "../../../shared/render/discord.ts";
import { MORE_ACTION } from "../../../shared/render/slack.ts";
import { TELL_ME_MORE } from "../../../shared/render/tell-me-more.ts";
import { type Answer, AnswerSchema } from "../../../shared/schemas/answer.ts";
import { buttonInteraction, postInteraction } from "../../support/worker/discord-interactions.ts";
import { expectJsonError, postJson } from "../../support/worker/fetch-worker.ts";
import { buttonPress, form, postSlack, slackCalls, uniqueId } from "../../support/worker/slack.ts";

async function ask(body: Record<string, unknown>): Promise<Answer> {
  const response = await postJson("/v1/answer", { platform: "web", locale: "en-GB", ...body });
  expect(response.status).toBe(200);
  return AnswerSchema.parse(await response.json());
}

const TRUST = KNOWLEDGE_BASE.topics.find((topic) => topic.id === "trust")!;

describe("POST /v1/answer leads with a short answer", () => {
  it("answers with the topic's lead (at most 400 characters) and offers the whole answer in `more`", async () => {
    const answer = await ask({ text: "how do I learn to trust my therapist" });
    expect(answer).toMatchObject({ kind: "answer", topic: "trust", text: TRUST.lead });
    expect(answer.text.length).toBeLessThanOrEqual(400);
    expect(answer.more).toBe(`**${TRUST.title}**\n\n${TRUST.text}`);
    expect(answer.followUps.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the whole answer as the text, and no `more`, when asked for detail "full"', async () => {
    const answer = await ask({ text: "how do I learn to trust my therapist", detail: "full" });
    expect(answer.text).toBe(`**${TRUST.title}**\n\n${TRUST.text}`);
    expect(answer.more).toBeUndefined();
  });

  it('answers "Tell me more" with the named topic\'s whole answer, whatever its text would retrieve', async () => {
    const answer = await ask({ text: TELL_ME_MORE, topic: "trust", detail: "full" });
    expect(answer).toMatchObject({ kind: "answer", topic: "trust", text: `**${TRUST.title}**\n\n${TRUST.text}` });
  });

  it("still reads the text for a crisis when a topic is named", async () => {
    const answer = await ask({ text: "i want to kill myself tonight", topic: "trust", detail: "full" });
    expect(answer.kind).toBe("crisis");
  });

  it("answers an unknown topic as out of scope, and refuses a malformed one or detail", async () => {
    expect((await ask({ text: TELL_ME_MORE, topic: "no-such-topic", detail: "full" })).kind).toBe("out_of_scope");
    await expectJsonError(await postJson("/v1/answer", { text: TELL_ME_MORE, platform: "web", topic: "Not A Topic!" }), 400, "invalid_request");
    await expectJsonError(await postJson("/v1/answer", { text: "hi", platform: "web", detail: "everything" }), 400, "invalid_request");
  });
});

describe("POST /v1/answer meets chat as chat", () => {
  it("takes praise for a therapist as praise, not a question about trust", async () => {
    const answer = await ask({ text: "ngl my therapist killed it today" });
    expect(answer).toMatchObject({ kind: "out_of_scope", topic: null, followUps: [] });
    expect(answer.text).toMatch(/^That's lovely to hear!/);
    expect(answer.text.length).toBeLessThanOrEqual(200);
  });

  it("thanks and praise for the bot get a short, warm reply", async () => {
    const thanks = await ask({ text: "thanks bot" });
    expect(thanks.text).toMatch(/^You're welcome!/);
    const praise = await ask({ text: "you're great" });
    expect(praise.text).toMatch(/^Thank you, that's kind of you!/);
    for (const answer of [thanks, praise]) expect(answer.text.length).toBeLessThanOrEqual(200);
  });

  it("keeps help with anything else out of the knowledge base", async () => {
    for (const text of ["my python homework isn't working", "anyone watching the game"]) {
      const answer = await ask({ text });
      expect(answer.kind, text).toBe("out_of_scope");
      expect(answer.text, text).toMatch(/^I'm not sure I can help with that one\./);
    }
  });

  it("still answers a therapy question that thanks or praises on the way", async () => {
    expect((await ask({ text: "thanks! how do I say thank you to my therapist with a gift" })).topic).toBe("gifts-and-thank-yous");
    expect((await ask({ text: "my therapist is great but she keeps checking the clock" })).kind).toBe("answer");
  });
});

describe("Tell me more on Discord (HTTP interactions)", () => {
  it("offers Tell me more on a short answer and answers the press, privately, with the whole answer", async () => {
    const ask = await postInteraction({
      ...buttonInteraction("alliance:ask:How do I learn to trust my therapist?"),
    });
    const asked = ((await ask.json()) as { data: DiscordMessage }).data;
    expect(asked.content).toContain(TRUST.lead);
    const more = asked.components[0]!.components[0]!;
    expect(more).toMatchObject({ label: TELL_ME_MORE, custom_id: `${MORE_PREFIX}trust`, style: 1 });

    const response = await postInteraction(buttonInteraction(more.custom_id));
    expect(response.status).toBe(200);
    const { type, data } = (await response.json()) as { type: number; data: DiscordMessage };
    expect(type).toBe(4);
    expect(data.flags).toBe(EPHEMERAL_FLAG);
    expect(data.content).toBe(`**${TRUST.title}**\n\n${TRUST.text}`);
    expect(data.components[0]!.components.every((button) => !button.custom_id.startsWith(MORE_PREFIX))).toBe(true);
  });

  it("meets a Tell me more with a malformed topic as an unknown button", async () => {
    const response = await postInteraction(buttonInteraction(`${MORE_PREFIX}../admin`));
    const { data } = (await response.json()) as { data: DiscordMessage };
    expect(data.flags).toBe(EPHEMERAL_FLAG);
    expect(data.content).toMatch(/^I don't know that one\./);
  });
});

describe("Tell me more on Slack (interactivity)", () => {
  it("answers the press in the same thread with the whole answer, and no echo of a question", async () => {
    const channel = uniqueId("C");
    expect((await postSlack("/slack/interactions", buttonPress(channel, { action_id: MORE_ACTION, value: "trust" }))).status).toBe(200);
    const calls = await slackCalls(channel);
    expect(calls.map((call) => call.method)).toEqual(["chat.postMessage"]);
    expect(calls[0]!.params.thread_ts).toBe("1700000000.000100");
    const blocks = JSON.stringify(calls[0]!.params.blocks);
    expect(blocks).toContain("*Building trust with a therapist*");
    expect(blocks).toContain("Trust tends to build through small, repeated experiences");
    expect(blocks).not.toContain("Asked:");
    expect(blocks).not.toContain(MORE_ACTION);
  });

  it("posts nothing for a Tell me more whose value is not a topic id", async () => {
    const channel = uniqueId("C");
    const payload = {
      type: "block_actions",
      team: { id: "TALLIANCE" },
      user: { id: "UMEMBER", team_id: "TALLIANCE" },
      channel: { id: channel },
      actions: [{ action_id: MORE_ACTION, value: "<script>" }],
    };
    expect((await postSlack("/slack/interactions", form({ payload: JSON.stringify(payload) }))).status).toBe(200);
    expect(await slackCalls(channel)).toEqual([]);
  });
});
