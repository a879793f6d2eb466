import type { Copy } from "../../shared/content/copy/copy.ts";
import { directoryIn } from "../../shared/resources/in-language.ts";
import { directory } from "../../shared/resources/index.ts";
import type { Answer, AnswerRequest } from "../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { findTopic } from "../knowledge/find-topic.ts";
import { composeAnswer } from "./compose/answer.ts";
import { composeCheckIn } from "./compose/check-in.ts";
import { composeOutOfScope } from "./compose/out-of-scope.ts";
import { chatOnly } from "./compose/small-talk.ts";
import { composeTriaged, regionFor } from "./compose/triaged.ts";
import { withUnsupportedNote } from "./compose/unsupported-language.ts";
import { assessConversationRisk } from "./context/conversation-risk.ts";
import { type NormalisedMessage, normalise } from "./normalise/normalise.ts";
import { type DetectedLanguage, type DetectLanguage, replyLanguage } from "./reply/reply-language.ts";
import { retrieve } from "./retrieve/retrieve.ts";
import { detectSituation } from "./situation/detect-situation.ts";
import type { Judgement } from "./triage/judge-in-languages.ts";
import { judgeInLanguages, packsFor, RISK_ORDER } from "./triage/judge-in-languages.ts";
import { scorerFor } from "./triage/pack-scorers.ts";
import type { TriageResult } from "./triage/triage.ts";

export interface AnswerContext {
  config: ResolvedCommunityConfig;
  /** Reads the message's language; the engine's own detector unless a caller (a test, the evaluation) gives one. */
  detectLanguage?: DetectLanguage;
}

type AskedRequest = Pick<AnswerRequest, "text" | "locale" | "context" | "detail" | "topic">;

/**
 * The answer engine: normalise, and tell the language → triage with that language's pack and English (cues,
 * then each pack's learned scorer, over the member's earlier messages too when `context` is given; for a
 * crisis, the situation) → retrieve in that language → compose in the reply language (the message's, else
 * English with a note). Pure and synchronous, so it runs the same in the Worker, in `npm run ask`, in the
 * evaluation and in benchmarks.
 */
export function answerMessage(request: AskedRequest, context: AnswerContext): Answer {
  return answerAndLanguage(request, context).answer;
}

/** The answer, and the language the message was read as (for the aggregate counts: never the text). */
export function answerAndLanguage(request: AskedRequest, context: AnswerContext): { answer: Answer; language: DetectedLanguage } {
  const { detected, copy, unsupported, reading, alsoReading } = replyLanguage(request, context.config, context.detectLanguage);
  const answer = { ...composeInLanguage(request, context, copy, reading, alsoReading), language: copy.language };
  if (!unsupported) return { answer, language: detected };
  const choice = regionFor(context.config, request, directory);
  return { answer: withUnsupportedNote(answer, directory.crisisSupport(choice, "suicide_self_harm"), copy), language: detected };
}

function composeInLanguage(request: AskedRequest, context: AnswerContext, copy: Copy, language: string, alsoReading: readonly string[]): Answer {
  const message = normalise(request.text);
  const judgement = judgeInLanguages(message, language, packsFor(language, alsoReading));
  const { risk, read } = riskInConversation(message, judgement, request.context);
  if (risk.level === "crisis") {
    return composeTriaged({ kind: "crisis", reason: risk.reason }, request, context.config, detectSituation(read), directory, copy);
  }
  const asked = askedAnswer(message, judgement.triaged, language, request, context, copy);
  if (risk.level === "none") return asked ?? composeOutOfScope(message.text, copy);
  const choice = regionFor(context.config, request, directory);
  const support = directoryIn(directory, copy).crisisSupport(choice, risk.reason, { youngPerson: detectSituation(message).youngPerson });
  return composeCheckIn(asked, risk.reason, support, copy);
}

/**
 * The member's earlier messages are read for risk only (what is answered comes from the message alone), with the
 * message's language's pack, whose reading of the message judgeInLanguages kept; they can raise the judgement,
 * never lower it.
 */
function riskInConversation(message: NormalisedMessage, judgement: Judgement, context: readonly string[] | undefined) {
  if (judgement.risk.level === "crisis" || !context?.length) return { risk: judgement.risk, read: message };
  const { pack } = judgement.own;
  const conversation = assessConversationRisk(message, context, { pack, scorer: scorerFor(pack) }, judgement.own);
  return RISK_ORDER[conversation.risk.level] > RISK_ORDER[judgement.risk.level] ? conversation : { risk: judgement.risk, read: message };
}

/** What was asked, answered: a redirect, a topic (the one named, for "Tell me more"), or nothing the knowledge base knows. */
function askedAnswer(
  message: NormalisedMessage,
  triaged: TriageResult,
  language: string,
  request: AskedRequest,
  context: AnswerContext,
  copy: Copy,
): Answer | null {
  if (triaged?.kind === "redirect") return composeTriaged(triaged, request, context.config, undefined, directory, copy);
  // Thanks, praise and greetings are chat, not questions: "thx alliance" is not about the therapeutic alliance.
  if (request.topic === undefined && chatOnly(message.text, copy.language) !== null) return null;
  if (request.topic !== undefined) {
    return namedTopic(request.topic, context) ? composeAnswer({ source: "topic", topic: request.topic, language }, context.config, request.detail) : null;
  }
  const match = retrieve(message, context.config, language);
  return match ? composeAnswer(match, context.config, request.detail) : null;
}

function namedTopic(id: string, { config }: AnswerContext): boolean {
  return findTopic(id) !== undefined && !config.disabledTopics.includes(id);
}
