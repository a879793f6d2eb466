import { FOLLOW_UP_ACTION, MORE_ACTION } from "../render/slack.ts";
import { TELL_ME_MORE, TOPIC_ID } from "../render/tell-me-more.ts";
import { MAX_TEXT_CHARS } from "../schemas/answer.ts";
import type { SlackBlockActions, SlackCommand, SlackMessageEvent } from "../schemas/slack.ts";

/** A member's question in Slack and where it was asked: everything needed to answer and reply. */
export interface SlackQuestion {
  text: string;
  teamId: string;
  userId: string;
  channelId: string;
  /** A direct message with the bot (never private-routed or alerted: it is already private). */
  inDm: boolean;
  /** The message asked in, for threading and the moderators' permalink (absent for slash commands). */
  messageTs?: string;
  /** The thread the message sits in, if any. */
  threadTs?: string;
  /** The question came from something only the member sees (an ephemeral reply): answer privately too. */
  mustBePrivate?: boolean;
  /** The member's earlier messages in this conversation, oldest first: read for risk only (docs/conversations.md). */
  context?: readonly string[];
  /** "Tell me more" on a short answer: the topic whose whole answer is asked for. */
  topic?: string;
}

/** What a bare mention ("@Alliance") asks: the engine answers it with its introduction. */
export const BARE_MENTION_TEXT = "hello";
/** Message subtypes that are still a person writing; every other subtype (edits, joins, bots) is ignored. */
const HUMAN_SUBTYPES = new Set(["file_share", "thread_broadcast"]);

/**
 * The question in an `app_mention` or a direct message, or null for anything Alliance must not answer:
 * its own and other bots' messages, edits and other subtypes, channel messages that do not mention it,
 * and a mention inside a DM (the `message.im` event for the same message answers it).
 */
export function questionFromEvent(event: SlackMessageEvent, context: { teamId: string | undefined; botUserId?: string | undefined }): SlackQuestion | null {
  const teamId = context.teamId ?? event.team;
  if (!teamId || !event.user || event.bot_id || event.user === context.botUserId) return null;
  if (event.subtype !== undefined && !HUMAN_SUBTYPES.has(event.subtype)) return null;
  const inDm = event.channel_type === "im" || (event.channel_type === undefined && event.channel.startsWith("D"));
  const answerable = event.type === "app_mention" ? !inDm : event.type === "message" && inDm;
  if (!answerable) return null;
  return {
    text: questionText(event.text ?? "", context.botUserId),
    teamId,
    userId: event.user,
    channelId: event.channel,
    inDm,
    messageTs: event.ts,
    ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
  };
}

/**
 * A member's message worth remembering as conversation (the Socket Mode bot's memory), counted once: in a
 * DM its `message.im` event, in a channel its `app_mention` or, where the workspace also subscribes to
 * channel messages, a `message` that does not mention Alliance. Bots, edits and joins are never remembered.
 */
export function conversationTurn(
  event: SlackMessageEvent,
  context: { teamId: string | undefined; botUserId?: string | undefined },
): { key: string; text: string } | null {
  const teamId = context.teamId ?? event.team;
  if (!teamId || !event.user || event.bot_id || event.user === context.botUserId || !event.text) return null;
  if (event.subtype !== undefined && !HUMAN_SUBTYPES.has(event.subtype)) return null;
  const inDm = event.channel_type === "im" || (event.channel_type === undefined && event.channel.startsWith("D"));
  const mentionsBot = context.botUserId !== undefined && event.text.includes(`<@${context.botUserId}`);
  const counted = inDm ? event.type === "message" : event.type === "app_mention" || (event.type === "message" && !mentionsBot);
  if (!counted) return null;
  const place = event.thread_ts ? `${event.channel}/${event.thread_ts}` : event.channel;
  return { key: `${teamId}:${place}:${event.user}`, text: questionText(event.text, context.botUserId) };
}

/** What the Worker is asked for a question: "Tell me more" asks for its topic's whole answer. */
export function moreRequested(question: SlackQuestion): { topic: string; detail: "full" } | Record<string, never> {
  return question.topic ? { topic: question.topic, detail: "full" } : {};
}

/** The question after `/ask`, or null when nothing follows the command. */
export function questionFromCommand(command: SlackCommand): SlackQuestion | null {
  if (!command.text?.trim()) return null;
  return {
    text: questionText(command.text, undefined),
    teamId: command.team_id,
    userId: command.user_id,
    channelId: command.channel_id,
    inDm: command.channel_id.startsWith("D"),
  };
}

/** The follow-up or "Tell me more" a member tapped, or null for any other action (resource links also send one). */
export function questionFromAction(payload: SlackBlockActions): SlackQuestion | null {
  const more = payload.actions.find((a) => a.action_id === MORE_ACTION && TOPIC_ID.test(a.value ?? ""));
  const action = more ?? payload.actions.find((a) => a.action_id.startsWith(FOLLOW_UP_ACTION) && a.value?.trim());
  const teamId = payload.team?.id ?? payload.user.team_id;
  if (!action?.value || !teamId || !payload.channel) return null;
  const messageTs = payload.message?.ts;
  const threadTs = payload.message?.thread_ts ?? payload.container?.thread_ts;
  return {
    text: more ? TELL_ME_MORE : questionText(action.value, undefined),
    teamId,
    userId: payload.user.id,
    channelId: payload.channel.id,
    inDm: payload.channel.id.startsWith("D"),
    ...(messageTs ? { messageTs } : {}),
    ...(threadTs ? { threadTs } : {}),
    ...(payload.container?.is_ephemeral ? { mustBePrivate: true } : {}),
    ...(more ? { topic: action.value } : {}),
  };
}

/**
 * Slack's message markup as the plain words a person typed: the bot's own mention dropped, other
 * people's mentions as "someone" (so "@Sam wants to die" still reads as someone else at risk),
 * links as their labels, entities decoded, and long messages kept to the contract's limit.
 */
export function questionText(slackText: string, botUserId: string | undefined): string {
  const plain = slackText
    .replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, (_, id: string) => (id === botUserId ? " " : "someone"))
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "#$1")
    .replace(/<!(?:here|channel|everyone)[^>]*>/g, " ")
    .replace(/<(?:[^>|]*\|)?([^>]*)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return clip(plain || BARE_MENTION_TEXT, MAX_TEXT_CHARS);
}

/** Keeps the start and the end of an over-long message: a crisis signal is as likely in the last lines. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const half = Math.floor((max - 3) / 2);
  return `${chars.slice(0, half).join("")} … ${chars.slice(-half).join("")}`;
}
