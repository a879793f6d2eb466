import { type Language, noteLanguage } from "../../shared/content/languages.ts";
import { aboutAnswer } from "../../shared/discord/about.ts";
import { renderDiscordMessage } from "../../shared/render/discord.ts";
import type { AnswerRequest } from "../../shared/schemas/answer.ts";
import type { AdapterSettings } from "../../shared/schemas/community-config.ts";
import type { AnswerOutcome } from "../core/answer-client.ts";
import { type ConversationMemory, conversationKey } from "../core/conversation-memory.ts";
import { buildAnswerRequest } from "./answer-request.ts";
import type { BotIdentity, IncomingMessage } from "./incoming-message.ts";
import { questionText, shouldAnswer } from "./message-policy.ts";
import { faultName, type Log, type MessagePort } from "./ports.ts";
import { planMessageReply, type ReplyPlan } from "./reply-plan.ts";

export interface MessageHandlerDeps {
  ask: (request: AnswerRequest, community?: { region?: string | undefined; defaultLanguage?: Language | undefined }) => Promise<AnswerOutcome>;
  settingsFor: (platform: "discord", communityId: string | undefined) => Promise<AdapterSettings>;
  cooldown: { take(key: string, seconds: number): boolean };
  /** The member's recent messages per channel, sent as `context` (in memory only; docs/conversations.md). */
  conversations?: ConversationMemory;
  userKey: (userId: string) => string;
  bot: () => BotIdentity;
  log: Log;
}

/** A Discord message → maybe a reply (and maybe an alert). Never throws: every fault is logged by name. */
export function createMessageHandler(deps: MessageHandlerDeps) {
  return async function handleMessage(message: IncomingMessage, port: MessagePort): Promise<void> {
    try {
      const bot = deps.bot();
      const earlier = remember(message, bot);
      const settings = await deps.settingsFor("discord", message.guildId);
      if (!shouldAnswer(message, settings, bot)) return;
      const text = questionText(message.content, bot);
      // Keyed by server and member: a community's cooldown is its own, and correct on whichever shard serves it.
      const onCooldown = !deps.cooldown.take(conversationKey(message.guildId, message.authorId), settings.cooldownSeconds);
      if (!text) {
        const about = aboutAnswer(noteLanguage({ defaultLanguage: settings.defaultLanguage, serverLocale: message.guildLocale }));
        if (!onCooldown) await deliver({ message: renderDiscordMessage(about), delivery: "channel", alert: null, sentPrivately: "" }, port, deps.log);
        return;
      }
      if (!onCooldown) await port.sendTyping().catch((error) => deps.log("discord.typing_failed", { fault: faultName(error) }));
      const request = buildAnswerRequest(
        { text, guildId: message.guildId, guildLocale: message.guildLocale, userId: message.authorId, context: earlier },
        deps.userKey,
      );
      const plan = planMessageReply(await deps.ask(request, settings), message, settings, onCooldown);
      if (plan) await deliver(plan, port, deps.log);
    } catch (error) {
      deps.log("discord.message_failed", { fault: faultName(error) });
    }
  };

  /**
   * Every member's message is remembered for a while, answered or not: "lost my job today" said to the
   * channel is what makes a later "@Alliance which bridge is highest?" a crisis. Automation never is.
   */
  function remember(message: IncomingMessage, bot: BotIdentity): string[] {
    if (!deps.conversations || message.fromAutomation || message.authorId === bot.userId) return [];
    return deps.conversations.record(conversationKey(message.guildId, message.channelId, message.authorId), questionText(message.content, bot));
  }
}

/**
 * Private replies go by DM, with a short note in the channel; when DMs are closed, or the channel refuses,
 * the other way is tried: a reply (possibly with crisis resources) must always reach the member.
 */
async function deliver(plan: ReplyPlan, port: MessagePort, log: Log): Promise<void> {
  const attempts = plan.delivery === "direct" ? (["direct", "channel"] as const) : (["channel", "direct"] as const);
  for (const way of attempts) {
    try {
      await (way === "direct" ? port.sendDirect(plan.message) : port.reply(plan.message));
      if (way === "direct" && plan.delivery === "direct") {
        await port.reply({ content: plan.sentPrivately, embeds: [], components: [], allowed_mentions: { parse: [] } }).catch(() => {});
      }
      break;
    } catch (error) {
      log("discord.delivery_failed", { way, fault: faultName(error) });
    }
  }
  if (plan.alert) await port.sendAlert(plan.alert).catch((error) => log("discord.alert_failed", { fault: faultName(error) }));
}
