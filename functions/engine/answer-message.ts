import type { Answer, AnswerRequest } from "../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { directory } from "../../shared/resources/index.ts";
import { findTopic } from "../knowledge/find-topic.ts";
import { composeAnswer } from "./compose/answer.ts";
import { composeCheckIn } from "./compose/check-in.ts";
import { composeOutOfScope } from "./compose/out-of-scope.ts";
import { chatOnly } from "./compose/small-talk.ts";
import { composeTriaged } from "./compose/triaged.ts";
import { assessConversationRisk } from "./context/conversation-risk.ts";
import { normalise, type NormalisedMessage } from "./normalise/normalise.ts";
import { retrieve } from "./retrieve/retrieve.ts";
import { detectSituation } from "./situation/detect-situation.ts";
import { triageInContext } from "./triage/cancellations.ts";
import type { TriageResult } from "./triage/triage.ts";

export interface AnswerContext {
  config: ResolvedCommunityConfig;
}

/**
 * The answer engine: normalise → triage (cues, then the learned scorer, over the member's earlier messages
 * too when `context` is given; for a crisis, the situation) → retrieve → compose. Pure and synchronous, so
 * it runs the same in the Worker, in `npm run ask`, in the evaluation and in benchmarks.
 */
export function answerMessage(request: Pick<AnswerRequest, "text" | "locale" | "context" | "detail" | "topic">, context: AnswerContext): Answer {
  const message = normalise(request.text);
  const verdict = triageInContext(message);
  const triaged = verdict.result;
  // The member's earlier messages are read for risk only; what is answered comes from the message alone.
  const { risk, read } = assessConversationRisk(message, verdict, request.context);
  if (risk.level === "crisis") return composeTriaged({ kind: "crisis", reason: risk.reason }, request, context.config, detectSituation(read));
  const asked = askedAnswer(message, triaged, request, context);
  if (risk.level === "none") return asked ?? composeOutOfScope(message.text);
  const choice = directory.resolveRegion({ configuredRegion: context.config.region, locale: request.locale });
  const support = directory.crisisSupport(choice, risk.reason, { youngPerson: detectSituation(message).youngPerson });
  return composeCheckIn(asked, risk.reason, support);
}

/** What was asked, answered: a redirect, a topic (the one named, for "Tell me more"), or nothing the knowledge base knows. */
function askedAnswer(
  message: NormalisedMessage,
  triaged: TriageResult,
  request: Pick<AnswerRequest, "locale" | "detail" | "topic">,
  context: AnswerContext,
): Answer | null {
  if (triaged?.kind === "redirect") return composeTriaged(triaged, request, context.config);
  // Thanks, praise and greetings are chat, not questions: "thx alliance" is not about the therapeutic alliance.
  if (request.topic === undefined && chatOnly(message.text) !== null) return null;
  if (request.topic !== undefined) return namedTopic(request.topic, context) ? composeAnswer({ topic: request.topic }, context.config, request.detail) : null;
  const match = retrieve(message, context.config);
  return match ? composeAnswer(match, context.config, request.detail) : null;
}

function namedTopic(id: string, { config }: AnswerContext): boolean {
  return findTopic(id) !== undefined && !config.disabledTopics.includes(id);
}
