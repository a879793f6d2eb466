import { createHmac } from "node:crypto";
import { truncate } from "../../shared/render/truncate.ts";
import { type AnswerRequest, MAX_CONTEXT_CHARS, MAX_CONTEXT_MESSAGES, MAX_TEXT_CHARS } from "../../shared/schemas/answer.ts";

export interface RequestContext {
  text: string;
  guildId?: string | undefined;
  /** The member's own locale (interactions carry it), else the server's preferred locale. */
  locale?: string | undefined;
  guildLocale?: string | undefined;
  userId: string;
  /** The member's earlier messages in this channel, oldest first (read for risk only). */
  context?: readonly string[] | undefined;
  /** "Tell me more": the topic whose whole answer is asked for. */
  topic?: string | undefined;
}

/** The `POST /v1/answer` request for a Discord question. */
export function buildAnswerRequest(context: RequestContext, userKey: (userId: string) => string): AnswerRequest {
  const locale = context.locale ?? context.guildLocale;
  return {
    text: truncate(context.text, MAX_TEXT_CHARS),
    platform: "discord",
    ...(context.guildId ? { communityId: context.guildId } : {}),
    ...(locale ? { locale } : {}),
    userId: userKey(context.userId),
    ...(context.context?.length ? { context: context.context.slice(-MAX_CONTEXT_MESSAGES).map((text) => text.slice(0, MAX_CONTEXT_CHARS)) } : {}),
    ...(context.topic ? { topic: context.topic, detail: "full" as const } : {}),
  };
}

/** An opaque, stable id for rate limits: the Discord user id never leaves the adapter. */
export function createUserKey(secret: string): (userId: string) => string {
  return (userId) => createHmac("sha256", secret).update(`discord:${userId}`).digest("base64url").slice(0, 32);
}
