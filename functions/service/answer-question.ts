import type { Answer, AnswerRequest } from "../../shared/schemas/answer.ts";
import { resolveConfig, type ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { answerMessage } from "../engine/answer-message.ts";
import { applyCommunityConfig } from "../engine/community/apply-community-config.ts";
import { logFault } from "../log.ts";
import { answeringConfig } from "../storage/communities.ts";
import { recordUsage } from "../storage/usage.ts";

/** The part of an ExecutionContext the service needs (Hono and workers-types type it differently). */
export type BackgroundWork = Pick<ExecutionContext, "waitUntil">;

export type Question = Pick<AnswerRequest, "text" | "platform" | "communityId" | "locale">;

export interface AnsweredQuestion {
  answer: Answer;
  config: ResolvedCommunityConfig;
}

/**
 * Every entry point (the API, Discord, Slack, the pages) answers through here: the community's
 * config from D1, the engine, then the aggregate count in the background.
 */
export async function answerQuestion(env: Env, ctx: BackgroundWork, question: Question): Promise<AnsweredQuestion> {
  const config = resolveConfig(await communityConfigFor(env, question));
  const answer = answerForCommunity(question, config);
  const community = question.communityId ? `${question.platform}:${question.communityId}` : "";
  ctx.waitUntil(recordUsage(env.DB, community, answer).catch((error) => logFault("usage.record", error)));
  return { answer, config };
}

/** The engine's answer with the community's settings applied (also what the moderator page previews). */
export function answerForCommunity(question: Pick<Question, "text" | "locale">, config: ResolvedCommunityConfig): Answer {
  return applyCommunityConfig(answerMessage(question, { config }), config);
}

/** A D1 outage must not stop answers: the defaults apply and the fault is logged. */
async function communityConfigFor(env: Env, { platform, communityId }: Question) {
  if (!communityId || (platform !== "discord" && platform !== "slack")) return undefined;
  try {
    return await answeringConfig(env.DB, platform, communityId);
  } catch (error) {
    logFault("answer.config", error);
    return undefined;
  }
}
