import type { DiscordMessage } from "../render/discord.ts";

export interface CrisisAlertContext {
  guildId: string;
  channelId: string;
  /** The member's message (gateway) or the message whose button was pressed; absent for a slash command. */
  messageId?: string | undefined;
  userId: string;
}

/**
 * What the moderators' alert channel gets after a crisis reply: who and where, as a link, never the
 * member's words. The member is named but not pinged (`allowed_mentions` parses nothing).
 */
export function crisisAlertMessage(context: CrisisAlertContext): Pick<DiscordMessage, "content" | "allowed_mentions"> {
  const { guildId, channelId, messageId, userId } = context;
  const link = `https://discord.com/channels/${guildId}/${channelId}${messageId ? `/${messageId}` : ""}`;
  return {
    content:
      `Alliance just gave crisis resources to <@${userId}> in <#${channelId}> (${link}). ` +
      "They may appreciate a kind check-in from a moderator.",
    allowed_mentions: { parse: [] },
  };
}
