import type { Context } from "hono";
import type * as z from "zod/mini";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { decodeUtf8, describeIssueWithField, readBodyBytes } from "../http/read-json.ts";
import { refusePlatform } from "../http/refuse-platform.ts";
import { slackSecretsProblem } from "../security/platform-secrets.ts";
import { isReplay } from "../security/replays.ts";
import { verifySlackSignature } from "./verify-signature.ts";

/** Slack's payloads carry whole messages with their rich-text blocks; this is far above any real one. */
export const SLACK_MAX_BODY_BYTES = 512 * 1024;

/**
 * The raw body, read once and before anything else (a Worker without usable Slack secrets refuses
 * every Slack request first, unsigned ssl_checks included). The signature covers these exact bytes, so the
 * text must encode back to them: strict UTF-8, and a byte-order mark kept (then refused as JSON).
 */
export async function readSlackBody(c: Context<AppEnv>): Promise<string> {
  const problem = slackSecretsProblem(c.env);
  if (problem) refusePlatform("slack", problem);
  return decodeUtf8(await readBodyBytes(c, SLACK_MAX_BODY_BYTES), { keepBom: true });
}

/**
 * The signature (401 unless Slack's), then whether this very request was taken before: a captured
 * request sent again within its five minutes is a replay, to acknowledge with an empty 200 (which
 * Slack never retries) and nothing else. Only the signature is remembered, never the body.
 */
export async function verifySlackRequest(c: Context<AppEnv>, body: string): Promise<{ replay: boolean }> {
  const signature = c.req.header("x-slack-signature");
  const timestamp = c.req.header("x-slack-request-timestamp");
  if (!(await verifySlackSignature(c.env.SLACK_SIGNING_SECRET!, { signature, timestamp, body }))) {
    throw new ApiError(401, "unauthorized", "The Slack request signature is missing, wrong or stale.");
  }
  return { replay: await isReplay(c.env.DB, `slack:${signature}`, timestamp!) };
}

/** Slack checks a slash command's certificate with an unsigned `ssl_check=1`: answer 200, nothing else. */
export function isSslCheck(body: string): boolean {
  return new URLSearchParams(body).get("ssl_check") === "1";
}

export function formFields(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

export function parseSlackJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "bad_json", "The Slack payload is not valid JSON.");
  }
}

export function parseSlack<S extends z.ZodMiniType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new ApiError(400, "invalid_request", describeIssueWithField(result.error.issues[0]!));
}
