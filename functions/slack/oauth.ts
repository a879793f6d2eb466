import * as z from "zod/mini";
import { CommunityIdSchema } from "../../shared/schemas/communities.ts";
import { SlackApiError, slackApiBase } from "./web-api.ts";

/** Where "Add to Slack" sends the installer (https://docs.slack.dev/authentication/installing-with-oauth). */
export const SLACK_AUTHORIZE_URL = "https://slack.com/oauth/v2/authorize";

/**
 * The parts of oauth.v2.access's answer Alliance keeps (https://docs.slack.dev/reference/methods/oauth.v2.access):
 * the bot token is `access_token` with `token_type: "bot"`, the workspace is `team`. A user token
 * (`authed_user.access_token`) is never asked for, and would be dropped here if sent.
 */
const OAuthV2AccessSchema = z.object({
  ok: z.literal(true),
  access_token: z.string().check(z.startsWith("xoxb-")),
  token_type: z.literal("bot"),
  bot_user_id: z.string().check(z.regex(/^[A-Z0-9]{2,32}$/)),
  team: z.object({ id: CommunityIdSchema, name: z.optional(z.string()) }),
  is_enterprise_install: z.optional(z.boolean()),
  /** Set only when the app turned token rotation on, which Alliance's manifest does not. */
  expires_in: z.optional(z.number()),
});

export interface SlackInstallGrant {
  teamId: string;
  teamName: string;
  botUserId: string;
  botToken: string;
}

export class SlackInstallError extends Error {
  readonly code: string;
  constructor(code: string) {
    super(`Slack install refused: ${code}`);
    this.name = "SlackInstallError";
    this.code = code;
  }
}

/** The authorize URL: the app's client id, the bot scopes, this callback and the browser's state. */
export function authorizeUrl(clientId: string, scopes: readonly string[], redirectUri: string, state: string): string {
  const url = new URL(SLACK_AUTHORIZE_URL);
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("scope", scopes.join(","));
  url.searchParams.set("redirect_uri", redirectUri);
  url.searchParams.set("state", state);
  return url.toString();
}

/**
 * Exchanges the install's one-time code at oauth.v2.access, the client id and secret sent as HTTP Basic
 * authentication (as Slack's method page prefers), with the same redirect_uri the authorize URL carried.
 * Slack's `ok: false` is a SlackApiError with its code; an answer not of the expected shape (a user-token
 * install, an org-wide install, token rotation on) is a SlackInstallError.
 */
export async function exchangeInstallCode(
  env: Pick<Env, "SLACK_API_BASE">,
  client: { id: string; secret: string },
  code: string,
  redirectUri: string,
): Promise<SlackInstallGrant> {
  const response = await fetch(`${slackApiBase(env)}/oauth.v2.access`, {
    method: "POST",
    headers: { authorization: `Basic ${btoa(`${client.id}:${client.secret}`)}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ code, redirect_uri: redirectUri }).toString(),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new SlackApiError("oauth.v2.access", `http_${response.status}`);
  }
  const result = (await response.json()) as Record<string, unknown>;
  if (result.ok !== true) throw new SlackApiError("oauth.v2.access", typeof result.error === "string" ? result.error : "unknown");
  if (result.is_enterprise_install === true) throw new SlackInstallError("enterprise_install");
  const grant = OAuthV2AccessSchema.safeParse(result);
  if (!grant.success) throw new SlackInstallError("unexpected_grant");
  if (grant.data.expires_in !== undefined) throw new SlackInstallError("token_rotation_on");
  const { team, bot_user_id, access_token } = grant.data;
  return { teamId: team.id, teamName: team.name?.trim() || team.id, botUserId: bot_user_id, botToken: access_token };
}
