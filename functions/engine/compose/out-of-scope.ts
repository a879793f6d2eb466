import type { Answer } from "../../../shared/schemas/answer.ts";

export const INTRO_TEXT =
  "Hi, I'm Alliance, a bot that explains how therapy works, not a therapist. I can help with questions about " +
  "the relationship with a therapist: what the therapeutic alliance is, why therapists say \"we\", building trust, " +
  "asking what they think of you, raising a concern or a disagreement, boundaries, and ending therapy. " +
  "If you are struggling right now, say so and I'll share a crisis line.";

export function composeOutOfScope(): Answer {
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text: INTRO_TEXT,
    resources: [],
    followUps: ["What is the therapeutic alliance?", "Why does my therapist say \"we\"?", "How do I tell my therapist something isn't working?"],
  };
}
