import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  type Message,
  MessageFlags,
  MessageType,
} from "discord.js";
import type { CrisisAlert } from "../../shared/discord/crisis-alert.ts";
import { type DiscordMessage, EPHEMERAL_FLAG } from "../../shared/render/discord.ts";
import { createAnswerClient } from "../core/answer-client.ts";
import { createConversationMemory } from "../core/conversation-memory.ts";
import { createCooldown } from "../core/cooldown.ts";
import { createSettingsClient } from "../core/settings-client.ts";
import { createUserKey } from "./answer-request.ts";
import { discordClientOptions } from "./client-options.ts";
import type { DiscordBotEnv } from "./env.ts";
import { createInteractionHandler, type IncomingInteraction } from "./handle-interaction.ts";
import { createMessageHandler } from "./handle-message.ts";
import type { IncomingMessage } from "./incoming-message.ts";
import type { InteractionPort, Log, MessagePort } from "./ports.ts";

const ANSWERED_TYPES = new Set([MessageType.Default, MessageType.Reply]);

/** discord.js wiring only: every decision lives in the handlers and policies, which tests cover. */
export function createDiscordBot(config: DiscordBotEnv, log: Log = defaultLog, clientOptions: Partial<ClientOptions> = {}) {
  const client = new Client(discordClientOptions(clientOptions));
  const deps = {
    ask: createAnswerClient({ apiUrl: config.apiUrl, apiKey: config.apiKey, log }),
    settingsFor: createSettingsClient({ apiUrl: config.apiUrl, apiKey: config.apiKey }),
    userKey: createUserKey(config.apiKey),
    log,
  };
  const handleMessage = createMessageHandler({
    ...deps,
    cooldown: createCooldown(),
    conversations: createConversationMemory(),
    bot: () => ({ userId: client.user?.id ?? "" }),
  });
  const handleInteraction = createInteractionHandler(deps);
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  client.on(Events.MessageCreate, (message) => {
    if (!client.user || message.author.id === client.user.id) return;
    track(handleMessage(incomingMessage(message, client.user.id), messagePort(message, client)));
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand() || interaction.isButton())
      track(handleInteraction(incomingInteraction(interaction), interactionPort(interaction, client)));
  });
  client.once(Events.ClientReady, (ready) =>
    console.log(`Alliance is online as ${ready.user.tag} in ${ready.guilds.cache.size} server(s), ${ready.ws.shards.size} shard(s).`),
  );
  client.on(Events.ShardReconnecting, (id) => log("discord.shard_reconnecting", { shard: id }));
  client.on(Events.ShardError, (error, id) => log("discord.shard_error", { shard: id, fault: error.name }));
  client.on(Events.Error, (error) => log("discord.client_error", { fault: error.name }));

  return {
    client,
    start: () => client.login(config.token),
    /** Lets replies in progress finish (up to 10 s), then disconnects. */
    async stop(): Promise<void> {
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
      await client.destroy();
    },
  };
}

function incomingMessage(message: Message, botUserId: string): IncomingMessage {
  const botRoleId = message.guild?.members.me?.roles.botRole?.id;
  const addressesBot =
    message.mentions.users.has(botUserId) ||
    message.mentions.repliedUser?.id === botUserId ||
    (botRoleId !== undefined && message.mentions.roles.has(botRoleId));
  return {
    id: message.id,
    content: message.content,
    authorId: message.author.id,
    fromAutomation: message.author.bot || message.webhookId !== null || message.system || !ANSWERED_TYPES.has(message.type),
    guildId: message.guildId ?? undefined,
    channelId: message.channelId,
    parentChannelId: message.channel.isThread() ? (message.channel.parentId ?? undefined) : undefined,
    addressesBot,
    guildLocale: message.guild?.preferredLocale,
  };
}

function incomingInteraction(interaction: ChatInputCommandInteraction | ButtonInteraction): IncomingInteraction {
  const place = {
    guildId: interaction.guildId ?? undefined,
    channelId: interaction.channelId ?? undefined,
    userId: interaction.user.id,
    locale: interaction.locale,
    guildLocale: interaction.guildLocale ?? undefined,
  };
  if (interaction.isButton()) return { ...place, kind: "button", customId: interaction.customId, messageId: interaction.message.id };
  return { ...place, kind: "command", name: interaction.commandName, options: interaction.options.data.map(({ name, value }) => ({ name, value })) };
}

function payload(message: DiscordMessage) {
  return { content: message.content, embeds: message.embeds, components: message.components, allowedMentions: { parse: [], repliedUser: false } };
}

function messagePort(message: Message, client: Client): MessagePort {
  return {
    sendTyping: async () => {
      if ("sendTyping" in message.channel) await message.channel.sendTyping();
    },
    reply: async (reply) => void (await message.reply({ ...payload(reply), failIfNotExists: false })),
    sendDirect: async (reply) => void (await message.author.send(payload(reply))),
    sendAlert: (alert) => sendAlert(client, alert),
  };
}

function interactionPort(interaction: ChatInputCommandInteraction | ButtonInteraction, client: Client): InteractionPort {
  return {
    defer: async () => void (await interaction.deferReply()),
    respond: async (reply) => {
      const ephemeral = ((reply.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
      if (!interaction.deferred && !interaction.replied) {
        await interaction.reply({ ...payload(reply), ...(ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) });
      } else if (ephemeral) {
        // The deferral was public; a private reply is a follow-up only the member sees, and the placeholder goes.
        await interaction.followUp({ ...payload(reply), flags: MessageFlags.Ephemeral });
        await interaction.deleteReply();
      } else {
        await interaction.editReply(payload(reply));
      }
    },
    sendAlert: (alert) => sendAlert(client, alert),
  };
}

async function sendAlert(client: Client, alert: CrisisAlert): Promise<void> {
  const channel = await client.channels.fetch(alert.channelId);
  if (!channel?.isSendable()) throw new Error("The alert channel is not a channel the bot can send to");
  await channel.send({ content: alert.message.content, allowedMentions: { parse: [] } });
}

function defaultLog(event: string, detail: Record<string, unknown>): void {
  console.error(JSON.stringify({ event, ...detail }));
}
