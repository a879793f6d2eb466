import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchWith } from "../../support/worker/bindings.ts";
import { commandInteraction, nowTimestamp, PING } from "../../support/worker/discord-interactions.ts";
import { expectJsonError, postJson } from "../../support/worker/fetch-worker.ts";
import { eventBody, form, postSlack, slackCalls, uniqueId } from "../../support/worker/slack.ts";

afterEach(() => vi.restoreAllMocks());

const CHALLENGE = JSON.stringify({ type: "url_verification", token: "legacy", challenge: "forged-challenge" });
const COMMAND = form({
  team_id: "TPLACEHOLDER",
  channel_id: "C1",
  user_id: "UMEMBER",
  command: "/ask",
  text: "why does my therapist say we",
  response_url: "https://hooks.slack.com/x",
  trigger_id: "1",
});

/** Env without the given secrets at all, as a deployment that never set them. */
function without(...names: (keyof Env)[]): Env {
  const bindings: Record<string, unknown> = { ...env };
  for (const name of names) delete bindings[name];
  return bindings as unknown as Env;
}

function errorLines(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map((call) => call.map(String).join(" "));
}

describe("a platform whose secrets are unset or placeholders refuses every request to its routes", () => {
  it("Slack signed with the placeholder 'unused' (what a Discord-only deploy was told to set): 503, no challenge, nothing posted", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const bindings = { ...env, SLACK_SIGNING_SECRET: "unused" };
    const channel = uniqueId("C");
    const mention = eventBody({ type: "app_mention", user: "UMEMBER", text: "<@UALLIANCE> why does my therapist say we", channel, ts: "1700000000.000100" });
    for (const [path, body] of [
      ["/slack/events", CHALLENGE],
      ["/slack/events", mention],
      ["/slack/commands", COMMAND],
      ["/slack/interactions", form({ payload: "{}" })],
    ] as const) {
      const response = await postSlack(path, body, { secret: "unused", bindings });
      const message = await expectJsonError(response, 503, "misconfigured");
      expect(message).toContain("SLACK_SIGNING_SECRET");
    }
    expect(await slackCalls(channel)).toEqual([]);
  });

  it("Slack without its secrets, blank, short, or a bot token that is not one: 503 on every route, unsigned ssl_check included", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const broken: Env[] = [
      without("SLACK_SIGNING_SECRET"),
      without("SLACK_BOT_TOKEN"),
      { ...env, SLACK_SIGNING_SECRET: "   " },
      { ...env, SLACK_SIGNING_SECRET: "changeme" },
      // (A bot token that is not one is the next test's: its reason is logged once per isolate.)
    ];
    for (const bindings of broken) {
      await expectJsonError(await postSlack("/slack/events", CHALLENGE, { secret: bindings.SLACK_SIGNING_SECRET ?? "x", bindings }), 503, "misconfigured");
      await expectJsonError(await postSlack("/slack/commands", COMMAND, { secret: bindings.SLACK_SIGNING_SECRET ?? "x", bindings }), 503, "misconfigured");
      const sslCheck = await fetchWith(bindings, "/slack/commands", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "ssl_check=1",
      });
      await expectJsonError(sslCheck, 503, "misconfigured");
    }
  });

  it("Discord without a public key, or a placeholder: 503 naming the setting", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const bindings of [without("DISCORD_PUBLIC_KEY"), { ...env, DISCORD_PUBLIC_KEY: "unused" }, { ...env, DISCORD_PUBLIC_KEY: "" }]) {
      const response = await fetchWith(bindings, "/discord/interactions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(PING),
      });
      expect(await expectJsonError(response, 503, "misconfigured")).toContain("DISCORD_PUBLIC_KEY");
    }
  });

  it("logs each reason once per isolate, naming the setting, never a secret's value or the request", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const bindings = { ...env, SLACK_BOT_TOKEN: "not-a-bot-token-at-all" };
    for (let i = 0; i < 3; i += 1) {
      await expectJsonError(await postSlack("/slack/commands", COMMAND, { bindings }), 503, "misconfigured");
    }
    const logged = errorLines(errors).filter((line) => line.includes("SLACK_BOT_TOKEN"));
    expect(logged).toEqual([expect.stringContaining('"refused":"SLACK_BOT_TOKEN is not a bot token (xoxb-…)"')]);
    expect(errorLines(errors).join("\n")).not.toMatch(/not-a-bot-token-at-all|therapist|TPLACEHOLDER/);
  });

  it("the rest of the Worker needs none of them: /health and /v1/answer answer without any platform secret", async () => {
    const bindings = without("DISCORD_PUBLIC_KEY", "DISCORD_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN");
    expect((await fetchWith(bindings, "/health")).status).toBe(200);
    const answer = await fetchWith(bindings, "/v1/answer", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "why does my therapist say we", platform: "web" }),
    });
    expect(answer.status).toBe(200);
    expect((await postJson("/v1/answer", { text: "hi", platform: "web" })).status).toBe(200);
  });
});

// libsodium's list of small-order encodings (ge25519_has_small_order): y = 0, 1, two of order 8, p − 1, p, p + 1.
const SMALL_ORDER_KEYS = [
  "0000000000000000000000000000000000000000000000000000000000000000",
  "0100000000000000000000000000000000000000000000000000000000000000",
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
  "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
  "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
  "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
  "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
];
/** The same points with x's sign bit set (the top bit of the last byte). */
const withSignBit = (hex: string) => hex.slice(0, 62) + (Number.parseInt(hex.slice(62), 16) | 0x80).toString(16);

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!, (pair) => Number.parseInt(pair, 16));
const encoder = new TextEncoder();

describe("Discord public keys of small order are refused", () => {
  it("under the all-zero key a signature nobody made (R = identity, S = 0) verifies for some timestamp; the Worker refuses it with a 503", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const zero = await crypto.subtle.importKey("raw", new Uint8Array(32), { name: "Ed25519" }, false, ["verify"]);
    const forged = `01${"00".repeat(63)}`;
    const body = JSON.stringify(commandInteraction("ask", [{ name: "question", type: 3, value: "why does my therapist say we" }]));
    let timestamp: string | undefined;
    for (let offset = 0; offset > -120 && !timestamp; offset -= 1) {
      const candidate = nowTimestamp(offset);
      if (await crypto.subtle.verify({ name: "Ed25519" }, zero, hexBytes(forged), encoder.encode(candidate + body))) timestamp = candidate;
    }
    expect(timestamp, "WebCrypto accepted no forged signature: the danger this guards against is gone").toBeDefined();
    const headers = { "content-type": "application/json", "x-signature-ed25519": forged, "x-signature-timestamp": timestamp! };
    const response = await fetchWith({ ...env, DISCORD_PUBLIC_KEY: "0".repeat(64) }, "/discord/interactions", { method: "POST", headers, body });
    expect(await expectJsonError(response, 503, "misconfigured")).toContain("small-order");
  });

  it("every small-order encoding, with either sign bit and in either case, is a 503; real keys are not", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    for (const key of SMALL_ORDER_KEYS.flatMap((hex) => [hex, withSignBit(hex), withSignBit(hex).toUpperCase()])) {
      const response = await fetchWith({ ...env, DISCORD_PUBLIC_KEY: key }, "/discord/interactions", { method: "POST", body: JSON.stringify(PING) });
      expect(await expectJsonError(response, 503, "misconfigured"), key).toContain("small-order");
    }
    // The test key and a freshly generated one are fine: an unsigned request to them is a 401, not a 503.
    const fresh = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
    const freshHex = [...new Uint8Array((await crypto.subtle.exportKey("raw", fresh.publicKey)) as ArrayBuffer)]
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    for (const key of [env.DISCORD_PUBLIC_KEY!, freshHex]) {
      const response = await fetchWith({ ...env, DISCORD_PUBLIC_KEY: key }, "/discord/interactions", { method: "POST", body: JSON.stringify(PING) });
      expect(response.status).toBe(401);
    }
  });
});
