import * as z from "zod/mini";
import { deleteInstallation } from "../storage/slack-installations.ts";
import { forgetBotToken } from "./bot-tokens.ts";
import { logSlackEvent } from "./log.ts";

/**
 * app_uninstalled, and tokens_revoked naming a bot (https://docs.slack.dev/reference/events/tokens_revoked:
 * `tokens.bot` lists the revoked bot users' ids; `tokens.oauth` user tokens, which Alliance never holds).
 */
const RevokingEventSchema = z.union([
  z.object({ type: z.literal("app_uninstalled") }),
  z.object({ type: z.literal("tokens_revoked"), tokens: z.object({ bot: z.array(z.string()).check(z.minLength(1)) }) }),
]);

export function isRevokingEvent(event: unknown): boolean {
  return RevokingEventSchema.safeParse(event).success;
}

/**
 * Deletes the workspace's sealed token at once (and this isolate's opened copy); its community and
 * settings stay, for a reinstall. Logged by team id only.
 */
export async function forgetWorkspace(db: D1Database, teamId: string, reason: string): Promise<void> {
  forgetBotToken(teamId);
  const deleted = await deleteInstallation(db, teamId);
  logSlackEvent("slack.uninstalled", { team: teamId, reason, tokenDeleted: deleted });
}
