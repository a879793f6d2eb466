import { describe, expect, it } from "vitest";
import { type Answer, AnswerSchema } from "../../../../shared/schemas/answer.ts";
import { ADAPTER } from "../../../support/worker/communities-support.ts";
import { expectJsonError, postJson } from "../../../support/worker/fetch-worker.ts";

const LOST_JOB = "lost my job today, everything's falling apart";
const BRIDGE = "which bridge in town is the highest?";

async function answer(body: Record<string, unknown>, headers: Record<string, string> = ADAPTER): Promise<Answer> {
  const response = await postJson("/v1/answer", { platform: "discord", userId: "member-1", ...body }, headers);
  expect(response.status).toBe(200);
  return AnswerSchema.parse(await response.json());
}

describe("POST /v1/answer reads risk across the member's earlier messages (context)", () => {
  it("a crisis visible only across turns is a crisis reply; the message alone is not", async () => {
    expect((await answer({ text: BRIDGE })).kind).not.toBe("crisis");
    const conversation = await answer({ text: BRIDGE, context: [LOST_JOB] });
    expect(conversation).toMatchObject({ kind: "crisis", reason: "suicide_self_harm" });
    expect(conversation.resources.length).toBeGreaterThan(0);
  });

  it("an anonymous caller's context is ignored: the page and curl are judged on the message alone", async () => {
    const anonymous = await postJson("/v1/answer", { text: BRIDGE, platform: "web", context: [LOST_JOB] });
    expect(anonymous.status).toBe(200);
    expect(AnswerSchema.parse(await anonymous.json()).kind).not.toBe("crisis");
  });

  it("a calm context never dilutes a crisis message", async () => {
    const calm = ["how do i know if my therapist is a good fit", "we've met for three months", "she's nice", "ok thanks", "cool"];
    expect(await answer({ text: "honestly i just want to die", context: calm })).toMatchObject({ kind: "crisis", reason: "suicide_self_harm" });
  });

  it("a crisis earlier makes a calm question a check-in that still answers it, never a second crisis reply", async () => {
    const alone = await answer({ text: "what is the therapeutic alliance?" });
    expect(alone.kind).toBe("answer");
    const after = await answer({ text: "what is the therapeutic alliance?", context: ["i don't want to be alive anymore", "sorry for dumping that"] });
    expect(after).toMatchObject({ kind: "check_in", reason: "suicide_self_harm" });
    expect(after.text).toContain(alone.text.slice(0, 40));
  });

  it("a calm conversation and a dark joke stay calm", async () => {
    const joke = await answer({ text: "this worksheet is killing me lol", context: ["my therapist gave me homework lol", "it's a mood journal"] });
    expect(["crisis", "check_in"]).not.toContain(joke.kind);
  });

  it("someone else's crisis in the context asks about them", async () => {
    const after = await answer({ text: "what do i even say if she picks up", context: ["my best friend just texted me goodbye and now she isn't answering"] });
    expect(after).toMatchObject({ kind: "check_in", reason: "someone_else_at_risk" });
  });

  it("400 for more than five context messages, one over 1,000 characters, or one that is not a string", async () => {
    expect(
      await expectJsonError(
        await postJson("/v1/answer", { text: "hi", platform: "discord", context: ["a", "b", "c", "d", "e", "f"] }, ADAPTER),
        400,
        "invalid_request",
      ),
    ).toContain('"context"');
    expect(
      await expectJsonError(await postJson("/v1/answer", { text: "hi", platform: "discord", context: ["x".repeat(1_001)] }, ADAPTER), 400, "invalid_request"),
    ).toContain('"context.0"');
    await expectJsonError(await postJson("/v1/answer", { text: "hi", platform: "discord", context: [42] }, ADAPTER), 400, "invalid_request");
    await expectJsonError(await postJson("/v1/answer", { text: "hi", platform: "discord", context: "lost my job" }, ADAPTER), 400, "invalid_request");
  });

  it("five full context messages and a full message fit the body limit", async () => {
    const context = Array.from({ length: 5 }, () => "é".repeat(1_000));
    expect((await answer({ text: "ü".repeat(4_000), context })).kind).toBeDefined();
  });
});
