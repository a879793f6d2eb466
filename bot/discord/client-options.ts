import { type ClientOptions, GatewayIntentBits, Options, Partials } from "discord.js";

/** Reading messages needs the privileged MessageContent intent (Developer Portal → Bot → Privileged Gateway Intents). */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent];

/**
 * One process, internal sharding (docs/discord.md): `shards: "auto"` asks Discord how many shards the bot
 * needs (one per ~1,000 servers; it must shard from 2,500) and runs them all in this process, so the
 * cooldowns and the conversation memory, per server and channel, are one Map whichever shard a message
 * came through. Caches keep only what answering needs: the channels, the roles and the bot's own member
 * (for its role mention); never messages, other members, users, emojis, stickers or voice states.
 */
export function discordClientOptions(overrides: Partial<ClientOptions> = {}): ClientOptions {
  return {
    intents: INTENTS,
    shards: "auto",
    partials: [Partials.Channel], // DM channels arrive uncached; without this, DMs are never seen
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      AutoModerationRuleManager: 0,
      ThreadMemberManager: 0,
      GuildMessageManager: 0,
      DMMessageManager: 0,
      GuildForumThreadManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
    ...overrides,
  };
}
