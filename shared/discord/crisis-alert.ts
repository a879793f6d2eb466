import type { DiscordMessage } from "../render/discord.ts";
import type { AnswerKind } from "../schemas/answer.ts";

export interface CrisisAlertPlace {
  guildId?: string | undefined;
  channelId?: string | undefined;
  /** The member's message (gateway) or the message whose button was pressed; absent for a slash command. */
  messageId?: string | undefined;
  userId?: string | undefined;
}

export interface CrisisAlert {
  channelId: string;
  message: Pick<DiscordMessage, "content" | "allowed_mentions">;
}

/** After a crisis reply in a server whose moderators chose an alert channel: where to post, and what. */
export function planCrisisAlert(kind: AnswerKind, alertChannelId: string | undefined, place: CrisisAlertPlace): CrisisAlert | null {
  const { guildId, channelId, messageId, userId } = place;
  if (kind !== "crisis" || !alertChannelId || !guildId || !channelId || !userId) return null;
  return { channelId: alertChannelId, message: crisisAlertMessage(guildId, channelId, messageId, userId) };
}

/**
 * Who and where, as a link, never the member's words. The member is named but not pinged
 * (`allowed_mentions` parses nothing), so moderators can check in.
 */
function crisisAlertMessage(guildId: string, channelId: string, messageId: string | undefined, userId: string): CrisisAlert["message"] {
  const link = `https://discord.com/channels/${guildId}/${channelId}${messageId ? `/${messageId}` : ""}`;
  return {
    content: `Alliance just gave crisis resources to <@${userId}> in <#${channelId}> (${link}). They may appreciate a kind check-in from a moderator.`,
    allowed_mentions: { parse: [] },
  };
}
