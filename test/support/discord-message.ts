import type { IncomingMessage } from "../../bot/discord/incoming-message.ts";

/** A member's message in a server channel that mentions the bot (user 100), as the gateway bot hands it to its handler. */
export function mentionOfTheBot(text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage {
  return {
    id: "500",
    content: `<@100> ${text}`,
    authorId: "200",
    fromAutomation: false,
    guildId: "300",
    channelId: "400",
    addressesBot: true,
    guildLocale: "en-GB",
    ...overrides,
  };
}
