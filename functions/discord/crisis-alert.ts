import type { CrisisAlert } from "../../shared/discord/crisis-alert.ts";
import { DiscordApiError, postChannelMessage } from "./discord-api.ts";

/** Sends the alert; a failure is logged by status, never thrown (the member already has their reply). */
export async function sendCrisisAlert(env: Pick<Env, "DISCORD_API_BASE" | "DISCORD_TOKEN">, alert: CrisisAlert): Promise<void> {
  const token = env.DISCORD_TOKEN?.trim();
  if (!token) {
    console.warn(JSON.stringify({ level: "warn", scope: "discord.alert", skipped: "DISCORD_TOKEN is not set" }));
    return;
  }
  try {
    await postChannelMessage({ DISCORD_API_BASE: env.DISCORD_API_BASE, DISCORD_TOKEN: token }, alert.channelId, alert.message);
  } catch (error) {
    const detail = error instanceof DiscordApiError ? { status: error.status } : { error: error instanceof Error ? error.name : typeof error };
    console.error(JSON.stringify({ level: "error", scope: "discord.alert", ...detail }));
  }
}
