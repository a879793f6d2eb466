import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET } from "../fake-slack-app.ts";
import { fetchWith } from "./bindings.ts";
import { type SlackCall, uniqueId } from "./slack.ts";

/** 32 random bytes, base64: a SLACK_TOKEN_KEY as `openssl rand -base64 32` makes one. */
export function newTokenKey(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
}

/** A public deployment: installs on (the fake Slack's app credentials), no SLACK_BOT_TOKEN. */
export function installBindings(overrides: Partial<Env> = {}): Env {
  const bindings: Record<string, unknown> = {
    ...env,
    SLACK_CLIENT_ID: FAKE_CLIENT_ID,
    SLACK_CLIENT_SECRET: FAKE_CLIENT_SECRET,
    SLACK_TOKEN_KEY: newTokenKey(),
    ...overrides,
  };
  if (!("SLACK_BOT_TOKEN" in overrides)) delete bindings.SLACK_BOT_TOKEN;
  return bindings as unknown as Env;
}

export interface StartedInstall {
  response: Response;
  /** The state in the Add to Slack link. */
  state: string;
  /** The cookie the browser keeps: `name=value`. */
  cookie: string;
  setCookie: string;
  authorizeUrl: URL;
}

/** GET /slack/install, read as a browser would: the link's state and the cookie set with it. */
export async function startInstall(bindings: Env): Promise<StartedInstall> {
  const response = await fetchWith(bindings, "/slack/install");
  expect(response.status).toBe(200);
  const page = await response.text();
  const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize[^"]+)"/.exec(page)?.[1];
  expect(href).toBeDefined();
  const authorizeUrl = new URL(href!.replace(/&amp;/g, "&"));
  const setCookie = response.headers.get("set-cookie") ?? "";
  return { response, state: authorizeUrl.searchParams.get("state") ?? "", cookie: setCookie.split(";")[0]!, setCookie, authorizeUrl };
}

/** Slack's redirect back to the callback, with whatever query and cookie the test gives it. */
export function callback(bindings: Env, query: Record<string, string>, cookie?: string): Promise<Response> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  return fetchWith(bindings, `/slack/oauth/callback?${new URLSearchParams(query)}`, { headers });
}

/** A whole install of a new workspace through the real routes; returns its team id and the page shown. */
export async function installWorkspace(bindings: Env, teamId = uniqueId("T")): Promise<{ teamId: string; page: string; response: Response }> {
  const { state, cookie } = await startInstall(bindings);
  const code = `install-${teamId}-${crypto.randomUUID().slice(0, 8)}`;
  const response = await callback(bindings, { code, state }, cookie);
  return { teamId, response, page: await response.text() };
}

/** Every call the fake Slack received. */
export async function allSlackCalls(): Promise<SlackCall[]> {
  return (await (await fetch(new URL("/__calls", env.SLACK_API_BASE))).json()) as SlackCall[];
}

/** The moderator token shown on the success page, if any. */
export function shownModeratorToken(page: string): string | undefined {
  return /<code class="token">([A-Za-z0-9_-]+)<\/code>/.exec(page)?.[1];
}
