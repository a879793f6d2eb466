import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../../../functions/index.ts";

const encoder = new TextEncoder();

/** A call the fake Slack API (test/support/fake-slack.ts) recorded. */
export interface SlackCall {
  method: string;
  authorization: string | undefined;
  params: Record<string, unknown>;
}

/** Slack's real request signature: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export async function slackSignature(body: string, timestamp: string, secret: string = env.SLACK_SIGNING_SECRET ?? ""): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(`v0:${timestamp}:${body}`)));
  return `v0=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1_000);
}

export interface SlackPostOptions {
  timestamp?: number;
  secret?: string;
  /** Headers that replace the signed ones (to send a malformed or missing signature). */
  headers?: Record<string, string>;
  bindings?: Env;
}

/** A signed POST to a Slack route through the Worker's real fetch, resolved after its waitUntil work. */
export async function postSlack(path: string, body: string, options: SlackPostOptions = {}): Promise<Response> {
  const timestamp = String(options.timestamp ?? nowSeconds());
  const contentType = path === "/slack/events" ? "application/json" : "application/x-www-form-urlencoded";
  const headers = {
    "content-type": contentType,
    "x-slack-request-timestamp": timestamp,
    "x-slack-signature": await slackSignature(body, timestamp, options.secret),
    ...options.headers,
  };
  return fetchSettled(new Request(`http://alliance.test${path}`, { method: "POST", headers, body }), options.bindings);
}

export async function fetchSettled(request: Request, bindings: Env = env): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(request, bindings, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** The calls the fake Slack API received for one channel (each test uses its own channel ids). */
export async function slackCalls(channel: string): Promise<SlackCall[]> {
  const response = await fetch(new URL("/__calls", env.SLACK_API_BASE));
  const calls = (await response.json()) as SlackCall[];
  return calls.filter((call) => call.params.channel === channel);
}

let counter = 0;
/** A unique Slack-looking id (channels, events), so tests sharing the fake never see each other's calls. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}${crypto.randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase()}${counter}`;
}

export function eventBody(event: Record<string, unknown>, envelope: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: "event_callback",
    team_id: "TALLIANCE",
    api_app_id: "AALLIANCE",
    event_id: uniqueId("Ev"),
    event_time: nowSeconds(),
    authorizations: [{ user_id: "UALLIANCE", is_bot: true }],
    event,
    ...envelope,
  });
}

export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/**
 * The form body of a member of `team` pressing a button (`action`) under a threaded reply in `channel`: Slack's
 * block_actions payload; `extra` replaces or adds top-level fields.
 */
export function buttonPress(
  channel: string,
  action: Record<string, unknown>,
  { team = "TALLIANCE", ...extra }: { team?: string } & Record<string, unknown> = {},
): string {
  const payload = {
    type: "block_actions",
    team: { id: team },
    user: { id: "UMEMBER", team_id: team },
    channel: { id: channel },
    container: { type: "message", message_ts: "1700000000.000500", is_ephemeral: false },
    message: { ts: "1700000000.000500", thread_ts: "1700000000.000100" },
    actions: [action],
    ...extra,
  };
  return form({ payload: JSON.stringify(payload) });
}
