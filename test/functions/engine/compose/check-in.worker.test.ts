import { describe, expect, it } from "vitest";
import { emergencyToCall } from "../../../../functions/engine/compose/emergency-text.ts";
import { directory } from "../../../../shared/resources/index.ts";
import { asResource } from "../../../../shared/resources/to-resource.ts";
import { type Answer, AnswerSchema, type CrisisReason } from "../../../../shared/schemas/answer.ts";
import { checkInMessages } from "../../../support/check-in-messages.ts";
import { freshRateLimitWindow } from "../../../support/rate-limit-window.ts";
import { postJsonWith, withRealLimits } from "../../../support/worker/bindings.ts";
import { postJson } from "../../../support/worker/fetch-worker.ts";

async function answerOf(response: Response): Promise<Answer> {
  expect(response.status).toBe(200);
  return AnswerSchema.parse(await response.json());
}

const IN_BAND = checkInMessages();

describe("POST /v1/answer: check-ins (risk possible but unclear)", () => {
  it("the shipped model puts some of the corpus in the check-in band", () => {
    expect(IN_BAND.length).toBeGreaterThan(0);
  });

  it("asks directly about suicide, offers one line for the region and the emergency number, says it is a bot", async () => {
    for (const text of IN_BAND.slice(0, 5)) {
      const answer = await answerOf(await postJson("/v1/answer", { text, platform: "discord", locale: "en-GB" }));
      expect(answer.kind, text).toBe("check_in");
      expect(answer.topic).toBeNull();
      expect(answer.reason).not.toBeNull();
      expect(answer.resources).toHaveLength(1);
      const support = directory.crisisSupport(directory.resolveRegion({ locale: "en-GB" }), answer.reason as CrisisReason);
      const line = support.lines.find((candidate) => candidate.kind !== "dv" || answer.reason === "abuse_danger")!;
      expect(answer.resources[0]).toEqual(asResource(line));
      expect(answer.text).toContain(line.name);
      expect(answer.text).toContain(`call ${emergencyToCall(support.emergency, answer.reason as CrisisReason)}`);
      expect(answer.text).toMatch(/I'm a bot/);
      expect(answer.text).toMatch(/\?/);
    }
  });

  it("is never rate-limited", async () => {
    await freshRateLimitWindow();
    const limited = withRealLimits();
    const ip = "203.0.113.77";
    const ask = (text: string) => postJsonWith(limited, "/v1/answer", { text, platform: "web" }, { "cf-connecting-ip": ip });
    for (let i = 0; i < 30; i += 1) await ask("why does my therapist say we?");
    expect((await ask("why does my therapist say we?")).status).toBe(429);
    expect((await answerOf(await ask(IN_BAND[0]!))).kind).toBe("check_in");
  }, 20_000 /* waiting for a fresh rate-limit window can take 10 s */);
});
