import { noteLanguage } from "../../shared/content/languages.ts";
import { actionForButton, actionForCommand, type DiscordAction } from "../../shared/discord/actions.ts";
import { planCrisisAlert } from "../../shared/discord/crisis-alert.ts";
import { BUTTON_COMPONENT, CALLBACK, INTERACTION, type Interaction, interactionLocale, interactionUserId } from "../../shared/discord/interaction.ts";
import { aboutReply, alreadyAnsweredReply, askReply, rateLimitedReply, resourcesReply, unknownActionReply } from "../../shared/discord/interaction-replies.ts";
import type { DiscordMessage } from "../../shared/render/discord.ts";
import { truncate } from "../../shared/render/truncate.ts";
import { MAX_TEXT_CHARS } from "../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { ApiError } from "../http/api-error.ts";
import { answerQuestion, type BackgroundWork } from "../service/answer-question.ts";
import { communityConfig } from "../service/community-config.ts";
import { sendCrisisAlert } from "./crisis-alert.ts";

export type InteractionResponse = { type: typeof CALLBACK.pong } | { type: typeof CALLBACK.message; data: DiscordMessage };

/** A verified interaction → Discord's immediate response (type 4: the engine answers well inside 3 seconds). */
export async function respondToInteraction(env: Env, ctx: BackgroundWork, interaction: Interaction): Promise<InteractionResponse> {
  if (interaction.type === INTERACTION.ping) return { type: CALLBACK.pong };
  return { type: CALLBACK.message, data: await reply(env, ctx, interaction, actionFor(interaction)) };
}

/**
 * The reply to an interaction taken before: only the sender of the copy sees it (Discord never sends an
 * interaction twice), and nothing is answered, counted, limited or alerted again.
 */
export function alreadyAnsweredResponse(interaction?: Interaction): InteractionResponse {
  return { type: CALLBACK.message, data: alreadyAnsweredReply(interaction ? memberLanguage(interaction) : null) };
}

/** What Alliance says on its own is in the member's Discord language, else the community's, else the server's. */
function memberLanguage(interaction: Interaction, config?: ResolvedCommunityConfig) {
  return noteLanguage({ memberLocale: interaction.locale, defaultLanguage: config?.defaultLanguage, serverLocale: interaction.guild_locale });
}

export function actionFor(interaction: Interaction): DiscordAction {
  const { type, data } = interaction;
  if (type === INTERACTION.command && data?.name) return actionForCommand(data.name, data.options);
  if (type === INTERACTION.component && data?.component_type === BUTTON_COMPONENT && data.custom_id) return actionForButton(data.custom_id);
  throw new ApiError(400, "invalid_request", "Alliance answers slash commands and its own buttons only.");
}

async function reply(env: Env, ctx: BackgroundWork, interaction: Interaction, action: DiscordAction): Promise<DiscordMessage> {
  const communityId = interaction.guild_id;
  switch (action.kind) {
    case "ask": {
      const userId = interactionUserId(interaction);
      const question = {
        text: truncate(action.question, MAX_TEXT_CHARS),
        platform: "discord" as const,
        communityId,
        locale: interactionLocale(interaction),
        ...(action.topic ? { topic: action.topic, detail: "full" as const } : {}),
      };
      const limits = { user: userId && `discord:${userId}`, community: communityId && `discord:${communityId}` };
      const outcome = await answerQuestion(env, ctx, question, limits);
      // A 429 would make Discord show "interaction failed": the member is told when to ask again instead.
      if (outcome.kind === "rate_limited") return rateLimitedReply(outcome.retryAfterSeconds, outcome.language ?? memberLanguage(interaction));
      const { answer, config } = outcome;
      const alert = planCrisisAlert(answer.kind, config.alertChannelId, {
        guildId: communityId,
        channelId: interaction.channel_id,
        messageId: interaction.message?.id,
        userId,
      });
      if (alert) ctx.waitUntil(sendCrisisAlert(env, alert));
      return askReply(answer, action, config.crisisReplyPrivately);
    }
    case "resources": {
      const config = await communityConfig(env, "discord", communityId);
      const language = memberLanguage(interaction, config) ?? undefined;
      const where = { region: config.region, locale: interactionLocale(interaction), extraResources: config.extraResources, language };
      return resourcesReply(where, config.crisisReplyPrivately);
    }
    case "about":
      return aboutReply(memberLanguage(interaction));
    case "unknown":
      return unknownActionReply(memberLanguage(interaction));
  }
}
