import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { html } from "hono/html";
import type { JSX } from "hono/jsx/jsx-runtime";
import { Hono } from "hono/tiny";
import manifest from "../../bot/slack/manifest.json" with { type: "json" };
import { sealToken } from "../crypto/token-cipher.ts";
import { fingerprintOf, randomToken, sha256Hex } from "../crypto/tokens.ts";
import type { AppEnv } from "../env.ts";
import { constantTimeEqual } from "../http/constant-time.ts";
import { refusePlatform } from "../http/refuse-platform.ts";
import { InstallErrorPage, InstalledPage, InstallPage } from "../pages/slack/install-pages.tsx";
import { slackInstallProblem } from "../security/platform-secrets.ts";
import { checkRateLimits } from "../service/rate-limits.ts";
import { forgetBotToken } from "../slack/bot-tokens.ts";
import { logSlackEvent } from "../slack/log.ts";
import { authorizeUrl, exchangeInstallCode, SlackInstallError } from "../slack/oauth.ts";
import { tokenKeyring } from "../slack/token-keyring.ts";
import { SlackApiError } from "../slack/web-api.ts";
import { createCommunity } from "../storage/communities.ts";
import { saveInstallation } from "../storage/slack-installations.ts";
import { OAUTH_STATE_TTL_MS, saveOAuthState, takeOAuthState } from "../storage/slack-oauth-states.ts";

/** The bot scopes the app's manifest declares: an install asks for exactly these. */
export const BOT_SCOPES: readonly string[] = manifest.oauth_config.scopes.bot;

/** `__Host-`: kept only if Secure, host-only and Path=/. Lax, so it comes back on Slack's top-level redirect. */
export const STATE_COOKIE = "__Host-alliance-slack-state";
export const CALLBACK_PATH = "/slack/oauth/callback";

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

type InstallContext = Context<AppEnv>;
type PageStatus = 200 | 400 | 403 | 429 | 502;

/**
 * "Add to Slack" (OAuth v2): `/slack/install` gives this browser a random state (a cookie, and its hash in
 * D1 for ten minutes) and links to Slack's consent screen with it; `/slack/oauth/callback` takes it back
 * only from the same browser, only once, exchanges the code for the workspace's bot token, stores it
 * sealed, and creates the workspace's community, whose moderator token the installer sees once.
 */
export const slackInstallRoutes = new Hono<AppEnv>()
  .use("/slack/install", pageHeaders)
  .use("/slack/oauth/*", pageHeaders)
  .get("/slack/install", async (c) => {
    const clientId = installClient(c.env).id;
    // Each visit stores a state for ten minutes: an address gets the anonymous callers' limit (30 a minute).
    const address = c.req.header("cf-connecting-ip");
    if (address && (await checkRateLimits(c.env, { ip: `slack-install:${address}` })).limited) {
      c.header("Retry-After", "60");
      return failed(c, 429, "Too many install links from this address: try again in a minute.");
    }
    const state = randomToken();
    await saveOAuthState(c.env.DB, await sha256Hex(state));
    setCookie(c, STATE_COOKIE, state, { httpOnly: true, secure: true, sameSite: "Lax", path: "/", maxAge: OAUTH_STATE_TTL_MS / 1_000 });
    return render(c, <InstallPage authorizeUrl={authorizeUrl(clientId, BOT_SCOPES, callbackUrl(c), state)} />);
  })
  .get(CALLBACK_PATH, async (c) => {
    const client = installClient(c.env);
    const state = c.req.query("state") ?? "";
    const browserState = getCookie(c, STATE_COOKIE) ?? "";
    deleteCookie(c, STATE_COOKIE, { httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
    if (state === "" || state.length > 100) return failed(c, 400, "The link back from Slack carries no install state. Start again from the Add to Slack page.");
    if (browserState === "" || !constantTimeEqual(state, browserState)) {
      return failed(c, 403, "This install was not started in this browser, or its link was altered. Start again from the Add to Slack page.");
    }
    if (!(await takeOAuthState(c.env.DB, await sha256Hex(state)))) {
      return failed(c, 400, "This install link has already been used, or is more than ten minutes old. Start again from the Add to Slack page.");
    }
    if (c.req.query("error")) return failed(c, 400, "The install was cancelled in Slack; nothing was added to your workspace.");
    const code = c.req.query("code") ?? "";
    if (code === "" || code.length > 500) return failed(c, 400, "Slack's answer carries no install code.");

    let grant: Awaited<ReturnType<typeof exchangeInstallCode>>;
    try {
      grant = await exchangeInstallCode(c.env, client, code, callbackUrl(c));
    } catch (error) {
      return exchangeFailed(c, error);
    }
    const keyring = await tokenKeyring(c.env);
    if (!keyring) refusePlatform("slack_install", "SLACK_TOKEN_KEY is not usable");
    await saveInstallation(c.env.DB, { teamId: grant.teamId, botUserId: grant.botUserId, token: await sealToken(keyring, grant.teamId, grant.botToken) });
    forgetBotToken(grant.teamId);

    const moderatorToken = randomToken();
    const tokenHash = await sha256Hex(moderatorToken);
    // The installer, whom Slack let install the app in this workspace, is its first moderator: the audit names them by that token.
    const actor = { role: "moderator" as const, tokenFingerprint: fingerprintOf(tokenHash) };
    const created = await createCommunity(c.env.DB, { platform: "slack", communityId: grant.teamId }, grant.teamName.slice(0, 100), tokenHash, actor);
    logSlackEvent("slack.installed", { team: grant.teamId, communityCreated: created });
    return render(c, <InstalledPage teamName={grant.teamName} teamId={grant.teamId} {...(created ? { moderatorToken } : {})} />);
  });

async function pageHeaders(c: InstallContext, next: () => Promise<void>): Promise<void> {
  c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  c.header("X-Frame-Options", "DENY");
  c.header("Cache-Control", "no-store");
  // The callback's URL carries Slack's code, and its page the moderator token: neither goes anywhere in a Referer.
  c.header("Referrer-Policy", "no-referrer");
  await next();
}

function installClient(env: Env): { id: string; secret: string } {
  const problem = slackInstallProblem(env);
  if (problem) refusePlatform("slack_install", problem);
  return { id: env.SLACK_CLIENT_ID!.trim(), secret: env.SLACK_CLIENT_SECRET!.trim() };
}

/** The redirect_uri: sent on the authorize URL and again on the exchange, which must match. */
function callbackUrl(c: InstallContext): string {
  return new URL(CALLBACK_PATH, c.req.url).toString();
}

function exchangeFailed(c: InstallContext, error: unknown): Response | Promise<Response> {
  const code = error instanceof SlackApiError || error instanceof SlackInstallError ? error.code : error instanceof Error ? error.name : "unknown";
  logSlackEvent("slack.install_failed", { code });
  if (error instanceof SlackInstallError) {
    const why =
      code === "enterprise_install"
        ? "Alliance installs in one workspace at a time; an organisation-wide install is not supported."
        : "Slack's answer was not a bot install Alliance can use.";
    return failed(c, 400, why);
  }
  if (error instanceof SlackApiError && !code.startsWith("http_"))
    return failed(c, 400, `Slack refused the install code (${code}). Start again from the Add to Slack page.`);
  return failed(c, 502, "Slack could not be reached to finish the install. Please try again in a minute.");
}

function failed(c: InstallContext, status: Exclude<PageStatus, 200>, message: string) {
  return render(c, <InstallErrorPage message={message} />, status);
}

function render(c: InstallContext, page: JSX.Element, status: PageStatus = 200) {
  return c.html(html`<!DOCTYPE html>${page}`, status);
}
