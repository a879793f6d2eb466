import type { Context } from "hono";
import type * as z from "zod/mini";
import { describeMissingSecrets, type AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { decodeUtf8, describeIssueWithField, readBodyBytes } from "../http/read-json.ts";
import { verifySlackSignature } from "./verify-signature.ts";

/** Slack's payloads carry whole messages with their rich-text blocks; this is far above any real one. */
export const SLACK_MAX_BODY_BYTES = 512 * 1024;
const SLACK_SECRETS = ["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"] as const;

/**
 * The raw body, read once and before anything else. The signature covers these exact bytes, so the
 * text must encode back to them: strict UTF-8, and a byte-order mark kept (then refused as JSON).
 */
export async function readSlackBody(c: Context<AppEnv>): Promise<string> {
  const missing = SLACK_SECRETS.filter((name) => !c.env[name]?.trim());
  if (missing.length > 0) {
    console.error(describeMissingSecrets(missing));
    throw new ApiError(503, "misconfigured", "Slack is not configured on this Alliance yet.");
  }
  return decodeUtf8(await readBodyBytes(c, SLACK_MAX_BODY_BYTES), { keepBom: true });
}

export async function verifySlackRequest(c: Context<AppEnv>, body: string): Promise<void> {
  const signature = c.req.header("x-slack-signature");
  const timestamp = c.req.header("x-slack-request-timestamp");
  if (!(await verifySlackSignature(c.env.SLACK_SIGNING_SECRET, { signature, timestamp, body }))) {
    throw new ApiError(401, "unauthorized", "The Slack request signature is missing, wrong or stale.");
  }
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
