import { en } from "../../shared/content/copy/en.ts";
import { copyFor } from "../../shared/content/copy/index.ts";
import { type CrisisAlert, planCrisisAlert } from "../../shared/discord/crisis-alert.ts";
import { repliesPrivately } from "../../shared/discord/reply-policy.ts";
import { type DiscordMessage, renderDiscordMessage } from "../../shared/render/discord.ts";
import type { AdapterSettings } from "../../shared/schemas/community-config.ts";
import type { AnswerOutcome } from "../core/answer-client.ts";
import type { IncomingMessage } from "./incoming-message.ts";

export interface ReplyPlan {
  message: DiscordMessage;
  /** "direct": by DM, falling back to the channel when the member's DMs are closed. */
  delivery: "channel" | "direct";
  alert: CrisisAlert | null;
  /** Said in the channel after a reply went by DM, in the reply's language. */
  sentPrivately: string;
}

export const SENT_PRIVATELY_NOTICE = en.interactions.sentPrivately;

/**
 * What to do with the Worker's outcome for a message. A member on cooldown gets no reply unless it is
 * a crisis reply or the fallback (which carries crisis resources): nobody in crisis is ever left unanswered.
 */
export function planMessageReply(outcome: AnswerOutcome, message: IncomingMessage, settings: AdapterSettings, onCooldown: boolean): ReplyPlan | null {
  const { answer } = outcome;
  if (onCooldown && outcome.source !== "fallback" && answer.kind !== "crisis") return null;
  // The rate-limit note is for the member alone, as on every other path (never a crisis reply: those are never limited).
  const isPrivate = outcome.source === "rate_limited" || repliesPrivately(answer.kind, settings.crisisReplyPrivately);
  const direct = message.guildId !== undefined && isPrivate;
  return {
    message: renderDiscordMessage(answer),
    delivery: direct ? "direct" : "channel",
    sentPrivately: copyFor(answer.language).interactions.sentPrivately,
    alert: planCrisisAlert(answer.kind, settings.alertChannelId, {
      guildId: message.guildId,
      channelId: message.channelId,
      messageId: message.id,
      userId: message.authorId,
    }),
  };
}
