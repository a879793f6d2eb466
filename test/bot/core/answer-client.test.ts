import { afterEach, describe, expect, it } from "vitest";
import { createAnswerClient } from "../../../bot/core/answer-client.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import { closedPortUrl, startFakeServer } from "../../support/fake-worker.ts";

const ANSWER: Answer = { kind: "answer", topic: "we-in-therapy", reason: null, text: "Many therapists say we…", resources: [], followUps: [] };
const REQUEST = { text: "why we?", platform: "discord" as const, communityId: "1", userId: "u" };
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => Promise.all(servers.splice(0).map((s) => s.close())));

async function worker(handler: Parameters<typeof startFakeServer>[0]) {
  const server = await startFakeServer(handler);
  servers.push(server);
  return server;
}

const quiet = () => {};

describe("the adapters' answer client", () => {
  it("sends the contract request with the adapter key and returns the Worker's answer", async () => {
    const server = await worker((_, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(ANSWER)));
    const outcome = await createAnswerClient({ apiUrl: server.url, apiKey: "k", log: quiet })(REQUEST);
    expect(outcome).toEqual({ source: "worker", answer: ANSWER });
    expect(server.requests[0]).toMatchObject({ method: "POST", url: "/v1/answer", headers: { authorization: "Bearer k" } });
    expect(JSON.parse(server.requests[0]!.body)).toEqual(REQUEST);
  });

  it("falls back with crisis resources when the Worker is down, after retrying", async () => {
    const faults: string[] = [];
    const ask = createAnswerClient({ apiUrl: await closedPortUrl(), apiKey: "k", backoffMs: 1, log: (event) => faults.push(event) });
    const outcome = await ask(REQUEST);
    expect(outcome.source).toBe("fallback");
    expect(outcome.answer.resources.length).toBeGreaterThan(0);
    expect(faults.filter((e) => e === "answer.retry")).toHaveLength(3);
  });

  it("retries a transient 503 and then succeeds", async () => {
    let calls = 0;
    const server = await worker((_, res) => {
      calls += 1;
      if (calls === 1) res.writeHead(503).end();
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(ANSWER));
    });
    const outcome = await createAnswerClient({ apiUrl: server.url, apiKey: "k", backoffMs: 1, log: quiet })(REQUEST);
    expect(outcome.source).toBe("worker");
    expect(calls).toBe(2);
  });

  it("falls back on a 500, on garbage and on an answer that breaks the contract, without retrying", async () => {
    for (const [status, body] of [
      [500, "{}"],
      [200, "<html>oops"],
      [200, JSON.stringify({ ...ANSWER, kind: "therapy" })],
    ] as const) {
      const server = await worker((_, res) => res.writeHead(status, { "content-type": "application/json" }).end(body));
      const outcome = await createAnswerClient({ apiUrl: server.url, apiKey: "k", log: quiet })(REQUEST);
      expect(outcome.source).toBe("fallback");
      expect(server.requests).toHaveLength(1);
    }
  });

  it("gives up on a slow Worker after the timeout", async () => {
    const server = await worker((_, res) => setTimeout(() => res.writeHead(200).end(JSON.stringify(ANSWER)), 2_000));
    const started = Date.now();
    const outcome = await createAnswerClient({ apiUrl: server.url, apiKey: "k", timeoutMs: 200, log: quiet })(REQUEST);
    expect(outcome).toMatchObject({ source: "fallback", fault: "timeout" });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("turns a 429 into a friendly wait message", async () => {
    const server = await worker((_, res) => res.writeHead(429, { "retry-after": "12" }).end());
    const outcome = await createAnswerClient({ apiUrl: server.url, apiKey: "k", log: quiet })(REQUEST);
    expect(outcome).toMatchObject({ source: "rate_limited", retryAfterSeconds: 12 });
    expect(outcome.answer.text).toContain("12 seconds");
  });
});
