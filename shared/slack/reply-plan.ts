import type { Answer } from "../schemas/answer.ts";
import type { AdapterSettings } from "../schemas/community-config.ts";
import type { SlackQuestion } from "./question.ts";

export interface ReplyPlan {
  /** "private": only the member sees it (chat.postEphemeral, or an ephemeral slash-command reply). */
  visibility: "public" | "private";
  /** Reply in this thread: the message's own thread, else (in channels) a new thread on the message. */
  threadTs?: string;
  /** Tell the moderators' alert channel, with a link and never the text. */
  alert: boolean;
}

/**
 * Where a reply goes. Private when the community wants crisis replies and redirects kept private,
 * when the question came from something private, or when the channel is not one the bot speaks in;
 * a DM is private already. Moderators are alerted to crises in channels, never to a member's DMs.
 */
export function planReply(answer: Answer, settings: AdapterSettings, question: SlackQuestion): ReplyPlan {
  const sensitive = answer.kind === "crisis" || answer.kind === "check_in" || answer.kind === "redirect";
  const privately =
    !question.inDm && (question.mustBePrivate === true || (settings.crisisReplyPrivately && sensitive) || !speaksIn(settings, question.channelId));
  const threadTs = question.threadTs ?? (question.inDm ? undefined : question.messageTs);
  return {
    visibility: privately ? "private" : "public",
    ...(threadTs ? { threadTs } : {}),
    alert: answer.kind === "crisis" && !question.inDm && Boolean(settings.alertChannelId),
  };
}

/** Slack only delivers mentions and DMs, so "all" and "mentions" both mean every channel the bot is in. */
function speaksIn(settings: AdapterSettings, channelId: string): boolean {
  return settings.channels.mode !== "listed" || (settings.channels.ids ?? []).includes(channelId);
}
