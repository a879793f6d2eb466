import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET } from "./fake-slack-app.ts";
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
/** Channels whose id starts with this have a conversation to read (conversationFor); with NO_SCOPE, reading is refused. */
export const CONVERSATION_CHANNEL_PREFIX = "CCTX";
export const DM_CONVERSATION_CHANNEL_PREFIX = "DCTX";
export const NO_SCOPE_CHANNEL_PREFIX = "CNOSCOPE";
/** The member whose earlier messages the fake conversations hold. */
export const CONVERSATION_MEMBER = "UMEMBER";

/**
 * Slack's Web API on loopback, at `<url>/api/<method>`: answers like Slack, records every call
 * (JSON or form-encoded, as the Worker and @slack/web-api send them), and lists them at `GET /__calls`.
 */
export async function startFakeSlack() {
  const calls: SlackCall[] = [];
  const usedCodes = new Set<string>();
  const server = await startFakeServer((request, response, body) => {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    if (request.method === "GET" && path === "/__calls") return json(response, calls);
    const params = parseParams(request.headers["content-type"], body);
    const method = path.startsWith("/api/") ? path.slice("/api/".length) : "response_url";
    calls.push({ method, authorization: request.headers.authorization, params });
    if (method === "oauth.v2.access") return json(response, oauthV2Access(request.headers.authorization, params, usedCodes));
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
    case "conversations.replies":
    case "conversations.history":
      if (channel.startsWith(NO_SCOPE_CHANNEL_PREFIX)) return { ok: false, error: "missing_scope", needed: "channels:history" };
      return {
        ok: true,
        messages:
          channel.startsWith(CONVERSATION_CHANNEL_PREFIX) || channel.startsWith(DM_CONVERSATION_CHANNEL_PREFIX) ? conversationFor(Number(params.latest)) : [],
      };
    default:
      return { ok: false, error: "unknown_method" };
  }
}

/**
 * The member's distress two minutes before the message, newest first as Slack lists history: with it, "which
 * bridge in town is the highest?" is a crisis. Someone else's words, a message from an hour ago and the
 * bot's own are there too, and must never count as the member's conversation.
 */
function conversationFor(latest: number): Record<string, unknown>[] {
  const at = (secondsBefore: number) => (latest - secondsBefore).toFixed(6);
  return [
    { type: "message", user: "UOTHER", text: "i want to kill myself", ts: at(30) },
    { type: "message", user: FAKE_BOT_USER_ID, bot_id: "BALLIANCE", text: "Here is what I know about that.", ts: at(60) },
    { type: "message", user: CONVERSATION_MEMBER, text: "lost my job today, everything's falling apart", ts: at(120) },
    { type: "message", user: CONVERSATION_MEMBER, text: "i want to die", ts: at(3_600) },
  ];
}

/**
 * oauth.v2.access as Slack answers it (https://docs.slack.dev/reference/methods/oauth.v2.access): the code
 * `install-<team id>[-<nonce>]` grants a fresh bot token for that team, once; `enterprise-<id>` an org-wide install.
 */
function oauthV2Access(authorization: string | undefined, params: Record<string, unknown>, usedCodes: Set<string>): Record<string, unknown> {
  const expected = `Basic ${Buffer.from(`${FAKE_CLIENT_ID}:${FAKE_CLIENT_SECRET}`).toString("base64")}`;
  if (authorization !== expected) return { ok: false, error: "invalid_client_id" };
  const code = String(params.code ?? "");
  const match = /^(install|enterprise)-([A-Z0-9]+)(?:-[a-z0-9]+)?$/.exec(code);
  if (!match || usedCodes.has(code) || !params.redirect_uri) return { ok: false, error: "invalid_code" };
  usedCodes.add(code);
  const team = match[2]!;
  return {
    ok: true,
    access_token: `xoxb-${team}-${randomBytes(12).toString("hex")}`,
    token_type: "bot",
    scope: "app_mentions:read,chat:write,commands,im:history,im:read,im:write",
    bot_user_id: `UB${team.slice(1)}`.slice(0, 32),
    app_id: "AALLIANCE",
    team: { id: team, name: `Workspace ${team}` },
    enterprise: null,
    is_enterprise_install: match[1] === "enterprise",
    authed_user: { id: "UINSTALLER" },
  };
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
