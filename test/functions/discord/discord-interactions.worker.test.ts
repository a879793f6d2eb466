import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import worker from "../../../functions/index.ts";
import { type DiscordMessage, EPHEMERAL_FLAG, FOLLOW_UP_PREFIX, MORE_PREFIX } from "../../../shared/render/discord.ts";
import { ErrorBodySchema } from "../../../shared/schemas/error.ts";
import KEYS from "../../fixtures/discord-test-keys.json" with { type: "json" };
import {
  buttonInteraction,
  commandInteraction,
  newInteractionId,
  nowTimestamp,
  PING,
  postInteraction,
  postInteractionRaw,
  signDiscord,
} from "../../support/worker/discord-interactions.ts";
import { expectJsonError } from "../../support/worker/fetch-worker.ts";

type MessageResponse = { type: number; data: DiscordMessage };

async function messageFrom(response: Response): Promise<DiscordMessage> {
  expect(response.status).toBe(200);
  const body = (await response.json()) as MessageResponse;
  expect(body.type).toBe(4);
  expect(body.data.allowed_mentions).toEqual({ parse: [] });
  return body.data;
}

const ASK = commandInteraction("ask", [{ name: "question", type: 3, value: "why does my therapist say we" }]);

describe("POST /discord/interactions with a valid signature", () => {
  it("answers PING with PONG", async () => {
    const response = await postInteraction(PING);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 1 });
  });

  it("answers /ask at once (type 4) with the answer and follow-up buttons that can never ping", async () => {
    const message = await messageFrom(await postInteraction(ASK));
    expect(message.content.length).toBeGreaterThan(0);
    expect(message.flags).toBeUndefined();
    const [more, ...buttons] = message.components[0]!.components;
    expect(more).toMatchObject({ label: "Tell me more", custom_id: `${MORE_PREFIX}we-in-therapy` });
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) expect(button.custom_id.startsWith(FOLLOW_UP_PREFIX)).toBe(true);
  });

  it("answers /ask in a DM, where there is no server", async () => {
    const dm = commandInteraction("ask", [{ name: "question", type: 3, value: "what is the alliance" }], "dm");
    expect((await messageFrom(await postInteraction(dm))).content.length).toBeGreaterThan(0);
  });

  it("answers /resources with the lines for the member's locale as an embed", async () => {
    const message = await messageFrom(await postInteraction(commandInteraction("resources")));
    expect(message.content).toContain("call 999");
    const fields = message.embeds[0]!.fields;
    expect(fields[0]!.name).toMatch(/^Samaritans/);
    expect(fields.map((field) => field.value).join(" ")).toContain("https://findahelpline.com");
  });

  it("answers /about privately, saying it is a bot and what happens to messages", async () => {
    const message = await messageFrom(await postInteraction(commandInteraction("about")));
    expect(message.flags).toBe(EPHEMERAL_FLAG);
    expect(message.content).toContain("not a therapist");
    expect(message.content).toContain("forget");
  });

  it("answers a follow-up button's question, quoting it", async () => {
    const question = "What is the therapeutic alliance?";
    const message = await messageFrom(await postInteraction(buttonInteraction(`${FOLLOW_UP_PREFIX}${question}`)));
    expect(message.content.startsWith(`> ${question}\n\n`)).toBe(true);
  });

  it("meets a button or command it does not know with a private hint, not an error", async () => {
    for (const interaction of [buttonInteraction("someone-else:button"), commandInteraction("dance")]) {
      const message = await messageFrom(await postInteraction(interaction));
      expect(message.flags).toBe(EPHEMERAL_FLAG);
      expect(message.content).toContain("/ask");
    }
  });

  it("400 for a signed body that is not JSON or not an interaction, or an interaction type it does not handle", async () => {
    await expectJsonError(await postInteraction("{not json"), 400, "bad_json");
    await expectJsonError(await postInteraction({ type: "ping" }), 400, "invalid_request");
    await expectJsonError(await postInteraction({ ...ASK, id: newInteractionId(), type: 4 }), 400, "invalid_request");
  });
});

describe("POST /discord/interactions rejects what Discord did not sign (401, JSON)", () => {
  async function expectUnauthorized(response: Response) {
    expect(response.status).toBe(401);
    expect(ErrorBodySchema.parse(await response.json()).error.code).toBe("unauthorized");
  }

  async function signedHeaders(body: string, timestamp = nowTimestamp()) {
    return { "content-type": "application/json", "x-signature-ed25519": await signDiscord(body, timestamp), "x-signature-timestamp": timestamp };
  }

  it("a tampered body", async () => {
    const body = JSON.stringify(PING);
    const headers = await signedHeaders(body);
    await expectUnauthorized(await postInteractionRaw(body.replace('"type":1', '"type":2'), headers));
    await expectUnauthorized(await postInteractionRaw(`${body} `, headers));
  });

  it("a signature from another key", async () => {
    await expectUnauthorized(await postInteraction(PING, { signer: "otherSigner" }));
  });

  it("a stale or future timestamp, and a timestamp other than the one signed", async () => {
    await expectUnauthorized(await postInteraction(PING, { timestamp: nowTimestamp(-301) }));
    await expectUnauthorized(await postInteraction(PING, { timestamp: nowTimestamp(301) }));
    const body = JSON.stringify(PING);
    const headers = await signedHeaders(body, nowTimestamp(-10));
    await expectUnauthorized(await postInteractionRaw(body, { ...headers, "x-signature-timestamp": nowTimestamp() }));
  });

  it("missing headers", async () => {
    const body = JSON.stringify(PING);
    const { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp } = await signedHeaders(body);
    await expectUnauthorized(await postInteractionRaw(body, { "content-type": "application/json", "x-signature-timestamp": timestamp }));
    await expectUnauthorized(await postInteractionRaw(body, { "content-type": "application/json", "x-signature-ed25519": signature }));
    await expectUnauthorized(await postInteractionRaw(body, { "content-type": "application/json" }));
  });

  it("garbage and malformed hex", async () => {
    const body = JSON.stringify(PING);
    const headers = await signedHeaders(body);
    const signature = headers["x-signature-ed25519"];
    for (const bad of ["", "zz".repeat(64), signature.slice(2), `${signature}00`, `0x${signature.slice(2)}`, " ".repeat(128)]) {
      await expectUnauthorized(await postInteractionRaw(body, { ...headers, "x-signature-ed25519": bad }));
    }
    for (const bad of ["soon", "-1", "1e9", `${headers["x-signature-timestamp"]}.0`]) {
      await expectUnauthorized(await postInteractionRaw(body, { ...headers, "x-signature-timestamp": bad }));
    }
  });

  it("duplicated headers, even when one copy is right", async () => {
    const body = JSON.stringify(PING);
    const headers = await signedHeaders(body);
    for (const name of ["x-signature-ed25519", "x-signature-timestamp"] as const) {
      const duplicated = new Headers(headers);
      duplicated.append(name, headers[name]);
      await expectUnauthorized(await postInteractionRaw(body, duplicated));
    }
  });

  it("accepts header names and hex digits in any case", async () => {
    const body = JSON.stringify(PING);
    const headers = await signedHeaders(body);
    const response = await postInteractionRaw(body, {
      "Content-Type": "application/json",
      "X-Signature-ED25519": headers["x-signature-ed25519"].toUpperCase(),
      "X-SIGNATURE-TIMESTAMP": headers["x-signature-timestamp"],
    });
    expect(await response.json()).toEqual({ type: 1 });
  });

  it("does not parse before verifying: an unsigned non-JSON body is a 401, not a 400", async () => {
    await expectUnauthorized(await postInteractionRaw("{not json", { "content-type": "application/json" }));
  });
});

describe("POST /discord/interactions without a usable public key", () => {
  async function withPublicKey(DISCORD_PUBLIC_KEY: string): Promise<Response> {
    const body = JSON.stringify(PING);
    const timestamp = nowTimestamp();
    const request = new Request("http://alliance.test/discord/interactions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-signature-ed25519": await signDiscord(body, timestamp), "x-signature-timestamp": timestamp },
      body,
    });
    return worker.fetch(request, { ...env, DISCORD_PUBLIC_KEY }, createExecutionContext());
  }

  it("503 misconfigured for a missing, malformed or small-order DISCORD_PUBLIC_KEY, and 401 for another application's key", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const key of ["", "not hex", "ab".repeat(31), "0".repeat(64)]) await expectJsonError(await withPublicKey(key), 503, "misconfigured");
    errors.mockRestore();
    await expectJsonError(await withPublicKey(KEYS.otherSigner.publicKey), 401, "unauthorized");
  });
});
