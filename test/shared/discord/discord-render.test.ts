import { describe, expect, it } from "vitest";
import { actionForButton, actionForCommand } from "../../../shared/discord/actions.ts";
import { askReply, resourcesReply } from "../../../shared/discord/interaction-replies.ts";
import { repliesPrivately } from "../../../shared/discord/reply-policy.ts";
import { resourcesAnswer } from "../../../shared/discord/resources-answer.ts";
import { DISCORD_LIMITS, EPHEMERAL_FLAG, FOLLOW_UP_PREFIX, MORE_PREFIX, renderDiscordMessage } from "../../../shared/render/discord.ts";
import { markdownUrl } from "../../../shared/render/resource-line.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import { ANSWER } from "../../support/answers.ts";

describe("renderDiscordMessage", () => {
  it("keeps every part inside Discord's limits, however long the answer", () => {
    const long: Answer = {
      ...ANSWER,
      text: "word ".repeat(1_000),
      resources: Array.from({ length: 40 }, (_, i) => ({
        name: `Line ${i} ${"n".repeat(300)}`,
        url: `https://example.org/${"p".repeat(1_100)}`,
        region: "GB",
      })),
      followUps: Array.from({ length: 8 }, (_, i) => `Question ${i} ${"q".repeat(120)}`),
    };
    const message = renderDiscordMessage(long);
    expect(Array.from(message.content).length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    const embed = message.embeds[0]!;
    expect(embed.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
    const embedChars = (embed.title ?? "").length + embed.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
    expect(embedChars).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    for (const field of embed.fields) expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    const buttons = message.components[0]!.components;
    expect(buttons).toHaveLength(DISCORD_LIMITS.buttonsPerRow);
    for (const button of buttons) {
      expect(Array.from(button.label).length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      expect(Array.from(button.custom_id).length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    }
  });

  it("shows a resource's link as one plain link: Markdown's syntax characters in it are percent-encoded", () => {
    expect(markdownUrl("https://evil.example/[Samaritans](https://evil.example/)")).toBe("https://evil.example/%5BSamaritans%5D%28https://evil.example/%29");
    expect(markdownUrl("https://x.example/a*b*|`c` d<e>")).toBe("https://x.example/a%2Ab%2A%7C%60c%60%20d%3Ce%3E");
    expect(markdownUrl("https://www.example.org/help_line?x=1&y=2#top")).toBe("https://www.example.org/help_line?x=1&y=2#top");
    const message = renderDiscordMessage({
      ...ANSWER,
      kind: "crisis",
      resources: [{ name: "Line", url: "https://evil.example/[Samaritans](https://evil.example/)", region: "GB" }],
    });
    expect(message.embeds[0]!.fields[0]!.value).not.toContain("[Samaritans](");
  });

  it("never pings, even when the text says @everyone", () => {
    expect(renderDiscordMessage({ ...ANSWER, text: "@everyone <@&1> hi" }).allowed_mentions).toEqual({ parse: [] });
  });

  it("drops blank and repeated follow-ups, which Discord would reject as duplicate custom_ids", () => {
    const message = renderDiscordMessage({ ...ANSWER, followUps: ["Why we?", "  ", "Why  we?", "Why we?"] });
    expect(message.components[0]!.components.map((b) => b.custom_id)).toEqual([`${FOLLOW_UP_PREFIX}Why we?`]);
  });

  it("leaves out empty embeds and button rows, and marks ephemeral replies", () => {
    const message = renderDiscordMessage(ANSWER, { ephemeral: true });
    expect(message).toMatchObject({ embeds: [], components: [], flags: EPHEMERAL_FLAG });
    expect(renderDiscordMessage(ANSWER).flags).toBeUndefined();
  });

  it("offers Tell me more first on a short answer, then at most four follow-ups, in one row of five", () => {
    const short: Answer = { ...ANSWER, topic: "trust", more: "**Trust**\n\nThe whole answer.", followUps: ["a?", "b?", "c?", "d?", "e?"] };
    const [row] = renderDiscordMessage(short).components;
    expect(row!.components).toHaveLength(DISCORD_LIMITS.buttonsPerRow);
    expect(row!.components[0]).toEqual({ type: 2, style: 1, label: "Tell me more", custom_id: `${MORE_PREFIX}trust` });
    expect(row!.components.slice(1).map((b) => b.custom_id)).toEqual(["a?", "b?", "c?", "d?"].map((q) => `${FOLLOW_UP_PREFIX}${q}`));
    // The whole answer, a crisis reply or an out-of-scope one has nothing more to offer.
    expect(renderDiscordMessage({ ...short, more: undefined }).components[0]!.components[0]!.custom_id).toBe(`${FOLLOW_UP_PREFIX}a?`);
    expect(renderDiscordMessage({ ...short, kind: "check_in" }).components[0]!.components.some((b) => b.custom_id.startsWith(MORE_PREFIX))).toBe(false);
  });

  it("quotes a pressed follow-up above the answer, on one line", () => {
    expect(renderDiscordMessage(ANSWER, { quote: "Why\nwe?" }).content).toBe(`> Why we?\n\n${ANSWER.text}`);
  });
});

describe("commands, buttons and privacy, shared by the Worker and the gateway bot", () => {
  it("maps commands and buttons to actions", () => {
    expect(actionForCommand("ask", [{ name: "question", value: "  why we? " }])).toEqual({ kind: "ask", question: "why we?", source: "command" });
    expect(actionForCommand("ask", [{ name: "question", value: "   " }])).toEqual({ kind: "about" });
    expect(actionForCommand("resources")).toEqual({ kind: "resources" });
    expect(actionForCommand("rm -rf")).toEqual({ kind: "unknown" });
    expect(actionForButton(`${FOLLOW_UP_PREFIX}Why we?`)).toEqual({ kind: "ask", question: "Why we?", source: "button" });
    expect(actionForButton("other-bot:thing")).toEqual({ kind: "unknown" });
    expect(actionForButton(FOLLOW_UP_PREFIX)).toEqual({ kind: "unknown" });
    expect(actionForButton(`${MORE_PREFIX}trust`)).toEqual({ kind: "ask", question: "Tell me more", source: "button", topic: "trust" });
    expect(actionForButton(`${MORE_PREFIX}../Trust`)).toEqual({ kind: "unknown" });
    expect(actionForButton(MORE_PREFIX)).toEqual({ kind: "unknown" });
  });

  it("makes crisis replies, redirects and /resources private only when the community asks", () => {
    for (const kind of ["crisis", "redirect", "resources"] as const) {
      expect(repliesPrivately(kind, true)).toBe(true);
      expect(repliesPrivately(kind, false)).toBe(false);
    }
    expect(repliesPrivately("answer", true)).toBe(false);
    expect(repliesPrivately("out_of_scope", true)).toBe(false);
    const crisis: Answer = { ...ANSWER, kind: "crisis", topic: null, reason: "suicide_self_harm" };
    expect(askReply(crisis, { kind: "ask", question: "q", source: "command" }, true).flags).toBe(EPHEMERAL_FLAG);
    expect(askReply(crisis, { kind: "ask", question: "q", source: "command" }, false).flags).toBeUndefined();
    expect(resourcesReply({}, true).flags).toBe(EPHEMERAL_FLAG);
  });

  it("never repeats a member's own /ask words in the reply", () => {
    const reply = askReply(ANSWER, { kind: "ask", question: "my own words", source: "command" }, false);
    expect(reply.content).not.toContain("my own words");
  });
});

describe("/resources", () => {
  const names = (answer: Answer) => answer.resources.map((resource) => resource.name);

  it("follows the community's region over the member's locale, with its emergency number", () => {
    const answer = resourcesAnswer({ region: "GB", locale: "en-US" });
    expect(names(answer)[0]).toBe("Samaritans");
    expect(answer.text).toContain("call 999");
    expect(names(answer)).not.toContain("Find A Helpline");
  });

  it("uses the locale's region when the community set none, and then also offers the international directory", () => {
    const answer = resourcesAnswer({ locale: "en-US" });
    expect(answer.resources[0]!.phone).toBe("988");
    expect(answer.text).toContain("call 911");
    expect(names(answer)).toContain("Find A Helpline");
  });

  it("without a region, points to the international directory and the local emergency number, in the member's language", () => {
    const spanish = resourcesAnswer({ locale: "es-419" });
    expect(names(spanish)[0]).toBe("Find A Helpline");
    expect(spanish.text).toContain("número de emergencias de tu zona");
    const english = resourcesAnswer({ locale: "en-150" });
    expect(names(english)[0]).toBe("Find A Helpline");
    expect(english.text).toContain("your local emergency number");
  });

  it("adds the community's own resources after the built-in crisis lines", () => {
    const answer = resourcesAnswer({
      region: "GB",
      extraResources: [{ name: "Our peer line", phone: "+44 20 7946 0000", description: "Volunteers, evenings" }],
    });
    const ours = names(answer).indexOf("Our peer line");
    expect(ours).toBeGreaterThan(names(answer).indexOf("Samaritans"));
    expect(answer.resources[ours]).toEqual({ name: "Our peer line", region: "GB", phone: "+44 20 7946 0000", hours: "Volunteers, evenings" });
  });
});

describe("/resources with a community's own lines", () => {
  it("adds them after the built-in lines, with their description, and never repeats a built-in line by name", () => {
    const answer = resourcesAnswer({
      region: "GB",
      extraResources: [
        { name: "Samaritans", phone: "+44 20 7946 0001" },
        { name: "Our peer line", url: "https://peer.example/", description: "evenings" },
      ],
    });
    const samaritans = answer.resources.filter((resource) => resource.name === "Samaritans");
    expect(samaritans).toHaveLength(1);
    expect(samaritans[0]!.phone).not.toBe("+44 20 7946 0001");
    expect(answer.resources.find((resource) => resource.name === "Our peer line")).toMatchObject({ url: "https://peer.example/", hours: "evenings" });
  });
});
