import type { Answer, AnswerRequest, ReplyLanguage } from "../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { answerAndLanguage, answerMessage } from "../engine/answer-message.ts";
import { logFault } from "../log.ts";
import { recordUsage } from "../storage/usage.ts";
import { communityConfig, isCommunityPlatform } from "./community-config.ts";
import { checkRateLimits, type RateLimitSubject, type RateLimitVerdict } from "./rate-limits.ts";

/** The part of an ExecutionContext the service needs (Hono and workers-types type it differently). */
export type BackgroundWork = Pick<ExecutionContext, "waitUntil">;

export type Question = Pick<AnswerRequest, "text" | "platform" | "communityId" | "locale" | "context" | "detail" | "topic">;

export interface AnsweredQuestion {
  kind: "answered";
  answer: Answer;
  config: ResolvedCommunityConfig;
}

/**
 * Past a limit with a question that is not a crisis: the API makes it a 429, Discord and Slack a friendly
 * note. `language` is the one the member would have been answered in.
 */
export interface RateLimitedQuestion {
  kind: "rate_limited";
  retryAfterSeconds: number;
  language: ReplyLanguage | undefined;
}

export type QuestionOutcome = AnsweredQuestion | RateLimitedQuestion;

const NOT_LIMITED: RateLimitVerdict = { limited: false };

/**
 * Every entry point (the API, Discord, Slack, the pages) answers through here: the community's
 * config from D1 (and the rate limits of `limits`), the engine, then the aggregate count in the background.
 * Past a limit the engine still runs, because it is cheap and a crisis reply must always go out;
 * any other answer (but a check-in) comes back as `rate_limited` instead.
 */
export async function answerQuestion(env: Env, ctx: BackgroundWork, question: Question, limits?: RateLimitSubject): Promise<QuestionOutcome> {
  const [verdict, config] = await Promise.all([
    limits ? checkRateLimits(env, limits) : NOT_LIMITED,
    communityConfig(env, question.platform, question.communityId),
  ]);
  const { answer, language } = answerAndLanguage(question, { config });
  if (verdict.limited && answer.kind !== "crisis" && answer.kind !== "check_in") {
    return { kind: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds, language: answer.language };
  }
  // "Tell me more" continues a question already counted; a crisis found in its text is still counted.
  const counted = question.topic === undefined || answer.kind !== "answer";
  const usageWrite = counted ? recordUsage(env.DB, communityKey(question), answer, new Date(), language) : undefined;
  if (usageWrite) ctx.waitUntil(usageWrite.catch((error) => logFault("usage.record", error)));
  return { kind: "answered", answer, config };
}

/** The engine's answer with the community's settings (also what the moderator page previews). */
export function answerForCommunity(question: Pick<Question, "text" | "locale" | "context" | "detail" | "topic">, config: ResolvedCommunityConfig): Answer {
  return answerMessage(question, { config });
}

/** Communities live on Discord and Slack: a community id given with another platform names none. */
function communityKey({ platform, communityId }: Pick<Question, "platform" | "communityId">): string {
  return communityId && isCommunityPlatform(platform) ? `${platform}:${communityId}` : "";
}
