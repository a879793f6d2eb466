import { describe, expect, it } from "vitest";
import { AnswerSchema, ErrorBodySchema } from "../../../shared/schemas/index.ts";
import { expectJsonError, fetchWorker, postJson } from "../../support/worker/fetch-worker.ts";

describe("GET /health", () => {
  it("answers ok with the version", async () => {
    const response = await fetchWorker("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("sets secure headers", async () => {
    const response = await fetchWorker("/health");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=");
  });
});

describe("POST /v1/answer", () => {
  it("returns an answer that matches the contract", async () => {
    const response = await postJson("/v1/answer", { text: "hello there", platform: "web", locale: "en-GB" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const parsed = AnswerSchema.safeParse(await response.json());
    expect(parsed.success).toBe(true);
  });

  it("accepts an adapter's key and rejects a wrong one", async () => {
    const body = { text: "hi", platform: "discord", communityId: "123", userId: "u1" };
    expect((await postJson("/v1/answer", body, { authorization: "Bearer test-answer-key" })).status).toBe(200);
    const wrong = await postJson("/v1/answer", body, { authorization: "Bearer nope" });
    await expectJsonError(wrong, 401, "unauthorized");
    const notBearer = await postJson("/v1/answer", body, { authorization: "Basic dGVzdA==" });
    await expectJsonError(notBearer, 401, "unauthorized");
  });
});

describe("bad input gets its status and a JSON error", () => {
  it("400 for invalid JSON, without echoing the body", async () => {
    const message = await expectJsonError(await postJson("/v1/answer", '{"text": "secret words'), 400, "bad_json");
    expect(message).not.toContain("secret words");
  });

  it("400 naming the field for a wrong or missing field", async () => {
    expect(await expectJsonError(await postJson("/v1/answer", { text: "hi" }), 400, "invalid_request")).toContain('"platform"');
    expect(await expectJsonError(await postJson("/v1/answer", { text: "hi", platform: "irc" }), 400, "invalid_request")).toMatch(/"platform".*one of/);
    expect(await expectJsonError(await postJson("/v1/answer", { text: 42, platform: "web" }), 400, "invalid_request")).toMatch(/"text".*string/);
    expect(await expectJsonError(await postJson("/v1/answer", { text: "hi", platform: "web", locale: "not a locale!" }), 400, "invalid_request")).toContain(
      '"locale"',
    );
    expect(await expectJsonError(await postJson("/v1/answer", [1, 2]), 400, "invalid_request")).toMatch(/object/);
  });

  it("400 for empty text and 413 for text over 4,000 characters", async () => {
    expect(await expectJsonError(await postJson("/v1/answer", { text: "   ", platform: "web" }), 400, "invalid_request")).toContain('"text"');
    await expectJsonError(await postJson("/v1/answer", { text: "a".repeat(4_001), platform: "web" }), 413, "payload_too_large");
    expect((await postJson("/v1/answer", { text: "a".repeat(4_000), platform: "web" })).status).toBe(200);
  });

  it("413 for a body over 32 KiB, whatever Content-Length says", async () => {
    const big = JSON.stringify({ text: "hi", platform: "web", padding: "x".repeat(33_000) });
    await expectJsonError(await postJson("/v1/answer", big), 413, "payload_too_large");
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const response = await fetchWorker("/v1/answer", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: streamed,
      // @ts-expect-error: workerd needs this for a streamed request body
      duplex: "half",
    });
    await expectJsonError(response, 413, "payload_too_large");
  });

  it("reads a body with a true Content-Length at once, and still stops one whose Content-Length understates it", async () => {
    const small = JSON.stringify({ text: "why does my therapist say we", platform: "web" });
    const exact = await fetchWorker("/v1/answer", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(new TextEncoder().encode(small).length) },
      body: small,
    });
    expect(exact.status).toBe(200);
    const big = JSON.stringify({ text: "hi", platform: "web", padding: "x".repeat(33_000) });
    const understated = await fetchWorker("/v1/answer", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "100" },
      body: big,
    });
    await expectJsonError(understated, 413, "payload_too_large");
  });

  it("415 for a body that is not JSON", async () => {
    const response = await fetchWorker("/v1/answer", { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" });
    await expectJsonError(response, 415, "unsupported_media_type");
    await expectJsonError(await fetchWorker("/v1/answer", { method: "POST", body: "{}" }), 415, "unsupported_media_type");
  });

  it("404 for an unknown route, 405 with Allow for a wrong method", async () => {
    await expectJsonError(await fetchWorker("/nowhere"), 404, "not_found");
    const response = await fetchWorker("/v1/answer");
    await expectJsonError(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toBe("POST");
    await expectJsonError(await fetchWorker("/health", { method: "DELETE" }), 405, "method_not_allowed");
    const parameterised = await fetchWorker("/v1/communities/discord/123456789012345678/config", { method: "DELETE" });
    await expectJsonError(parameterised, 405, "method_not_allowed");
    expect(parameterised.headers.get("allow")?.split(", ").sort()).toEqual(["GET", "HEAD", "PUT"]);
  });

  it("every error body matches the error schema and carries secure headers", async () => {
    const response = await fetchWorker("/nowhere");
    expect(ErrorBodySchema.safeParse(await response.json()).success).toBe(true);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
