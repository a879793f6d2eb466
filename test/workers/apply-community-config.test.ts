import { describe, expect, it } from "vitest";
import { applyCommunityConfig } from "../../functions/engine/community/apply-community-config.ts";
import { matchCustomAnswer } from "../../functions/engine/community/match-custom-answer.ts";
import { resolveConfig, type Answer } from "../../shared/schemas/index.ts";

const crisis: Answer = {
  kind: "crisis",
  topic: null,
  reason: "suicide_self_harm",
  text: "I'm really glad you told me.",
  resources: [{ name: "Samaritans", phone: "116 123", region: "GB", hours: "24/7" }],
  followUps: [],
};
const topicAnswer: Answer = { kind: "answer", topic: "trust", reason: null, text: "Trust grows slowly.", resources: [], followUps: ["What is the alliance?"] };
const weeklyCall = { id: "weekly-call", title: "Weekly call", answer: "Thursdays at 7pm.", sampleQuestions: ["where is our weekly support call"] };

describe("applyCommunityConfig", () => {
  it("adds the community's resources after the built-in ones and never lets a custom answer capture a crisis", () => {
    const config = resolveConfig({
      region: "GB",
      customAnswers: [weeklyCall],
      extraResources: [{ name: "Our peer line", url: "https://peers.example.org" }, { name: "Samaritans", phone: "0000" }],
    });
    const answer = applyCommunityConfig(crisis, "where is our weekly support call, I want to die", config);
    expect(answer.kind).toBe("crisis");
    expect(answer.text).toBe(crisis.text);
    expect(answer.resources).toEqual([crisis.resources[0], { name: "Our peer line", url: "https://peers.example.org", region: "GB" }]);
    const redirect = applyCommunityConfig({ ...crisis, kind: "redirect", reason: "medication" }, "x", config);
    expect(redirect.resources.map((r) => r.name)).toEqual(["Samaritans", "Our peer line"]);
    expect(applyCommunityConfig(topicAnswer, "trust", config).resources).toEqual([]);
  });

  it("answers with a custom answer, then honours disabled topics and overrides", () => {
    const config = resolveConfig({ customAnswers: [weeklyCall], topicOverrides: { trust: { mode: "replace", text: "Our take on trust." } } });
    expect(applyCommunityConfig(topicAnswer, "Where is the weekly support call?", config)).toMatchObject({ topic: "custom:weekly-call", text: "Thursdays at 7pm." });
    expect(applyCommunityConfig(topicAnswer, "how do I trust her", config)).toMatchObject({ topic: "trust", text: "Our take on trust." });
    const appended = applyCommunityConfig(topicAnswer, "trust", resolveConfig({ topicOverrides: { trust: { mode: "append", text: "See #faq." } } }));
    expect(appended.text).toBe("Trust grows slowly.\n\nSee #faq.");
    expect(applyCommunityConfig(topicAnswer, "trust", resolveConfig({ disabledTopics: ["trust"] })).kind).toBe("out_of_scope");
    expect(applyCommunityConfig(topicAnswer, "trust", resolveConfig({}))).toBe(topicAnswer);
  });
});

describe("matchCustomAnswer", () => {
  it("matches the question it was written for, phrased freely, and not merely related ones", () => {
    const answers = [weeklyCall, { id: "rules", title: "Rules", answer: "See #rules.", sampleQuestions: ["what are the server rules"] }];
    expect(matchCustomAnswer("where's the weekly support call??", answers)?.id).toBe("weekly-call");
    expect(matchCustomAnswer("WEEKLY SUPPORT CALLS - where are they", answers)?.id).toBe("weekly-call");
    expect(matchCustomAnswer("server rules?", answers)?.id).toBe("rules");
    expect(matchCustomAnswer("I missed a call from my therapist", answers)).toBeNull();
    expect(matchCustomAnswer("is there support for me", answers)).toBeNull();
    expect(matchCustomAnswer("anything", [])).toBeNull();
  });
});
