import type { Answer } from "./schemas/answer.ts";

/**
 * What a member sees when they are past a rate limit: when to try again, and that a message about
 * struggling is always answered (crisis replies are never rate-limited away).
 */
export function rateLimitedAnswer(retryAfterSeconds: number): Answer {
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text:
      `You're sending questions faster than I can keep up with. Please try again in about ${retryAfterSeconds} seconds.\n\n` +
      "If you are struggling right now, tell me in a message and I'll share a crisis line straight away.",
    resources: [],
    followUps: [],
  };
}
