import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownToMrkdwn, renderSlackMessage, SLACK_LIMITS, type SlackBlock, slackLink } from "../../../shared/render/slack.ts";
import { renderSlackCrisisAlert } from "../../../shared/render/slack-alert.ts";
import type { Answer, Resource } from "../../../shared/schemas/answer.ts";

const BASE: Answer = { kind: "answer", topic: "custom", reason: null, text: "", resources: [], followUps: [] };
const SAMARITANS: Resource = { name: "Samaritans", phone: "116 123", url: "https://www.samaritans.org", region: "GB", hours: "24/7" };

/** Every mrkdwn string in a message (sections, context elements, the notification text). */
function mrkdwnTexts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === "section") return [(block.text as { text: string }).text];
    if (block.type === "context") return (block.elements as { text: string }[]).map((e) => e.text);
    return [];
  });
}

const buttons = (blocks: SlackBlock[]) => blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements as Record<string, unknown>[]);
/** Slack counts characters: code points, as `truncate` does. */
const chars = (text: string) => Array.from(text).length;
/** The only angle brackets allowed are Alliance's own links; anything else is an unescaped control sequence. */
const withoutOwnLinks = (text: string) => text.replace(/<https?:\/\/[^\s<>|]+(?:\|[^<>\n]*)?>/g, "");

describe("Slack rendering", () => {
  it("escapes <, > and & in a moderator's custom answer, so it can neither ping nor link", () => {
    const message = renderSlackMessage({ ...BASE, text: "Ask <!channel> & <@U123> about <https://evil.example|this>" });
    const section = mrkdwnTexts(message.blocks)[0]!;
    expect(section).toBe("Ask &lt;!channel&gt; &amp; &lt;@U123&gt; about &lt;https://evil.example|this&gt;");
    expect(message.text).toContain("&lt;!channel&gt;");
  });

  it("a link can neither end early nor take a label of its own: |, <, > and spaces in it are percent-encoded, | in a label replaced", () => {
    expect(slackLink("https://evil.example/|Samaritans")).toBe("<https://evil.example/%7CSamaritans>");
    expect(slackLink("https://x.example/a b<c>&d")).toBe("<https://x.example/a%20b%3Cc%3E&amp;d>");
    expect(slackLink("https://x.example/", "Open | <here>")).toBe("<https://x.example/|Open ¦ &lt;here&gt;>");
    const long: Resource = { name: "Line", url: "https://evil.example/|Samaritans", region: "GB" };
    const message = renderSlackMessage({ ...BASE, kind: "crisis", resources: [long] });
    expect(JSON.stringify(message)).not.toContain("|Samaritans>");
    expect(markdownToMrkdwn("[Call | us](https://x.example/)")).toBe("<https://x.example/|Call ¦ us>");
  });

  it("escapes moderator-supplied resource names and hours, and keeps button labels as plain text", () => {
    const resource: Resource = { name: "Tom & Jerry's <line>", phone: "0800 <1>", region: "GB", hours: "9>5", url: "https://example.org/a?b=1&c=2" };
    const message = renderSlackMessage({ ...BASE, text: "Here you go.", resources: [resource] });
    const section = mrkdwnTexts(message.blocks).find((t) => t.includes("Tom"))!;
    expect(section).toContain("*Tom &amp; Jerry's &lt;line&gt;* (9&gt;5): call 0800 &lt;1&gt;");
    expect(buttons(message.blocks)[0]).toMatchObject({ text: { type: "plain_text", text: "Tom & Jerry's <line>" }, url: "https://example.org/a?b=1&c=2" });
    expect(message.text).toContain("<https://example.org/a?b=1&amp;c=2>");
  });

  it("turns the answer's Markdown into mrkdwn", () => {
    expect(markdownToMrkdwn("**Trust** takes *time*. See [the guide](https://example.org/x?a=1&b=2).")).toBe(
      "*Trust* takes _time_. See <https://example.org/x?a=1&amp;b=2|the guide>.",
    );
    expect(markdownToMrkdwn("## Why\n- one\n* two")).toBe("*Why*\n• one\n• two");
    expect(markdownToMrkdwn("[click](javascript:alert(1))")).toBe("[click](javascript:alert(1))");
  });

  it("puts crisis lines first under a clear heading, each contact once", () => {
    const message = renderSlackMessage({
      ...BASE,
      kind: "crisis",
      text: "You deserve support now.",
      resources: [SAMARITANS, { name: "Shout", sms: "85258", region: "GB" }],
    });
    const texts = mrkdwnTexts(message.blocks).join("\n");
    expect(texts).toContain("*Talk to someone now*\n• *Samaritans* (24/7): call 116 123\n• *Shout*: text 85258");
    expect(texts).not.toContain("samaritans.org");
    expect(buttons(message.blocks)).toEqual([expect.objectContaining({ url: "https://www.samaritans.org", text: { type: "plain_text", text: "Samaritans" } })]);
  });

  it("offers follow-ups as buttons that carry the whole question", () => {
    const long = `How do I ${"really ".repeat(20)}tell my therapist?`;
    const message = renderSlackMessage({ ...BASE, text: "Hi.", followUps: [long, "a", "b", "c", "d", "e"] });
    const followUps = buttons(message.blocks);
    expect(followUps).toHaveLength(5);
    expect(followUps[0]).toMatchObject({ action_id: "alliance_follow_up_0", value: long });
    expect((followUps[0]!.text as { text: string }).text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(new Set(followUps.map((b) => b.action_id)).size).toBe(5);
  });

  it("offers Tell me more under a short answer, carrying its topic, before the follow-ups", () => {
    const message = renderSlackMessage({ ...BASE, topic: "trust", text: "Trust grows slowly.", more: "**Trust**\n\nAll of it.", followUps: ["Why we?"] });
    const [more, followUp] = buttons(message.blocks);
    expect(more).toEqual({ type: "button", action_id: "alliance_more", style: "primary", text: { type: "plain_text", text: "Tell me more" }, value: "trust" });
    expect(followUp).toMatchObject({ action_id: "alliance_follow_up_0", value: "Why we?" });
    expect(message.text).toBe("Trust grows slowly.");
    expect(buttons(renderSlackMessage({ ...BASE, topic: "trust", text: "All of it." }).blocks).some((b) => b.action_id === "alliance_more")).toBe(false);
  });

  it("splits a long answer into sections and keeps the crisis line in the notification text", () => {
    const text = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} ${"words ".repeat(60)}`).join("\n\n");
    const message = renderSlackMessage({ ...BASE, kind: "crisis", text, resources: [SAMARITANS] });
    const sections = mrkdwnTexts(message.blocks);
    expect(sections.length).toBeGreaterThan(4);
    for (const section of sections) expect(section.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(chars(message.text)).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(message.text).toMatch(/116 123/);
  });

  it("does not repeat in the notification a line the answer already names", () => {
    const message = renderSlackMessage({
      ...BASE,
      kind: "crisis",
      text: "**Samaritans**: call **116 123** (24/7).",
      resources: [SAMARITANS, { name: "Shout", sms: "85258", region: "GB" }],
    });
    expect(message.text.match(/116 123/g)).toHaveLength(1);
    expect(message.text).toBe("*Samaritans*: call *116 123* (24/7).\n\n*Shout*: text 85258");
  });

  it("never splits a link between sections or in the notification text", () => {
    const text = `${"word ".repeat(590)}see [the whole guide to trust](https://example.org/trust) ${"more ".repeat(700)}`;
    const message = renderSlackMessage({ ...BASE, text });
    const sections = mrkdwnTexts(message.blocks);
    expect(sections.filter((s) => s.includes("<https://example.org/trust|the whole guide to trust>"))).toHaveLength(1);
    for (const mrkdwn of [...sections, message.text]) expect(withoutOwnLinks(mrkdwn)).not.toMatch(/[<>]/);
  });

  it("respects Slack's limits and escaping for any answer", () => {
    const piece = fc.constantFrom(
      "<",
      ">",
      "&",
      "*",
      "**",
      "_",
      "[x](https://a.example/p)",
      "[the whole guide](https://a.example/p)",
      "<!here>",
      "\n",
      "\n\n",
      " ",
      "word",
      "é",
      "👋",
      "- ",
    );
    const text = fc.oneof(fc.array(piece, { maxLength: 50 }), fc.array(piece, { maxLength: 2_500, size: "max" })).map((parts) => parts.join(""));
    const resource = fc.record({
      name: fc.string({ minLength: 1, maxLength: 80 }),
      phone: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
      url: fc.option(fc.webUrl(), { nil: undefined }),
      region: fc.constant("GB"),
      hours: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    });
    const answer = fc.record({
      kind: fc.constantFrom("answer", "redirect", "crisis", "out_of_scope"),
      text,
      resources: fc.array(resource, { maxLength: 12 }),
      followUps: fc.array(fc.string({ minLength: 1, maxLength: 300 }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(answer, fc.option(fc.string({ maxLength: 400 }), { nil: undefined }), (generated, question) => {
        const message = renderSlackMessage({ ...BASE, ...generated }, question === undefined ? {} : { question });
        expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        // Booleans, not strings: a failing check must not make vitest diff 10,000-character texts while fast-check shrinks.
        expect(chars(message.text) <= SLACK_LIMITS.fallbackText).toBe(true);
        for (const mrkdwn of [...mrkdwnTexts(message.blocks), message.text]) expect(/[<>]/.test(withoutOwnLinks(mrkdwn))).toBe(false);
        for (const section of mrkdwnTexts(message.blocks)) expect(chars(section) <= SLACK_LIMITS.sectionText).toBe(true);
        for (const button of buttons(message.blocks)) {
          expect(chars((button.text as { text: string }).text) <= SLACK_LIMITS.buttonText).toBe(true);
          if (button.value !== undefined) expect(chars(String(button.value)) <= SLACK_LIMITS.actionValue).toBe(true);
        }
      }),
      // Shrinking 10,000-character answers takes minutes; the first counterexample is enough to debug.
      { numRuns: 200, endOnFailure: true },
    );
  });
});

describe("the moderators' crisis alert", () => {
  it("links the channel and the message and carries nothing else", () => {
    const alert = renderSlackCrisisAlert({ channelId: "C123", permalink: "https://team.slack.com/archives/C123/p1" });
    expect(alert.text).toContain("<#C123>");
    expect(alert.text).toContain("<https://team.slack.com/archives/C123/p1|Open the message>");
  });

  it("drops a channel id or link that does not look like Slack's", () => {
    const alert = renderSlackCrisisAlert({ channelId: "<!here>", permalink: "javascript:alert(1)" });
    expect(alert.text).toContain("in a channel.");
    expect(alert.text).not.toMatch(/here|javascript/);
  });
});
