import { Hono } from "hono/tiny";
import { CommunityIdSchema } from "../../shared/schemas/communities.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { requireAdapter } from "../http/community-auth.ts";
import { refusePlatform, slackInstallProblem } from "../security/platform-secrets.ts";
import { installedToken } from "../slack/bot-tokens.ts";

/** What the Socket Mode bot gets for a workspace (Bolt's AuthorizeResult, from the Worker's installs). */
export interface SlackInstallationReply {
  teamId: string;
  botUserId: string;
  botToken: string;
}

/**
 * `GET /v1/slack/installations/:teamId`, for the Socket Mode bot only (the adapters' ANSWER_API_KEY): the
 * installed workspace's bot token, opened, or 404 when it is not installed (or was uninstalled).
 */
export const slackInstallationRoutes = new Hono<AppEnv>().get("/v1/slack/installations/:teamId", async (c) => {
  c.header("Cache-Control", "no-store");
  requireAdapter(c);
  const problem = slackInstallProblem(c.env);
  if (problem) refusePlatform("slack_install", problem);
  const teamId = c.req.param("teamId");
  if (!CommunityIdSchema.safeParse(teamId).success) throw new ApiError(404, "not_found", "No such workspace.");
  const installed = await installedToken(c.env, teamId);
  if (!installed) throw new ApiError(404, "not_found", `Workspace ${teamId} has not installed Alliance.`);
  return c.json({ teamId, botUserId: installed.botUserId, botToken: installed.token } satisfies SlackInstallationReply);
});
