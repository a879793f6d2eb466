import type { AdapterSettings } from "../../shared/schemas/community-config.ts";
import type { BotIdentity, IncomingMessage } from "./incoming-message.ts";

/**
 * Whether Alliance answers a message: never automation or itself; always in DMs and when addressed;
 * otherwise as the community chose (`all` channels, only `mentions`, or the `listed` channels and their threads).
 */
export function shouldAnswer(message: IncomingMessage, settings: AdapterSettings, bot: BotIdentity): boolean {
  if (message.fromAutomation || message.authorId === bot.userId) return false;
  if (!message.guildId || message.addressesBot) return true;
  if (questionText(message.content, bot) === "") return false;
  switch (settings.channels.mode) {
    case "all":
      return true;
    case "mentions":
      return false;
    case "listed": {
      const listed = settings.channels.ids ?? [];
      return listed.includes(message.channelId) || (message.parentChannelId !== undefined && listed.includes(message.parentChannelId));
    }
  }
}

/** The question without the bot's own mention (as a user or as its role). Other mentions stay: they may be the subject. */
export function questionText(content: string, bot: BotIdentity): string {
  const own = [`<@${bot.userId}>`, `<@!${bot.userId}>`, ...(bot.roleId ? [`<@&${bot.roleId}>`] : [])];
  return own
    .reduce((text, mention) => text.split(mention).join(" "), content)
    .replace(/\s+/g, " ")
    .trim();
}
