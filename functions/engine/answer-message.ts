import type { Answer, AnswerRequest } from "../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { directory } from "../../shared/resources/index.ts";
import { composeAnswer } from "./compose/answer.ts";
import { composeCheckIn } from "./compose/check-in.ts";
import { composeOutOfScope } from "./compose/out-of-scope.ts";
import { composeTriaged } from "./compose/triaged.ts";
import { normalise, type NormalisedMessage } from "./normalise/normalise.ts";
import { languageEvidence } from "./language/detect-language.ts";
import { replyLanguage } from "./language/languages.ts";
import { retrieve } from "./retrieve/retrieve.ts";
import { detectSituation } from "./situation/detect-situation.ts";
import { judgeInLanguages } from "./triage/judge-in-languages.ts";
import type { TriageResult } from "./triage/triage.ts";

export interface AnswerContext {
  config: ResolvedCommunityConfig;
}

/**
 * The answer engine: normalise, and tell the language → triage with that language's pack and English (cues,
 * then each pack's learned scorer; for a crisis, the situation) → retrieve in that language → compose. Pure and
 * synchronous, so it runs the same in the Worker, in `npm run ask`, in the evaluation and in benchmarks.
 */
export function answerMessage(request: Pick<AnswerRequest, "text" | "locale">, context: AnswerContext): Answer {
  const message = normalise(request.text);
  const evidence = languageEvidence(request.text, request.locale);
  const language = replyLanguage(evidence.language);
  return { ...judgedAnswer(message, evidence.nearest, request, context), language };
}

function judgedAnswer(message: NormalisedMessage, language: string, request: Pick<AnswerRequest, "locale">, context: AnswerContext): Answer {
  const { risk, triaged } = judgeInLanguages(message, language);
  if (risk.level === "crisis") return composeTriaged({ kind: "crisis", reason: risk.reason }, request, context.config, detectSituation(message));
  const asked = askedAnswer(message, triaged, language, request, context);
  if (risk.level === "none") return asked ?? composeOutOfScope(message.text);
  const choice = directory.resolveRegion({ configuredRegion: context.config.region, locale: request.locale });
  const support = directory.crisisSupport(choice, risk.reason, { youngPerson: detectSituation(message).youngPerson });
  return composeCheckIn(asked, risk.reason, support);
}

/** What was asked, answered: a redirect, a topic, or nothing the knowledge base knows. */
function askedAnswer(message: NormalisedMessage, triaged: TriageResult, language: string, request: Pick<AnswerRequest, "locale">, context: AnswerContext): Answer | null {
  if (triaged?.kind === "redirect") return composeTriaged(triaged, request, context.config);
  const match = retrieve(message, context.config, language);
  return match ? composeAnswer(match, context.config) : null;
}
