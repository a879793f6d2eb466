import { describe, expect, it } from "vitest";
import { applyCommunityConfig } from "../../functions/engine/community/apply-community-config.ts";
import { resolveConfig, type Answer } from "../../shared/schemas/index.ts";
import { CRISIS } from "../node/support/answers.ts";

const topicAnswer: Answer = { kind: "answer", topic: "trust", reason: null, text: "Trust grows slowly.", resources: [], followUps: [] };

describe("applyCommunityConfig", () => {
  it("adds the community's resources after the built-in ones, to crisis and redirect replies only", () => {
    const config = resolveConfig({
      region: "GB",
      extraResources: [{ name: "Our peer line", url: "https://peers.example.org" }, { name: "Samaritans", phone: "0000" }],
    });
    const answer = applyCommunityConfig(CRISIS, config);
    expect(answer.kind).toBe("crisis");
    expect(answer.text).toBe(CRISIS.text);
    // A same-named extra never replaces or duplicates a built-in line.
    expect(answer.resources).toEqual([CRISIS.resources[0], { name: "Our peer line", url: "https://peers.example.org", region: "GB" }]);
    const redirect = applyCommunityConfig({ ...CRISIS, kind: "redirect", reason: "medication" }, config);
    expect(redirect.resources.map((r) => r.name)).toEqual(["Samaritans", "Our peer line"]);
    expect(applyCommunityConfig(topicAnswer, config)).toBe(topicAnswer);
    expect(applyCommunityConfig(CRISIS, resolveConfig({}))).toBe(CRISIS);
    expect(applyCommunityConfig(CRISIS, resolveConfig({ extraResources: [{ name: "Line", phone: "123" }] })).resources[1]!.region).toBe("INT");
  });
});
