import type { ServerResponse } from "node:http";
import { startFakeServer } from "./fake-worker.ts";

export interface SlackCall {
  /** The Web API method (chat.postMessage…), or "response_url" for posts to a slash command's response URL. */
  method: string;
  authorization: string | undefined;
  params: Record<string, unknown>;
}

export const FAKE_BOT_USER_ID = "UALLIANCE";
/**
 * `users.info` with `include_locale` answers these members' Slack languages; for anyone else it answers
 * without a locale (as Slack does when the app cannot see it), so replies follow the message and the community.
 */
export const MEMBER_LOCALES: Readonly<Record<string, string>> = { UPORTUGUESEMEMBER: "pt-BR", USPANISHMEMBER: "es-MX", UBADLOCALE: "not a locale!" };
/** `users.info` for this member fails like a workspace that has not granted `users:read`. */
export const NO_SCOPE_MEMBER = "UNOSCOPE";

/** Posting to this channel fails the way Slack does when the bot was removed from it. */
export const FAILING_CHANNEL = "CFAILING";

/**
 * Slack's Web API on loopback, at `<url>/api/<method>`: answers like Slack, records every call
 * (JSON or form-encoded, as the Worker and @slack/web-api send them), and lists them at `GET /__calls`.
 */
export async function startFakeSlack() {
  const calls: SlackCall[] = [];
  const server = await startFakeServer((request, response, body) => {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    if (request.method === "GET" && path === "/__calls") return json(response, calls);
    const params = parseParams(request.headers["content-type"], body);
    const method = path.startsWith("/api/") ? path.slice("/api/".length) : "response_url";
    calls.push({ method, authorization: request.headers.authorization, params });
    json(response, reply(method, params));
  });
  return { ...server, apiUrl: `${server.url}/api/`, calls };
}

function reply(method: string, params: Record<string, unknown>): Record<string, unknown> {
  const channel = String(params.channel ?? "");
  if (channel === FAILING_CHANNEL) return { ok: false, error: "not_in_channel" };
  switch (method) {
    case "auth.test":
      return { ok: true, user_id: FAKE_BOT_USER_ID, bot_id: "BALLIANCE", team_id: "TFAKE" };
    case "chat.postMessage":
      return { ok: true, channel, ts: "1700000000.000900" };
    case "chat.postEphemeral":
      return { ok: true, message_ts: "1700000000.000901" };
    case "chat.getPermalink":
      return { ok: true, channel, permalink: `https://alliance-test.slack.com/archives/${channel}/p${String(params.message_ts).replace(".", "")}` };
    case "users.info": {
      const user = String(params.user ?? "");
      if (user === NO_SCOPE_MEMBER) return { ok: false, error: "missing_scope" };
      const locale = String(params.include_locale) === "true" ? MEMBER_LOCALES[user] : undefined;
      return { ok: true, user: { id: user, ...(locale ? { locale } : {}) } };
    }
    case "response_url":
      return { ok: true };
    default:
      return { ok: false, error: "unknown_method" };
  }
}

function parseParams(contentType: string | undefined, body: string): Record<string, unknown> {
  if (contentType?.includes("json")) return JSON.parse(body) as Record<string, unknown>;
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body));
  for (const key of ["blocks", "attachments"]) if (typeof params[key] === "string") params[key] = JSON.parse(params[key] as string);
  return params;
}

function json(response: ServerResponse, value: unknown): void {
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));
}
