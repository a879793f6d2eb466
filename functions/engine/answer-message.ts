import type { Answer, AnswerRequest } from "../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { composeAnswer } from "./compose/answer.ts";
import { composeOutOfScope } from "./compose/out-of-scope.ts";
import { normalise } from "./normalise/normalise.ts";
import { retrieve } from "./retrieve/retrieve.ts";
import { composeTriaged } from "./compose/triaged.ts";
import { detectSituation } from "./situation/detect-situation.ts";
import { triage } from "./triage/triage.ts";

export interface AnswerContext {
  config: ResolvedCommunityConfig;
}

/**
 * The answer engine: normalise → triage (and, for a crisis, the situation) → retrieve → compose. Pure and synchronous, so it runs
 * the same in the Worker, in `npm run ask`, in the evaluation and in benchmarks.
 */
export function answerMessage(request: Pick<AnswerRequest, "text" | "locale">, context: AnswerContext): Answer {
  const message = normalise(request.text);
  const triaged = triage(message);
  if (triaged) return composeTriaged(triaged, request, context.config, triaged.kind === "crisis" ? detectSituation(message) : undefined);
  const match = retrieve(message, context.config);
  if (match) return composeAnswer(match, context.config);
  return composeOutOfScope(message.text);
}
