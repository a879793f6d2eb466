import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../../functions/index.ts";

/** Asks as the Discord adapter would, in the community, and waits for the Worker's background work (the count) to finish. */
async function askAll(communityId: string, texts: readonly string[]): Promise<void> {
  const asked = await Promise.all(
    texts.map(async (text) => {
      const ctx = createExecutionContext();
      const request = new Request("http://alliance.test/v1/answer", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer test-answer-key" },
        body: JSON.stringify({ text, platform: "discord", communityId, userId: "u1" }),
      });
      const response = await worker.fetch(request, env, ctx);
      expect(response.status).toBe(200);
      return ctx;
    }),
  );
  await Promise.all(asked.map((ctx) => waitOnExecutionContext(ctx)));
}

async function counts(communityId: string): Promise<{ kind: string; label: string; total: number }[]> {
  const { results } = await env.DB.prepare(
    "SELECT kind, label, SUM(count) AS total FROM usage_daily WHERE community = ?1 GROUP BY kind, label ORDER BY kind, label",
  )
    .bind(`discord:${communityId}`)
    .all<{ kind: string; label: string; total: number }>();
  return results;
}

describe("usage counts", () => {
  it("counts every answer by day, kind and topic or reason, and stores nothing else", async () => {
    const id = "500000000000000001";
    await askAll(id, ["why does my therapist say we?"]);
    await askAll(id, ["why does my therapist say we?", "why does my therapist keep saying we", "what's the weather like on mars"]);
    expect(await counts(id)).toEqual([
      { kind: "answer", label: "we-in-therapy", total: 3 },
      { kind: "out_of_scope", label: "", total: 1 },
    ]);
    const { results } = await env.DB.prepare("SELECT * FROM usage_daily WHERE community = ?1").bind(`discord:${id}`).all();
    for (const row of results) expect(Object.keys(row).sort()).toEqual(["community", "count", "day", "kind", "label"]);
    expect(JSON.stringify(results)).not.toContain("therapist say");
  });

  it("adds up a burst of answers in one isolate without losing any", async () => {
    const id = "500000000000000002";
    await askAll(
      id,
      Array.from({ length: 12 }, () => "why does my therapist say we?"),
    );
    await askAll(
      id,
      Array.from({ length: 5 }, () => "why does my therapist say we?"),
    );
    expect(await counts(id)).toEqual([{ kind: "answer", label: "we-in-therapy", total: 17 }]);
  });
});
