import { describe, expect, it } from "vitest";
import { composeOutOfScope } from "../../../../functions/engine/compose/out-of-scope.ts";
import { chatOnly, smallTalk } from "../../../../functions/engine/compose/small-talk.ts";
import { en } from "../../../../shared/content/copy/en.ts";

const SMALL_TALK_REPLIES = en.smallTalk!;

describe("small talk is told from questions", () => {
  it.each([
    ["ngl my therapist killed it today", "praise_therapy"],
    ["my T is the GOAT", "praise_therapy"],
    ["so grateful for my counsellor", "praise_therapy"],
    ["thx alliance", "thanks"],
    ["thanks for the help!", "thanks"],
    ["good bot", "praise_bot"],
    ["you're great", "praise_bot"],
    ["hey alliance", "greeting"],
    ["what can you do?", "about"],
    ["omw to therapy", "session_ahead"],
    ["back from my session", "session_behind"],
  ])("%s → %s, before the knowledge base is searched", (text, talk) => {
    expect(chatOnly(text)).toBe(talk);
  });

  it.each([
    "my therapist is great but she keeps checking the clock",
    "I think I'm in love with my therapist",
    "signs of a good therapist",
    "whats a good therapist supposed to be like",
    "how do I say thanks to my therapist",
    "thanks, but why does my therapist say we",
    "is it normal that I love my therapist?",
    "back from therapy and i feel awful",
    "my counsellor told me today the sessions will end, will someone help me find another",
    "session was good but I cried the whole time",
  ])("%s is a question for the knowledge base, not small talk", (text) => {
    expect(chatOnly(text)).toBeNull();
  });

  describe("a long message is read for a question about Alliance only when nothing else can be chat", () => {
    const story = "i have been seeing my counsellor for a year and last week she said something about my sister that upset me. ".repeat(3);
    it.each([
      [`${story} who are you?`, "about"],
      [`thanks ${story} who are you?`, null],
      [`hey ${story}`, null],
      [`${story} what are you`, "about"],
      [`${story} help me`, null],
    ])("%s → %s", (text, talk) => {
      expect(chatOnly(text)).toBe(talk);
    });

    it("long thanks made only of chat words is still thanks (the shortcut needs more than four other words)", () => {
      const thanks = "thank you so much alliance, thanks for the help, you are great. ".repeat(3);
      expect(thanks.match(/[\p{L}']+/gu)!.length).toBeGreaterThan(25);
      expect(chatOnly(thanks)).toBe("thanks");
    });
  });

  it("meets small talk in a line or two with no list of topics; other misses get the introduction", () => {
    for (const reply of Object.values(SMALL_TALK_REPLIES)) expect(reply.length).toBeLessThanOrEqual(200);
    expect(composeOutOfScope("ngl my therapist killed it today")).toMatchObject({
      kind: "out_of_scope",
      text: SMALL_TALK_REPLIES.praise_therapy,
      followUps: [],
    });
    expect(composeOutOfScope("hello").followUps.length).toBeGreaterThan(0);
    expect(composeOutOfScope("my python homework isn't working").text).toMatch(/^I'm not sure I can help with that one\. I'm Alliance/);
    expect(smallTalk("my python homework isn't working")).toBeNull();
  });
});
