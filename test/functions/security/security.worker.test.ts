import { env } from "cloudflare:workers";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { constantTimeEqual } from "../../../functions/http/constant-time.ts";
import { FUZZ_SEED, hostileJson, PROPERTY_TIMEOUT_MS } from "../../support/fuzz-inputs.ts";
import { ORIGIN, postForm, signIn } from "../../support/worker/admin-session.ts";
import { brokenD1, fetchWith } from "../../support/worker/bindings.ts";
import { ADAPTER, ADMIN, bearer, configPath, createCommunity, getConfig, putConfig, uniqueId } from "../../support/worker/communities-support.ts";
import { commandInteraction, nowTimestamp, postInteractionRaw, signDiscord } from "../../support/worker/discord-interactions.ts";
import { fetchWorker, postJson } from "../../support/worker/fetch-worker.ts";
import { eventBody, form, nowSeconds, postSlack, slackSignature } from "../../support/worker/slack.ts";

const RUNS = { crossCommunity: 40, reencoded: 150 };

describe("no community can read or change another's", () => {
  it(
    "for random pairs of communities, one's moderator token gets 403 on every route of the other, which stays as it was",
    async () => {
      const platform = fc.constantFrom("discord" as const, "slack" as const);
      await fc.assert(
        fc.asyncProperty(platform, platform, fc.constantFrom("GB", "US", "IE"), async (mine, theirs, region) => {
          const [a, b] = [uniqueId("a"), uniqueId("b")];
          const tokenA = await createCommunity(mine, a);
          const tokenB = await createCommunity(theirs, b);
          expect((await putConfig(theirs, b, { region }, bearer(tokenB))).status).toBe(200);
          const auditBefore = await (await fetchWorker(configPath(theirs, b, "audit"), { headers: bearer(tokenB) })).json();

          const asA = bearer(tokenA);
          expect((await fetchWorker(configPath(theirs, b), { headers: asA })).status).toBe(403);
          expect((await putConfig(theirs, b, { region: "FR", cooldownSeconds: 0 }, asA)).status).toBe(403);
          expect((await fetchWorker(configPath(theirs, b, "audit"), { headers: asA })).status).toBe(403);
          expect((await fetchWorker(configPath(theirs, b, "token"), { method: "POST", headers: asA })).status).toBe(403);
          // Another community's token does not sign in to this one, whatever the platform given.
          expect((await postForm("/admin/sign-in", { platform: theirs, communityId: b, token: tokenA })).status).toBe(401);

          expect(await getConfig(theirs, b, bearer(tokenB))).toEqual({ region });
          expect(await (await fetchWorker(configPath(theirs, b, "audit"), { headers: bearer(tokenB) })).json()).toEqual(auditBefore);
          // B's token still works (it was not rotated by A).
          expect((await fetchWorker(configPath(theirs, b), { headers: bearer(tokenB) })).status).toBe(200);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.crossCommunity },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("a signed-in moderator's forms change only their own community", async () => {
    const [a, b] = [uniqueId("a"), uniqueId("b")];
    const { cookie, csrf } = await signIn("discord", a, await createCommunity("discord", a));
    const tokenB = await createCommunity("discord", b);
    const response = await postForm("/admin/settings", { csrf, region: "NZ", platform: "discord", communityId: b }, { cookie });
    expect(response.status).toBe(303);
    expect(await getConfig("discord", b, bearer(tokenB))).toEqual({});
    expect(await getConfig("discord", a, ADMIN)).toMatchObject({ region: "NZ" });
  });

  it("moderator tokens and session ids are stored only as SHA-256 hashes; the audit log keeps 12 hex characters of one", async () => {
    const id = uniqueId("hashed");
    const token = await createCommunity("slack", id);
    const { cookie } = await signIn("slack", id, token);
    const rotated = (await (await fetchWorker(configPath("slack", id, "token"), { method: "POST", headers: bearer(token) })).json()) as {
      moderatorToken: string;
    };
    const rows = JSON.stringify([
      (await env.DB.prepare("SELECT * FROM communities").all()).results,
      (await env.DB.prepare("SELECT * FROM moderator_sessions").all()).results,
      (await env.DB.prepare("SELECT * FROM community_audit").all()).results,
    ]);
    for (const secret of [token, rotated.moderatorToken, cookie.split("=")[1]!, env.ADMIN_TOKEN]) expect(rows).not.toContain(secret);
    const stored = await env.DB.prepare("SELECT token_hash FROM communities WHERE platform = 'slack' AND community_id = ?1")
      .bind(id)
      .first<{ token_hash: string }>();
    expect(stored!.token_hash).toBe(await sha256Hex(rotated.moderatorToken));
    const fingerprints = (
      await env.DB.prepare("SELECT actor_fingerprint FROM community_audit WHERE community_id = ?1").bind(id).all<{ actor_fingerprint: string }>()
    ).results;
    for (const { actor_fingerprint } of fingerprints) expect(actor_fingerprint).toMatch(/^[0-9a-f]{12}$/);
  });
});

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

describe("constantTimeEqual", () => {
  it("is equality, for any strings (prefixes, other lengths, any Unicode)", () => {
    const text = fc.string({ unit: "binary", maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.nat(40), (a, b, cut) => {
        expect(constantTimeEqual(a, b)).toBe(a === b);
        expect(constantTimeEqual(a, a)).toBe(true);
        expect(constantTimeEqual(a.slice(0, cut), a)).toBe(a.slice(0, cut) === a);
      }),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  });
});

describe("the moderator page's forms are CSRF-safe", () => {
  it("refuses a form without a trustworthy same-origin signal, even with the right token and cookie", async () => {
    const id = uniqueId("csrf");
    const { cookie, csrf } = await signIn("discord", id, await createCommunity("discord", id));
    const send = (headers: Record<string, string>) =>
      fetchWorker("/admin/settings", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...headers },
        body: `csrf=${encodeURIComponent(csrf)}&region=FR`,
        redirect: "manual",
      });
    const refused: Record<string, string>[] = [
      {},
      { origin: "null" },
      { origin: "null", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "none" },
      { origin: "http://alliance.test.evil.example" },
      { origin: "https://alliance.test" },
      { origin: "http://alliance.test:8443" },
      { origin: `${ORIGIN}, https://evil.example` },
    ];
    for (const headers of refused) {
      const response = await send(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    }
    expect((await send({ origin: "null", "sec-fetch-site": "same-origin" })).status).toBe(303);
    expect(await getConfig("discord", id, ADMIN)).toMatchObject({ region: "FR" });
  });

  it("clears the cookie on sign-out with the same HttpOnly, Secure, SameSite=Strict attributes", async () => {
    const id = uniqueId("out");
    const { cookie, csrf } = await signIn("discord", id, await createCommunity("discord", id));
    const out = await postForm("/admin/sign-out", { csrf }, { cookie });
    const cleared = out.headers.get("set-cookie") ?? "";
    expect(cleared).toMatch(/^__Host-alliance-session=;/);
    for (const attribute of [/; HttpOnly/i, /; Secure/i, /; SameSite=Strict/i, /; Path=\//, /Max-Age=0/i]) expect(cleared).toMatch(attribute);
    expect((await postForm("/admin/settings", { csrf, region: "FR" }, { cookie })).status).toBe(303);
    expect(await getConfig("discord", id, ADMIN)).toEqual({});
  });
});

describe("secure headers on every kind of response", () => {
  const REQUESTS: [string, RequestInit | undefined, number][] = [
    ["/health", undefined, 200],
    ["/admin", undefined, 200],
    ["/nowhere", undefined, 404],
    ["/v1/answer", undefined, 405],
    ["/v1/answer", { method: "POST", headers: { authorization: "Bearer wrong" } }, 401],
    ["/v1/answer", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" }, 415],
    ["/v1/answer", { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(33 * 1024) }, 413],
    ["/v1/answer", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }, 400],
    ["/admin/sign-in", { method: "POST", headers: { origin: "https://evil.example" } }, 403],
    ["/discord/interactions", { method: "POST", body: "{}" }, 401],
    ["/slack/events", { method: "POST", body: "{}" }, 401],
  ];

  it.each(REQUESTS)("%s → %i", async (path, init, status) => {
    const response = await fetchWorker(path, init);
    expect(response.status).toBe(status);
    expectSecureHeaders(response);
    // The moderator page keeps its own stricter values, its error pages included.
    const page = path.startsWith("/admin");
    expect(response.headers.get("x-frame-options")).toBe(page ? "DENY" : "SAMEORIGIN");
    expect(response.headers.get("referrer-policy")).toBe(page ? "same-origin" : "no-referrer");
  });

  it("on the 500 of a store that is down, and on the 503 of a missing secret", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expectSecureHeaders(await fetchWith({ ...env, DB: brokenD1() }, configPath("discord", "123"), { headers: ADMIN }));
    const misconfigured = await fetchWith({ ...env, HASH_SECRET: "" }, "/health");
    errors.mockRestore();
    expect(misconfigured.status).toBe(503);
    expectSecureHeaders(misconfigured);
  });

  function expectSecureHeaders(response: Response): void {
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d{6,}/);
    expect(response.headers.get("x-frame-options")).toMatch(/^(SAMEORIGIN|DENY)$/);
    expect(response.headers.get("referrer-policy")).toBeTruthy();
    expect(response.headers.get("cross-origin-opener-policy")).toBeTruthy();
    expect(response.headers.get("x-powered-by")).toBeNull();
    if (response.headers.get("content-type")?.startsWith("text/html")) expect(response.headers.get("content-security-policy")).toContain("default-src");
  }
});

/** The same JSON meaning in other bytes: whitespace, key order, \u escapes, a trailing newline, a BOM. */
const reencoded = (json: string) =>
  fc
    .oneof(
      fc.constantFrom(JSON.stringify(JSON.parse(json), null, 2), `${json}\n`, ` ${json}`, `\ufeff${json}`, json.replace(/":/g, '" :')),
      fc.constant(JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(json) as object).reverse()))),
      fc.nat().map((n) => {
        const letters = [...json.matchAll(/[a-z]/g)];
        const at = letters[n % Math.max(1, letters.length)]?.index ?? 0;
        return `${json.slice(0, at)}\\u${json.charCodeAt(at).toString(16).padStart(4, "0")}${json.slice(at + 1)}`;
      }),
    )
    .filter((variant) => variant !== json);

describe("signatures cannot be bypassed", () => {
  it(
    "Discord: a body re-encoded with the same meaning fails the signature made over the original",
    async () => {
      const interaction = fc.record({ question: fc.string({ minLength: 1, maxLength: 40 }), extra: hostileJson });
      await fc.assert(
        fc.asyncProperty(
          interaction.chain(({ question, extra }) => {
            const json = JSON.stringify({ ...commandInteraction("ask", [{ name: "question", type: 3, value: question.trim() || "why" }]), extra });
            return fc.tuple(fc.constant(json), reencoded(json));
          }),
          async ([json, variant]) => {
            const timestamp = nowTimestamp();
            const signature = await signDiscord(json, timestamp);
            const headers = { "content-type": "application/json", "x-signature-ed25519": signature, "x-signature-timestamp": timestamp };
            expect((await postInteractionRaw(variant, headers)).status).toBe(401);
            expect((await postInteractionRaw(json, headers)).status).not.toBe(401);
          },
        ),
        { seed: FUZZ_SEED, numRuns: RUNS.reencoded },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("Slack: a JSON event or a form re-encoded with the same meaning fails the signature made over the original", async () => {
    const json = eventBody({ type: "app_mention", user: "UMEMBER", text: "<@UALLIANCE> why we", channel: uniqueId("C"), ts: "1700000000.000100" });
    const fields = {
      team_id: "TALLIANCE",
      channel_id: "C1",
      user_id: "UMEMBER",
      command: "/ask",
      text: "why does my therapist say we",
      response_url: "https://hooks.slack.com/x",
      trigger_id: "1",
    };
    const formBody = form(fields);
    const formVariants = [
      formBody.replace(/\+/g, "%20"),
      new URLSearchParams(Object.entries(fields).reverse()).toString(),
      formBody.replace("team_id", "%74eam_id"),
      `${formBody}&`,
    ];
    const timestamp = String(nowSeconds());
    const jsonVariants = fc.sample(reencoded(json), { seed: FUZZ_SEED, numRuns: 30 });
    for (const [path, original, variants, type] of [
      ["/slack/events", json, jsonVariants, "application/json"],
      ["/slack/commands", formBody, formVariants, "application/x-www-form-urlencoded"],
    ] as const) {
      const signature = await slackSignature(original, timestamp);
      for (const variant of variants) {
        expect(variant).not.toBe(original);
        const response = await fetchWorker(path, {
          method: "POST",
          headers: { "content-type": type, "x-slack-request-timestamp": timestamp, "x-slack-signature": signature },
          body: variant,
        });
        expect(response.status, variant).toBe(401);
      }
    }
  });

  it("Slack: duplicated headers (joined with a comma) and header names in any case", async () => {
    const body = JSON.stringify({ type: "url_verification", challenge: "c" });
    const timestamp = String(nowSeconds());
    const signature = await slackSignature(body, timestamp);
    const wrong = await slackSignature(body, timestamp, "another-secret");
    const send = (headers: Headers) => fetchWorker("/slack/events", { method: "POST", headers, body });
    const twice = (name: string, values: string[], other: [string, string]) => {
      const headers = new Headers({ "content-type": "application/json", [other[0]]: other[1] });
      for (const value of values) headers.append(name, value);
      return headers;
    };
    expect((await send(twice("x-slack-signature", [signature, wrong], ["x-slack-request-timestamp", timestamp]))).status).toBe(401);
    expect((await send(twice("x-slack-signature", [wrong, signature], ["x-slack-request-timestamp", timestamp]))).status).toBe(401);
    expect((await send(twice("x-slack-request-timestamp", [timestamp, timestamp], ["x-slack-signature", signature]))).status).toBe(401);
    const mixedCase = new Headers({ "Content-Type": "application/json", "X-Slack-Signature": signature, "X-SLACK-REQUEST-TIMESTAMP": timestamp });
    expect((await send(mixedCase)).status).toBe(200);
  });
});

const SECRETS = ["ANSWER_API_KEY", "ADMIN_TOKEN", "HASH_SECRET", "DISCORD_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"] as const;

describe("secrets never reach a log", () => {
  const printed: string[] = [];
  beforeAll(() => {
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void printed.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" ")),
      );
    }
  });
  afterAll(() => vi.restoreAllMocks());

  it("through failures of every kind: wrong keys, missing secrets, D1 down, Slack refusing, bad signatures", async () => {
    const id = uniqueId("secret");
    const token = await createCommunity("discord", id);
    await postJson("/v1/answer", { text: "hi", platform: "api" }, { authorization: `Bearer ${env.ANSWER_API_KEY}x` });
    await fetchWorker(configPath("discord", id), { headers: bearer(`${token}x`) });
    for (const missing of [...SECRETS, "DISCORD_PUBLIC_KEY"]) {
      await fetchWith({ ...env, [missing]: "" }, "/health");
      await fetchWith({ ...env, [missing]: "" }, "/slack/events", { method: "POST", body: "{}" });
      await fetchWith({ ...env, [missing]: "" }, "/discord/interactions", { method: "POST", body: "{}" });
    }
    await fetchWith({ ...env, DB: brokenD1() }, configPath("discord", id), { headers: bearer(token) });
    await postSlack("/slack/events", eventBody({ type: "app_mention", user: "U", text: "<@UALLIANCE> hi", channel: "CFAILING", ts: "1.1" }));
    await postSlack("/slack/events", eventBody({ type: "app_mention", user: "U", text: "hi", channel: "C", ts: "1.2" }), { secret: "wrong" });
    await fetchWorker("/discord/interactions", {
      method: "POST",
      headers: { "x-signature-ed25519": "0".repeat(128), "x-signature-timestamp": nowTimestamp() },
      body: "{}",
    });
    await putConfig("discord", id, { alertChannelId: "999" }, bearer(token));
    await postJson("/v1/answer", { text: "i want to kill myself", platform: "discord", communityId: id }, ADAPTER);

    expect(printed.length).toBeGreaterThan(0);
    const output = printed.join("\n");
    const secrets: [string, string][] = [...SECRETS.map((name): [string, string] => [name, env[name] ?? ""]), ["moderator token", token]];
    for (const [name, value] of secrets) expect(output, name).not.toContain(value);
  });
});
