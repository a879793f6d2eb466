/** What the gateway adapter needs to know about a Discord message, mapped from discord.js in client.ts. */
export interface IncomingMessage {
  id: string;
  content: string;
  authorId: string;
  /** A bot, a webhook or a system message: never answered. */
  fromAutomation: boolean;
  guildId?: string | undefined;
  channelId: string;
  /** For a message in a thread, the channel the thread belongs to (a listed channel covers its threads). */
  parentChannelId?: string | undefined;
  /** The bot's user (or its managed role) was mentioned, or the message replies to the bot. */
  addressesBot: boolean;
  guildLocale?: string | undefined;
}

/** The bot's own ids, so it can ignore itself and strip its mention from a question. */
export interface BotIdentity {
  userId: string;
  roleId?: string | undefined;
}
