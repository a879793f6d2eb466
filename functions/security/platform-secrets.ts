import { tokenKeyBytes } from "../crypto/token-cipher.ts";

export type Platform = "discord" | "slack" | "slack_install";

/**
 * An HMAC key this short is guessable, and no real Slack signing secret is (they are 32 hex characters):
 * a value under it is a placeholder such as "unused", which anyone could sign with.
 */
export const MIN_SIGNING_SECRET_CHARS = 16;

type SlackSecrets = Pick<
  Env,
  "SLACK_SIGNING_SECRET" | "SLACK_BOT_TOKEN" | "SLACK_CLIENT_ID" | "SLACK_CLIENT_SECRET" | "SLACK_TOKEN_KEY" | "SLACK_TOKEN_KEY_PREVIOUS"
>;

/**
 * Why the Slack routes cannot trust or answer a request, or null when the Slack secrets are usable: the
 * signing secret, and a way to post, SLACK_BOT_TOKEN (one self-hosted workspace) or installs (any workspace
 * that added the app, each with its own token).
 */
export function slackSecretsProblem(env: SlackSecrets): string | null {
  const secret = env.SLACK_SIGNING_SECRET?.trim() ?? "";
  if (secret === "") return "SLACK_SIGNING_SECRET is not set";
  if (secret.length < MIN_SIGNING_SECRET_CHARS) {
    return `SLACK_SIGNING_SECRET is shorter than ${MIN_SIGNING_SECRET_CHARS} characters: a placeholder (such as "unused"), not Slack's signing secret`;
  }
  const token = env.SLACK_BOT_TOKEN?.trim() ?? "";
  if (token !== "") return token.startsWith("xoxb-") ? null : "SLACK_BOT_TOKEN is not a bot token (xoxb-…)";
  const installs = slackInstallProblem(env);
  return installs === null ? null : `SLACK_BOT_TOKEN is not set, and installs are off (${installs})`;
}

/** Why "Add to Slack" cannot work, or null when its three secrets are usable. */
export function slackInstallProblem(env: SlackSecrets): string | null {
  if (!env.SLACK_CLIENT_ID?.trim()) return "SLACK_CLIENT_ID is not set";
  const clientSecret = env.SLACK_CLIENT_SECRET?.trim() ?? "";
  if (clientSecret === "") return "SLACK_CLIENT_SECRET is not set";
  if (clientSecret.length < MIN_SIGNING_SECRET_CHARS)
    return `SLACK_CLIENT_SECRET is shorter than ${MIN_SIGNING_SECRET_CHARS} characters: a placeholder, not Slack's client secret`;
  if (!env.SLACK_TOKEN_KEY?.trim()) return "SLACK_TOKEN_KEY is not set";
  if (!tokenKeyBytes(env.SLACK_TOKEN_KEY)) return "SLACK_TOKEN_KEY is not 32 bytes in base64 (make one with: openssl rand -base64 32)";
  if (env.SLACK_TOKEN_KEY_PREVIOUS?.trim() && !tokenKeyBytes(env.SLACK_TOKEN_KEY_PREVIOUS))
    return "SLACK_TOKEN_KEY_PREVIOUS is set but is not 32 bytes in base64";
  return null;
}
