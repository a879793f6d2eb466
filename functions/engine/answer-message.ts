import type { Copy } from "../../shared/content/copy/copy.ts";
import type { Answer, AnswerRequest } from "../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { directory } from "../../shared/resources/index.ts";
import { composeAnswer } from "./compose/answer.ts";
import { composeCheckIn } from "./compose/check-in.ts";
import { composeOutOfScope } from "./compose/out-of-scope.ts";
import { composeTriaged } from "./compose/triaged.ts";
import { withUnsupportedNote } from "./compose/unsupported-language.ts";
import { normalise, type NormalisedMessage } from "./normalise/normalise.ts";
import { replyLanguage, type DetectLanguage, type DetectedLanguage } from "./reply/reply-language.ts";
import { retrieve } from "./retrieve/retrieve.ts";
import { assessRisk } from "./scorer/assess-risk.ts";
import { detectSituation } from "./situation/detect-situation.ts";
import { triageInContext } from "./triage/cancellations.ts";
import type { TriageResult } from "./triage/triage.ts";

export interface AnswerContext {
  config: ResolvedCommunityConfig;
  /** Reads the message's language; the engine's own detector unless a caller (a test, the evaluation) gives one. */
  detectLanguage?: DetectLanguage;
}

/**
 * The answer engine: normalise → triage (cues, then the learned scorer; for a crisis, the situation) →
 * retrieve → compose, in the reply language (the message's, else English with a note). Pure and
 * synchronous, so it runs the same in the Worker, in `npm run ask`, in the evaluation and in benchmarks.
 */
export function answerMessage(request: Pick<AnswerRequest, "text" | "locale">, context: AnswerContext): Answer {
  return answerAndLanguage(request, context).answer;
}

/** The answer, and the language the message was read as (for the aggregate counts: never the text). */
export function answerAndLanguage(request: Pick<AnswerRequest, "text" | "locale">, context: AnswerContext): { answer: Answer; language: DetectedLanguage } {
  const { detected, copy, unsupported } = replyLanguage(request, context.config, context.detectLanguage);
  const answer = { ...composeInLanguage(request, context, copy), language: copy.language };
  if (!unsupported) return { answer, language: detected };
  const choice = directory.resolveRegion({ configuredRegion: context.config.region, locale: request.locale });
  return { answer: withUnsupportedNote(answer, directory.crisisSupport(choice, "suicide_self_harm"), copy), language: detected };
}

function composeInLanguage(request: Pick<AnswerRequest, "text" | "locale">, context: AnswerContext, copy: Copy): Answer {
  const message = normalise(request.text);
  const verdict = triageInContext(message);
  const triaged = verdict.result;
  const risk = assessRisk(message, verdict);
  if (risk.level === "crisis") {
    return composeTriaged({ kind: "crisis", reason: risk.reason }, request, context.config, detectSituation(message), directory, copy);
  }
  const asked = askedAnswer(message, triaged, request, context, copy);
  if (risk.level === "none") return asked ?? composeOutOfScope(message.text, copy);
  const choice = directory.resolveRegion({ configuredRegion: context.config.region, locale: request.locale });
  const support = directory.crisisSupport(choice, risk.reason, { youngPerson: detectSituation(message).youngPerson });
  return composeCheckIn(asked, risk.reason, support, copy);
}

/** What was asked, answered: a redirect, a topic, or nothing the knowledge base knows. */
function askedAnswer(
  message: NormalisedMessage,
  triaged: TriageResult,
  request: Pick<AnswerRequest, "locale">,
  context: AnswerContext,
  copy: Copy,
): Answer | null {
  if (triaged?.kind === "redirect") return composeTriaged(triaged, request, context.config, undefined, directory, copy);
  const match = retrieve(message, context.config);
  return match ? composeAnswer(match, context.config) : null;
}
