import { crisisAlertMessage } from "../../shared/discord/crisis-alert.ts";
import { interactionUserId, type Interaction } from "../../shared/discord/interaction.ts";
import type { Answer } from "../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { DiscordApiError, postChannelMessage } from "./discord-api.ts";

export interface PlannedAlert {
  channelId: string;
  message: ReturnType<typeof crisisAlertMessage>;
}

/** After a crisis reply in a server whose moderators chose an alert channel: where to post, and what. */
export function planCrisisAlert(interaction: Interaction, answer: Answer, config: ResolvedCommunityConfig): PlannedAlert | null {
  const userId = interactionUserId(interaction);
  const { guild_id: guildId, channel_id: channelId } = interaction;
  if (answer.kind !== "crisis" || !config.alertChannelId || !guildId || !channelId || !userId) return null;
  return { channelId: config.alertChannelId, message: crisisAlertMessage({ guildId, channelId, messageId: interaction.message?.id, userId }) };
}

/** Sends the alert; a failure is logged by status, never thrown (the member already has their reply). */
export async function sendCrisisAlert(env: Pick<Env, "DISCORD_API_BASE" | "DISCORD_TOKEN">, alert: PlannedAlert): Promise<void> {
  if (!env.DISCORD_TOKEN?.trim()) {
    console.warn(JSON.stringify({ level: "warn", scope: "discord.alert", skipped: "DISCORD_TOKEN is not set" }));
    return;
  }
  try {
    await postChannelMessage(env, alert.channelId, alert.message);
  } catch (error) {
    const detail = error instanceof DiscordApiError ? { status: error.status } : { error: error instanceof Error ? error.name : typeof error };
    console.error(JSON.stringify({ level: "error", scope: "discord.alert", ...detail }));
  }
}
