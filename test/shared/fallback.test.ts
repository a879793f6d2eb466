import { describe, expect, it } from "vitest";
import { fallbackAnswer } from "../../shared/fallback.ts";
import { renderDiscordMessage } from "../../shared/render/discord.ts";
import { AnswerSchema } from "../../shared/schemas/answer.ts";

describe("the adapters' fallback answer", () => {
  it("still works with no arguments: the international directory and the local emergency number", () => {
    const answer = fallbackAnswer();
    expect(AnswerSchema.parse(answer)).toEqual(answer);
    expect(answer.text).toMatch(/local emergency number/);
    expect(answer.resources.map((r) => r.url)).toEqual(["https://findahelpline.com"]);
  });

  it("names the community's regional line and emergency number", () => {
    const answer = fallbackAnswer({ region: "GB" });
    expect(answer.text).toContain("Samaritans (call 116 123");
    expect(answer.text).toContain("call 999 if you are in immediate danger");
    expect(answer.resources).toHaveLength(1);
  });

  it("adds the international directory when the region is only the locale's", () => {
    const answer = fallbackAnswer({ locale: "en-US" });
    expect(answer.text).toContain("call or text 988");
    expect(answer.text).toContain("If you are not in the US, findahelpline.com");
    expect(answer.resources.map((r) => r.region)).toEqual(["US", "INT"]);
  });

  it("stays short enough to post anywhere", () => {
    for (const options of [{}, { region: "GB" }, { locale: "en-US" }]) {
      const answer = fallbackAnswer(options);
      expect(answer.text.length).toBeLessThan(500);
      expect(renderDiscordMessage(answer).content).toBe(answer.text);
    }
  });
});
