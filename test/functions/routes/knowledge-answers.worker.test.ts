import { describe, expect, it } from "vitest";
import { type Answer, AnswerSchema } from "../../../shared/schemas/answer.ts";
import { postJson } from "../../support/worker/fetch-worker.ts";

async function ask(text: string): Promise<Answer> {
  const response = await postJson("/v1/answer", { text, platform: "web", locale: "en-GB" });
  expect(response.status).toBe(200);
  return AnswerSchema.parse(await response.json());
}

describe("POST /v1/answer answers from the knowledge base", () => {
  it("answers a question about the relationship with its topic, text and follow-ups", async () => {
    const answer = await ask("why does my therapist say we");
    expect(answer).toMatchObject({ kind: "answer", topic: "we-in-therapy", reason: null, resources: [] });
    expect(answer.text).toMatch(/^When your therapist says "we"/);
    expect(answer.more).toMatch(/^\*\*Why therapists say "we"\*\*\n\n/);
    expect(answer.followUps.length).toBeGreaterThanOrEqual(2);
  });

  it("understands chat: typos, shorthand and pronouns", async () => {
    expect((await ask("is it ok 2 ask wat she rly thinks of me??")).topic).toBe("therapist-opinion-of-you");
    expect((await ask("can my T tell my boss stuff i say")).topic).toBe("confidentiality");
    expect((await ask("can my T tell my parents stuff i say")).topic).toBe("therapy-for-young-people");
    expect((await ask("i think i have a crush on my thearpist")).topic).toBe("feelings-toward-therapist");
  });

  it("says what it can help with when nothing fits, and greets a greeting", async () => {
    const weather = await ask("what's the weather like tomorrow?");
    expect(weather).toMatchObject({ kind: "out_of_scope", topic: null });
    expect(weather.text).toMatch(/^I'm not sure I can help with that one\. I'm Alliance/);
    expect((await ask("hello!")).text).toMatch(/^Hi! I'm Alliance/);
    expect((await ask("thanks so much")).text).toMatch(/^You're welcome! I'm glad it helped\./);
  });
});
