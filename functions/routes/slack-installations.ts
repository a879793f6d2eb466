import { Hono } from "hono/tiny";
import { CommunityIdSchema } from "../../shared/schemas/communities.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { requireAdapter } from "../http/community-auth.ts";
import { refusePlatform } from "../http/refuse-platform.ts";
import { slackInstallProblem } from "../security/platform-secrets.ts";
import { installedToken } from "../slack/bot-tokens.ts";
import { forgetWorkspace } from "../slack/uninstall.ts";

/** What the Socket Mode bot gets for a workspace (Bolt's AuthorizeResult, from the Worker's installs). */
export interface SlackInstallationReply {
  teamId: string;
  botUserId: string;
  botToken: string;
}

const INSTALLATION = "/v1/slack/installations/:teamId";

/**
 * For the Socket Mode bot only (the adapters' ANSWER_API_KEY), which sees Slack's events over its own
 * WebSocket: `GET` gives an installed workspace's bot token, opened, or 404 when it is not installed (or
 * was uninstalled); `DELETE` passes on an app_uninstalled / tokens_revoked the bot received.
 */
export const slackInstallationRoutes = new Hono<AppEnv>()
  .get(INSTALLATION, async (c) => {
    const teamId = installationTeam(c.req.param("teamId"));
    c.header("Cache-Control", "no-store");
    requireAdapter(c);
    const problem = slackInstallProblem(c.env);
    if (problem) refusePlatform("slack_install", problem);
    const installed = await installedToken(c.env, teamId);
    if (!installed) throw new ApiError(404, "not_found", `Workspace ${teamId} has not installed Alliance.`);
    return c.json({ teamId, botUserId: installed.botUserId, botToken: installed.token } satisfies SlackInstallationReply);
  })
  .delete(INSTALLATION, async (c) => {
    const teamId = installationTeam(c.req.param("teamId"));
    requireAdapter(c);
    await forgetWorkspace(c.env.DB, teamId, "socket_mode_bot");
    return c.body(null, 204);
  });

function installationTeam(teamId: string | undefined): string {
  if (!CommunityIdSchema.safeParse(teamId).success) throw new ApiError(404, "not_found", "No such workspace.");
  return teamId!;
}
