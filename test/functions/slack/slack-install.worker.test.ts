import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import manifest from "../../../bot/slack/manifest.json" with { type: "json" };
import { importTokenKey, openToken, sealToken, tokenKeyBytes } from "../../../functions/crypto/token-cipher.ts";
import type { InstallationRow } from "../../../functions/storage/slack-installations.ts";
import { FAKE_CLIENT_ID } from "../../support/fake-slack-app.ts";
import { freshRateLimitWindow } from "../../support/rate-limit-window.ts";
import { fetchWith, withRealLimits } from "../../support/worker/bindings.ts";
import { ADAPTER, bearer, configPath } from "../../support/worker/communities-support.ts";
import { expectJsonError } from "../../support/worker/fetch-worker.ts";
import { buttonPress, eventBody, form, postSlack, slackCalls, uniqueId } from "../../support/worker/slack.ts";
import {
  allSlackCalls,
  callback,
  installBindings,
  installWorkspace,
  newTokenKey,
  shownModeratorToken,
  startInstall,
} from "../../support/worker/slack-install.ts";

afterEach(() => vi.restoreAllMocks());

function installationRow(teamId: string): Promise<InstallationRow | null> {
  return env.DB.prepare("SELECT * FROM slack_installations WHERE team_id = ?1").bind(teamId).first<InstallationRow>();
}

/** A mention in `channel`, delivered for the installation of `teamId` (Slack's envelope names it in `authorizations`). */
function mentionFrom(teamId: string, channel: string, extra: Record<string, unknown> = {}): string {
  const event = { type: "app_mention", user: "UMEMBER", text: "<@UB> why does my therapist say we?", channel, ts: "1700000000.000100", team: teamId };
  return eventBody(event, { team_id: teamId, authorizations: [{ user_id: `UB${teamId.slice(1)}`, team_id: teamId, is_bot: true }], ...extra });
}

function uninstall(teamId: string, event: Record<string, unknown> = { type: "app_uninstalled" }): string {
  return eventBody(event, { team_id: teamId });
}

function warnings(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map((call) => call.map(String).join(" "));
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

describe("GET /slack/install", () => {
  it("links Add to Slack to Slack's v2 authorize URL with the client id, the manifest's bot scopes, this callback and a fresh state", async () => {
    const bindings = installBindings();
    const first = await startInstall(bindings);
    const { authorizeUrl } = first;
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe("https://slack.com/oauth/v2/authorize");
    expect(authorizeUrl.searchParams.get("client_id")).toBe(FAKE_CLIENT_ID);
    expect(authorizeUrl.searchParams.get("scope")!.split(",")).toEqual(manifest.oauth_config.scopes.bot);
    expect(authorizeUrl.searchParams.get("redirect_uri")).toBe("http://alliance.test/slack/oauth/callback");
    expect(first.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await startInstall(bindings)).state).not.toBe(first.state);
  });

  it("binds the state to the browser: an HttpOnly, Secure, SameSite=Lax, host-only cookie; D1 keeps only its hash", async () => {
    const { state, setCookie, response } = await startInstall(installBindings());
    expect(setCookie).toMatch(new RegExp(`^__Host-alliance-slack-state=${state};`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/i);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(
      await env.DB.prepare("SELECT 1 FROM slack_oauth_states WHERE state_hash = ?1")
        .bind(await sha256Hex(state))
        .first(),
    ).not.toBeNull();
    expect(await env.DB.prepare("SELECT 1 FROM slack_oauth_states WHERE state_hash = ?1").bind(state).first()).toBeNull();
  });

  it("503 without the install secrets (or with a key that is not 32 bytes), the reason logged once naming the setting", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const cases: [Env, string][] = [
      [installBindings({ SLACK_CLIENT_ID: "" }), "SLACK_CLIENT_ID"],
      [installBindings({ SLACK_CLIENT_SECRET: undefined }), "SLACK_CLIENT_SECRET"],
      [installBindings({ SLACK_TOKEN_KEY: "" }), "SLACK_TOKEN_KEY"],
      [installBindings({ SLACK_TOKEN_KEY: btoa("sixteen bytes!!!") }), "SLACK_TOKEN_KEY is not 32 bytes"],
    ];
    for (const [bindings, reason] of cases) {
      for (const path of ["/slack/install", "/slack/oauth/callback?code=install-TX&state=x", "/v1/slack/installations/TX"]) {
        const response = await fetchWith(bindings, path, { headers: ADAPTER });
        expect(await expectJsonError(response, 503, "misconfigured"), path).toContain(reason.split(" ")[0]);
      }
    }
    const shortKey = warnings(errors).filter((line) => line.includes("SLACK_TOKEN_KEY is not 32 bytes"));
    expect(shortKey).toHaveLength(1);
    expect(warnings(errors).join("\n")).not.toContain(btoa("sixteen bytes!!!"));
  });
});

describe("the whole flow: Add to Slack → callback → sealed token → each workspace answered with its own → uninstall", () => {
  it("installs two workspaces, answers each one's events with its own token, and nobody answers after an uninstall", async () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    const bindings = installBindings();
    const a = await installWorkspace(bindings);
    const b = await installWorkspace(bindings);
    for (const install of [a, b]) {
      expect(install.response.status).toBe(200);
      expect(install.page).toContain(`Alliance is in Workspace ${install.teamId}`);
    }

    const channelA = uniqueId("C");
    const channelB = uniqueId("C");
    expect((await postSlack("/slack/events", mentionFrom(a.teamId, channelA), { bindings })).status).toBe(200);
    expect((await postSlack("/slack/events", mentionFrom(b.teamId, channelB), { bindings })).status).toBe(200);
    const [replyA] = await slackCalls(channelA);
    const [replyB] = await slackCalls(channelB);
    expect(replyA).toMatchObject({ method: "chat.postMessage", authorization: expect.stringMatching(new RegExp(`^Bearer xoxb-${a.teamId}-[0-9a-f]{24}$`)) });
    expect(replyB).toMatchObject({ method: "chat.postMessage", authorization: expect.stringMatching(new RegExp(`^Bearer xoxb-${b.teamId}-[0-9a-f]{24}$`)) });

    // Stored sealed: no column holds the token, or any part of it past its prefix.
    for (const [install, reply] of [
      [a, replyA!],
      [b, replyB!],
    ] as const) {
      const token = reply.authorization!.slice("Bearer ".length);
      const row = await installationRow(install.teamId);
      expect(row).toMatchObject({ team_id: install.teamId, bot_user_id: `UB${install.teamId.slice(1)}`, key_id: expect.stringMatching(/^[0-9a-f]{12}$/) });
      const stored = JSON.stringify(row);
      expect(stored).not.toContain(token);
      expect(stored).not.toContain(token.split("-").at(-1));
      expect(stored).not.toContain("xoxb-");
    }

    // The uninstall deletes the token at once; the next event is answered by nobody, logged by team id only.
    expect((await postSlack("/slack/events", uninstall(a.teamId), { bindings })).status).toBe(200);
    expect(await installationRow(a.teamId)).toBeNull();
    const after = uniqueId("C");
    expect((await postSlack("/slack/events", mentionFrom(a.teamId, after), { bindings })).status).toBe(200);
    expect(await slackCalls(after)).toEqual([]);
    const notInstalled = warnings(warn).filter((line) => line.includes("slack.not_installed"));
    expect(notInstalled).toEqual([JSON.stringify({ level: "warn", event: "slack.not_installed", team: a.teamId })]);
    expect(warnings(warn).join("\n")).not.toMatch(/therapist|UMEMBER/);

    // The other workspace is untouched.
    const stillB = uniqueId("C");
    await postSlack("/slack/events", mentionFrom(b.teamId, stillB), { bindings });
    expect((await slackCalls(stillB))[0]?.authorization).toBe(replyB!.authorization);
  });

  it("slash commands and follow-up buttons post with the workspace's own token too", async () => {
    const bindings = installBindings();
    const { teamId } = await installWorkspace(bindings);
    const moderatorsChannel = uniqueId("C");
    await env.DB.prepare("UPDATE communities SET config = ?2 WHERE platform = 'slack' AND community_id = ?1")
      .bind(teamId, JSON.stringify({ alertChannelId: moderatorsChannel }))
      .run();
    const command = form({
      team_id: teamId,
      channel_id: uniqueId("C"),
      user_id: "UMEMBER",
      command: "/ask",
      text: "i want to kill myself",
      response_url: "https://hooks.slack.com/x",
      trigger_id: "1",
    });
    const reply = await postSlack("/slack/commands", command, { bindings });
    expect(reply.status).toBe(200);
    expect(((await reply.json()) as { text: string }).text.length).toBeGreaterThan(0);
    const [alert] = await slackCalls(moderatorsChannel);
    expect(alert?.authorization).toMatch(new RegExp(`^Bearer xoxb-${teamId}-`));

    const channel = uniqueId("C");
    const followUp = { action_id: "alliance_follow_up_0", value: "What is the therapeutic alliance?" };
    await postSlack("/slack/interactions", buttonPress(channel, followUp, { team: teamId }), { bindings });
    expect((await slackCalls(channel))[0]?.authorization).toBe(alert!.authorization);
  });

  it("a workspace never installed gets nothing from commands or buttons either, logged by its id", async () => {
    const warn = vi.spyOn(console, "error").mockImplementation(() => {});
    const bindings = installBindings();
    const stranger = uniqueId("T");
    const channel = uniqueId("C");
    const command = form({
      team_id: stranger,
      channel_id: channel,
      user_id: "UMEMBER",
      command: "/ask",
      text: "why does my therapist say we",
      response_url: "https://hooks.slack.com/x",
      trigger_id: "1",
    });
    const reply = await postSlack("/slack/commands", command, { bindings });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toBe("");
    expect(await slackCalls(channel)).toEqual([]);
    expect(warnings(warn).some((line) => line.includes(`"team":"${stranger}"`))).toBe(true);
  });

  it("shows the new community's moderator token once; it works on the community's API; a reinstall keeps community and token", async () => {
    const bindings = installBindings();
    const { teamId, page } = await installWorkspace(bindings);
    const moderatorToken = shownModeratorToken(page);
    expect(moderatorToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await fetchWith(bindings, configPath("slack", teamId), { headers: bearer(moderatorToken!) })).status).toBe(200);
    const community = await env.DB.prepare("SELECT name, token_hash FROM communities WHERE platform = 'slack' AND community_id = ?1")
      .bind(teamId)
      .first<{ name: string; token_hash: string }>();
    expect(community).toEqual({ name: `Workspace ${teamId}`, token_hash: await sha256Hex(moderatorToken!) });
    const audit = await env.DB.prepare("SELECT actor_role, action FROM community_audit WHERE platform = 'slack' AND community_id = ?1").bind(teamId).all();
    expect(audit.results).toEqual([{ actor_role: "moderator", action: "community_created" }]);

    const before = await installationRow(teamId);
    const again = await installWorkspace(bindings, teamId);
    expect(again.response.status).toBe(200);
    expect(shownModeratorToken(again.page)).toBeUndefined();
    expect(again.page).toContain("already had an Alliance community");
    expect((await fetchWith(bindings, configPath("slack", teamId), { headers: bearer(moderatorToken!) })).status).toBe(200);
    expect((await installationRow(teamId))!.token_sealed).not.toBe(before!.token_sealed);
  });

  it("tokens_revoked naming the bot deletes the token at once; one naming only user tokens does not", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const bindings = installBindings();
    const { teamId } = await installWorkspace(bindings);
    await postSlack("/slack/events", uninstall(teamId, { type: "tokens_revoked", tokens: { oauth: ["UINSTALLER"] } }), { bindings });
    expect(await installationRow(teamId)).not.toBeNull();
    await postSlack("/slack/events", uninstall(teamId, { type: "tokens_revoked", tokens: { oauth: ["UINSTALLER"], bot: [`UB${teamId.slice(1)}`] } }), {
      bindings,
    });
    expect(await installationRow(teamId)).toBeNull();
    const channel = uniqueId("C");
    await postSlack("/slack/events", mentionFrom(teamId, channel), { bindings });
    expect(await slackCalls(channel)).toEqual([]);
  });

  it("an unsigned or wrongly signed uninstall deletes nothing", async () => {
    const bindings = installBindings();
    const { teamId } = await installWorkspace(bindings);
    expect((await postSlack("/slack/events", uninstall(teamId), { bindings, secret: "not-the-signing-secret" })).status).toBe(401);
    expect(await installationRow(teamId)).not.toBeNull();
  });

  it("single-token mode stays: with SLACK_BOT_TOKEN and installs both on, a workspace without an install is answered with SLACK_BOT_TOKEN", async () => {
    const bindings = installBindings({ SLACK_BOT_TOKEN: env.SLACK_BOT_TOKEN });
    const installed = await installWorkspace(bindings);
    const own = uniqueId("C");
    const selfHosted = uniqueId("C");
    await postSlack("/slack/events", mentionFrom(installed.teamId, own), { bindings });
    await postSlack("/slack/events", mentionFrom("TALLIANCE", selfHosted), { bindings });
    expect((await slackCalls(own))[0]?.authorization).toMatch(new RegExp(`^Bearer xoxb-${installed.teamId}-`));
    expect((await slackCalls(selfHosted))[0]?.authorization).toBe(`Bearer ${env.SLACK_BOT_TOKEN}`);
  });
});

describe("GET /slack/oauth/callback refuses a state that is forged, missing, replayed, expired or from another browser", () => {
  async function refused(bindings: Env, query: Record<string, string>, cookie: string | undefined, status: number) {
    const response = await callback(bindings, query, cookie);
    expect(response.status).toBe(status);
    expect(await response.text()).toContain("Alliance was not installed");
    expect(await installationRow(query.code!.slice("install-".length))).toBeNull();
  }

  it("missing state, or no cookie: 4xx and the code is never exchanged", async () => {
    const bindings = installBindings();
    const { state, cookie } = await startInstall(bindings);
    const teamId = uniqueId("T");
    await refused(bindings, { code: `install-${teamId}` }, cookie, 400);
    await refused(bindings, { code: `install-${teamId}`, state }, undefined, 403);
    const exchanges = (await allSlackCalls()).filter((call) => call.method === "oauth.v2.access" && call.params.code === `install-${teamId}`);
    expect(exchanges).toEqual([]);
  });

  it("a forged state (not the cookie's), or a cookie and state both forged (never issued): 4xx", async () => {
    const bindings = installBindings();
    const { cookie } = await startInstall(bindings);
    await refused(bindings, { code: `install-${uniqueId("T")}`, state: "forged-state-0123456789abcdefghijklmnopqrstu" }, cookie, 403);
    const forged = "made-up-by-an-attacker-0123456789abcdefghijk";
    await refused(bindings, { code: `install-${uniqueId("T")}`, state: forged }, `__Host-alliance-slack-state=${forged}`, 400);
  });

  it("another browser's state (the attacker's own, planted in a victim's link): 403", async () => {
    const bindings = installBindings();
    const attacker = await startInstall(bindings);
    const victim = await startInstall(bindings);
    await refused(bindings, { code: `install-${uniqueId("T")}`, state: attacker.state }, victim.cookie, 403);
  });

  it("a replayed callback, even with the cookie sent again: 400, the first install stands", async () => {
    const bindings = installBindings();
    const { state, cookie } = await startInstall(bindings);
    const teamId = uniqueId("T");
    expect((await callback(bindings, { code: `install-${teamId}`, state }, cookie)).status).toBe(200);
    const replay = await callback(bindings, { code: `install-${teamId}`, state }, cookie);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain("already been used");
    expect(await installationRow(teamId)).not.toBeNull();
  });

  it("an expired state (over ten minutes): 400", async () => {
    const bindings = installBindings();
    const { state, cookie } = await startInstall(bindings);
    await env.DB.prepare("UPDATE slack_oauth_states SET expires_at = ?2 WHERE state_hash = ?1")
      .bind(await sha256Hex(state), Date.now() - 1)
      .run();
    await refused(bindings, { code: `install-${uniqueId("T")}`, state }, cookie, 400);
  });

  it("clears the state cookie whatever the outcome", async () => {
    const bindings = installBindings();
    const { state, cookie } = await startInstall(bindings);
    const response = await callback(bindings, { code: `install-${uniqueId("T")}`, state }, cookie);
    expect(response.headers.get("set-cookie")).toMatch(/^__Host-alliance-slack-state=;.*Max-Age=0/);
  });

  it("cancelled in Slack, a code Slack refuses, or an org-wide install: 400, nothing stored", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const bindings = installBindings();
    const cancelled = await startInstall(bindings);
    const teamId = uniqueId("T");
    await refused(bindings, { code: `install-${teamId}`, error: "access_denied", state: cancelled.state }, cancelled.cookie, 400);
    const bogus = await startInstall(bindings);
    const refusedCode = await callback(bindings, { code: "not-a-code", state: bogus.state }, bogus.cookie);
    expect(refusedCode.status).toBe(400);
    expect(await refusedCode.text()).toContain("invalid_code");
    const org = await startInstall(bindings);
    const enterprise = uniqueId("E");
    const orgWide = await callback(bindings, { code: `enterprise-${enterprise}`, state: org.state }, org.cookie);
    expect(orgWide.status).toBe(400);
    expect(await installationRow(enterprise)).toBeNull();
  });
});

describe("SLACK_TOKEN_KEY: the sealed tokens open only with their key", () => {
  it("another key cannot open a sealed token, nor can the right key open it for another team", async () => {
    const right = { current: await importTokenKey(tokenKeyBytes(newTokenKey())!) };
    const wrong = { current: await importTokenKey(tokenKeyBytes(newTokenKey())!) };
    const sealed = await sealToken(right, "TONE", "xoxb-secret-token");
    expect(await openToken(right, "TONE", sealed)).toBe("xoxb-secret-token");
    await expect(openToken(wrong, "TONE", sealed)).rejects.toThrow(/no key/);
    await expect(openToken({ current: { ...wrong.current, id: right.current.id } }, "TONE", sealed)).rejects.toThrow(/does not open/);
    await expect(openToken(right, "TTWO", sealed)).rejects.toThrow(/does not open/);
    await expect(openToken(right, "TONE", { ...sealed, sealed: sealed.sealed.slice(0, -2) + (sealed.sealed.endsWith("AA") ? "AB" : "AA") })).rejects.toThrow(
      /does not open/,
    );
  });

  it("a deployment with the wrong key answers nobody and logs the team and key id, never the token", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const bindings = installBindings();
    const { teamId } = await installWorkspace(bindings);
    const row = await installationRow(teamId);
    const channel = uniqueId("C");
    await postSlack("/slack/events", mentionFrom(teamId, channel), { bindings: { ...bindings, SLACK_TOKEN_KEY: newTokenKey() } });
    expect(await slackCalls(channel)).toEqual([]);
    const logged = warnings(errors).join("\n");
    expect(logged).toContain(`"team":"${teamId}"`);
    expect(logged).toContain(row!.key_id);
    expect(logged).not.toContain("xoxb-");
  });

  it("rotation: with the old key as SLACK_TOKEN_KEY_PREVIOUS, tokens still open, and are sealed again under the new key", async () => {
    const oldKey = newTokenKey();
    const before = installBindings({ SLACK_TOKEN_KEY: oldKey });
    const { teamId } = await installWorkspace(before);
    const sealedBefore = await installationRow(teamId);
    const rotated = { ...before, SLACK_TOKEN_KEY: newTokenKey(), SLACK_TOKEN_KEY_PREVIOUS: oldKey };
    const channel = uniqueId("C");
    await postSlack("/slack/events", mentionFrom(teamId, channel), { bindings: rotated });
    expect((await slackCalls(channel))[0]?.authorization).toMatch(new RegExp(`^Bearer xoxb-${teamId}-`));
    const sealedAfter = await installationRow(teamId);
    expect(sealedAfter!.key_id).not.toBe(sealedBefore!.key_id);
    // Once every row is resealed, the old key can go.
    const withoutOld = { ...rotated, SLACK_TOKEN_KEY_PREVIOUS: undefined };
    const later = uniqueId("C");
    await postSlack("/slack/events", mentionFrom(teamId, later), { bindings: withoutOld });
    expect((await slackCalls(later))[0]?.authorization).toBe((await slackCalls(channel))[0]?.authorization);
  });
});

describe("GET /v1/slack/installations/:teamId (the Socket Mode bot's authorize)", () => {
  it("gives the adapter key the installed workspace's token, 401 to anyone else, 404 once uninstalled", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const bindings = installBindings();
    const { teamId } = await installWorkspace(bindings);
    await expectJsonError(await fetchWith(bindings, `/v1/slack/installations/${teamId}`), 401, "unauthorized");
    await expectJsonError(await fetchWith(bindings, `/v1/slack/installations/${teamId}`, { headers: bearer("test-admin-token") }), 401, "unauthorized");
    const response = await fetchWith(bindings, `/v1/slack/installations/${teamId}`, { headers: ADAPTER });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { teamId: string; botUserId: string; botToken: string };
    expect(body).toEqual({ teamId, botUserId: `UB${teamId.slice(1)}`, botToken: expect.stringMatching(new RegExp(`^xoxb-${teamId}-`)) });
    await postSlack("/slack/events", uninstall(teamId), { bindings });
    await expectJsonError(await fetchWith(bindings, `/v1/slack/installations/${teamId}`, { headers: ADAPTER }), 404, "not_found");
    await expectJsonError(await fetchWith(bindings, `/v1/slack/installations/${uniqueId("T")}`, { headers: ADAPTER }), 404, "not_found");
  });
});

describe("Add to Slack's secrets never reach a log", () => {
  it("through installs, refusals, events, uninstalls and a wrong key: no client secret, token key, bot token or moderator token", async () => {
    const printed: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void printed.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" ")),
      );
    }
    const bindings = installBindings();
    const { teamId, page } = await installWorkspace(bindings);
    const forged = await startInstall(bindings);
    await callback(bindings, { code: `install-${uniqueId("T")}`, state: forged.state }, "__Host-alliance-slack-state=other");
    const refusedCode = await startInstall(bindings);
    await callback(bindings, { code: "not-a-code", state: refusedCode.state }, refusedCode.cookie);
    await callback(
      { ...bindings, SLACK_CLIENT_SECRET: "wrong-client-secret-0123456789" },
      { code: `install-${uniqueId("T")}`, state: "x" },
      "__Host-alliance-slack-state=x",
    );
    const channel = uniqueId("C");
    await postSlack("/slack/events", mentionFrom(teamId, channel), { bindings });
    const token = (await slackCalls(channel))[0]!.authorization!.slice("Bearer ".length);
    await postSlack("/slack/events", mentionFrom(teamId, uniqueId("C")), { bindings: { ...bindings, SLACK_TOKEN_KEY: newTokenKey() } });
    await postSlack("/slack/events", uninstall(teamId), { bindings });
    await postSlack("/slack/events", mentionFrom(teamId, uniqueId("C")), { bindings });

    expect(printed.length).toBeGreaterThan(0);
    const output = printed.join("\n");
    for (const secret of [bindings.SLACK_CLIENT_SECRET!, bindings.SLACK_TOKEN_KEY!, token, shownModeratorToken(page)!, forged.state])
      expect(output).not.toContain(secret);
    expect(output).not.toContain("xoxb-");
  });
});

describe("GET /slack/install under load", () => {
  it("gives one address at most the anonymous callers' 30 links a minute (each stores a state), then 429 with Retry-After", async () => {
    const bindings = withRealLimits(installBindings());
    const headers = { "cf-connecting-ip": `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
    await freshRateLimitWindow();
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await fetchWith(bindings, "/slack/install", { headers })).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await fetchWith(bindings, "/slack/install", { headers });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.headers.get("set-cookie")).toBeNull();
  }, 20_000);
});
