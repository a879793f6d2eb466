import { MAX_CONTEXT_CHARS, MAX_CONTEXT_MESSAGES } from "../../shared/schemas/answer.ts";
import { questionText, type SlackQuestion } from "../../shared/slack/question.ts";
import type { SlackWebApi } from "../../shared/slack/web-api.ts";
import { logSlackFault } from "./log.ts";

/** Only the member's messages of the last 15 minutes count as the conversation (as the gateway bots keep). */
const WINDOW_SECONDS = 15 * 60;
/** Slack caps a non-Marketplace app's page at 15 messages; the member's last five are usually among them. */
const PAGE = 15;

interface SlackHistoryMessage {
  user?: unknown;
  bot_id?: unknown;
  subtype?: unknown;
  text?: unknown;
  ts?: unknown;
}

/**
 * The member's earlier messages in the thread (`conversations.replies`) or, outside a thread, in a DM
 * (`conversations.history`): oldest first, at most five, none older than 15 minutes before the message.
 * Read for risk only, held for this request and forgotten. Slack may refuse (a scope the workspace did
 * not grant, a rate limit: non-Marketplace apps get one call a minute): the message is then judged alone.
 */
export async function memberContext(api: SlackWebApi, question: SlackQuestion, botUserId: string | undefined): Promise<string[]> {
  const { messageTs, threadTs } = question;
  if (!messageTs) return [];
  const inThread = threadTs !== undefined && threadTs !== messageTs;
  if (!inThread && !question.inDm) return [];
  let messages: unknown;
  try {
    const result = inThread
      ? await api.call("conversations.replies", { channel: question.channelId, ts: threadTs, latest: messageTs, inclusive: false, limit: PAGE })
      : await api.call("conversations.history", { channel: question.channelId, latest: messageTs, inclusive: false, limit: PAGE });
    messages = result.messages;
  } catch (error) {
    logSlackFault("slack.context", error);
    return [];
  }
  if (!Array.isArray(messages)) return [];
  const now = Number(messageTs);
  return (messages as SlackHistoryMessage[])
    .filter(
      (message) =>
        message.user === question.userId && message.bot_id === undefined && (message.subtype === undefined || message.subtype === "thread_broadcast"),
    )
    .filter(
      (message) => typeof message.text === "string" && typeof message.ts === "string" && Number(message.ts) < now && now - Number(message.ts) <= WINDOW_SECONDS,
    )
    .sort((a, b) => Number(a.ts) - Number(b.ts))
    .slice(-MAX_CONTEXT_MESSAGES)
    .map((message) => questionText(message.text as string, botUserId).slice(0, MAX_CONTEXT_CHARS));
}
