import { type Language, noteLanguage } from "../../shared/content/languages.ts";
import { actionForButton, actionForCommand, type CommandOption, type DiscordAction } from "../../shared/discord/actions.ts";
import { planCrisisAlert } from "../../shared/discord/crisis-alert.ts";
import { aboutReply, askReply, rateLimitedReply, resourcesReply, unknownActionReply } from "../../shared/discord/interaction-replies.ts";
import { buildAnswerRequest } from "./answer-request.ts";
import type { MessageHandlerDeps } from "./handle-message.ts";
import { faultName, type InteractionPort } from "./ports.ts";

/** A slash command or button press delivered over the gateway (when no interactions endpoint URL is set). */
export type IncomingInteraction = {
  guildId?: string | undefined;
  channelId?: string | undefined;
  /** The message whose button was pressed. */
  messageId?: string | undefined;
  userId: string;
  locale?: string | undefined;
  guildLocale?: string | undefined;
} & ({ kind: "command"; name: string; options: CommandOption[] } | { kind: "button"; customId: string });

/** The same commands and buttons the Worker answers, answered through `POST /v1/answer`. Never throws. */
export function createInteractionHandler(deps: Omit<MessageHandlerDeps, "cooldown" | "bot">) {
  return async function handleInteraction(interaction: IncomingInteraction, port: InteractionPort): Promise<void> {
    try {
      const action = interaction.kind === "command" ? actionForCommand(interaction.name, interaction.options) : actionForButton(interaction.customId);
      await respond(interaction, action, port);
    } catch (error) {
      deps.log("discord.interaction_failed", { fault: faultName(error) });
    }
  };

  async function respond(interaction: IncomingInteraction, action: DiscordAction, port: InteractionPort): Promise<void> {
    switch (action.kind) {
      case "ask": {
        await port.defer();
        const settings = await deps.settingsFor("discord", interaction.guildId);
        const request = buildAnswerRequest({ ...interaction, text: action.question, topic: action.topic }, deps.userKey);
        const outcome = await deps.ask(request, settings);
        if (outcome.source === "rate_limited") return port.respond(rateLimitedReply(outcome.retryAfterSeconds, memberLanguage(interaction, settings)));
        const { answer } = outcome;
        await port.respond(askReply(answer, action, settings.crisisReplyPrivately));
        const alert = planCrisisAlert(answer.kind, settings.alertChannelId, interaction);
        if (alert) await port.sendAlert(alert).catch((error) => deps.log("discord.alert_failed", { fault: faultName(error) }));
        return;
      }
      case "resources": {
        await port.defer();
        const settings = await deps.settingsFor("discord", interaction.guildId);
        const where = {
          region: settings.region,
          locale: interaction.locale ?? interaction.guildLocale,
          extraResources: settings.extraResources,
          language: memberLanguage(interaction, settings) ?? undefined,
        };
        return port.respond(resourcesReply(where, settings.crisisReplyPrivately));
      }
      case "about":
        return port.respond(aboutReply(memberLanguage(interaction)));
      case "unknown":
        return port.respond(unknownActionReply(memberLanguage(interaction)));
    }
  }
}

/** What the bot says on its own is in the member's Discord language (interactions carry it), else the community's. */
function memberLanguage(interaction: IncomingInteraction, settings?: { defaultLanguage?: Language | undefined }) {
  return noteLanguage({ memberLocale: interaction.locale, defaultLanguage: settings?.defaultLanguage, serverLocale: interaction.guildLocale });
}
