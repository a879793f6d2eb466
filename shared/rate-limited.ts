import { copyFor } from "./content/copy/index.ts";
import type { Language } from "./content/languages.ts";
import type { Answer } from "./schemas/answer.ts";

/**
 * What a member sees when they are past a rate limit: when to try again, and that a message about
 * struggling is always answered (crisis replies are never rate-limited away).
 */
export function rateLimitedAnswer(retryAfterSeconds: number, language?: Language | null): Answer {
  const copy = copyFor(language);
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text: copy.rateLimited(retryAfterSeconds),
    resources: [],
    followUps: [],
    language: copy.language,
  };
}
