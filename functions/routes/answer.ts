import { Hono } from "hono/tiny";
import { type AnswerRequest, AnswerRequestSchema } from "../../shared/schemas/answer.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { type Caller, identifyCaller } from "../http/caller.ts";
import { readJson } from "../http/read-json.ts";
import { answerQuestion } from "../service/answer-question.ts";
import type { RateLimitSubject } from "../service/rate-limits.ts";

export const answerRoutes = new Hono<AppEnv>().post("/v1/answer", async (c) => {
  const caller = identifyCaller(c);
  const request = await readJson(c, AnswerRequestSchema);
  const limits = rateLimitSubject(caller, request, c.req.header("cf-connecting-ip"));
  const outcome = await answerQuestion(c.env, c.executionCtx, questionFrom(caller, request), limits);
  if (outcome.kind === "rate_limited") {
    const { retryAfterSeconds } = outcome;
    throw new ApiError(429, "rate_limited", `Too many questions: try again in ${retryAfterSeconds} seconds.`, { "Retry-After": String(retryAfterSeconds) });
  }
  return c.json(outcome.answer);
});

/**
 * Only adapters speak for a community: an anonymous caller naming one gets the defaults (none of its
 * custom answers or settings) and is counted in no community's insights. Only adapters see a conversation:
 * an anonymous caller's `context` is ignored (read by no one, like the text never stored), so the page and
 * curl are judged on the message alone (docs/conversations.md).
 */
function questionFrom(caller: Caller, request: AnswerRequest): AnswerRequest {
  if (caller.kind === "adapter") return request;
  const { communityId: _unheeded, context: _unread, ...anonymous } = request;
  return anonymous;
}

/**
 * Adapters are trusted to name the asker and the community; anonymous callers could name anyone, so
 * they count only against their address (and can never use up a community's allowance).
 */
function rateLimitSubject(caller: Caller, request: AnswerRequest, ip: string | undefined): RateLimitSubject {
  const address = ip?.trim() || "unknown";
  if (caller.kind === "anonymous") return { ip: address };
  const user = request.userId ? `${request.platform}:${request.userId}` : undefined;
  const community = request.communityId ? `${request.platform}:${request.communityId}` : undefined;
  return user || community ? { user, community } : { ip: address };
}
