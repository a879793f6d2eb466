import { ApiError } from "../http/api-error.ts";

export type Platform = "discord" | "slack";

const PLATFORM_NAMES: Record<Platform, string> = { discord: "Discord interactions", slack: "Slack requests" };

/**
 * An HMAC key this short is guessable, and no real Slack signing secret is (they are 32 hex characters):
 * a value under it is a placeholder such as "unused", which anyone could sign with.
 */
export const MIN_SIGNING_SECRET_CHARS = 16;

/** Why the Slack routes cannot trust or answer a request, or null when the Slack secrets are usable. */
export function slackSecretsProblem(env: Pick<Env, "SLACK_SIGNING_SECRET" | "SLACK_BOT_TOKEN">): string | null {
  const secret = env.SLACK_SIGNING_SECRET?.trim() ?? "";
  if (secret === "") return "SLACK_SIGNING_SECRET is not set";
  if (secret.length < MIN_SIGNING_SECRET_CHARS) {
    return `SLACK_SIGNING_SECRET is shorter than ${MIN_SIGNING_SECRET_CHARS} characters: a placeholder (such as "unused"), not Slack's signing secret`;
  }
  const token = env.SLACK_BOT_TOKEN?.trim() ?? "";
  if (token === "") return "SLACK_BOT_TOKEN is not set";
  if (!token.startsWith("xoxb-")) return "SLACK_BOT_TOKEN is not a bot token (xoxb-…)";
  return null;
}

const reported = new Set<string>();

/**
 * Refuses a request to a platform whose secrets are unusable: a 503 saying why. The reason is logged
 * once per isolate (it names a setting, never a secret's value or anything from the request).
 */
export function refusePlatform(platform: Platform, reason: string): never {
  if (!reported.has(reason)) {
    reported.add(reason);
    console.error(JSON.stringify({ level: "error", scope: `${platform}.config`, refused: reason }));
  }
  throw new ApiError(503, "misconfigured", `${PLATFORM_NAMES[platform]} are off on this Alliance: ${reason}.`);
}
