import type { Answer } from "../schemas/answer.ts";

export const ABOUT_TEXT =
  "Hi, I'm **Alliance**, a bot that explains how therapy works. I'm not a therapist and I can't give you therapy, " +
  "a diagnosis or advice about medication.\n\n" +
  "I can help with questions about the relationship with a therapist: what the therapeutic alliance is, why " +
  "therapists say \"we\", building trust, asking what they think of you, raising a concern or a disagreement, " +
  "boundaries, and ending therapy.\n\n" +
  "**How to ask:** `/ask` with your question, mention me in a channel I'm in, or send me a direct message. " +
  "`/resources` lists crisis and support lines.\n\n" +
  "**Your messages:** I answer and forget them. Nothing you write is stored or logged; the moderators only see counts.\n\n" +
  "If you are struggling or not safe right now, use `/resources` or call your local emergency number. You deserve support from a person.";

/** `/about`, and the reply to a mention with no question in it. */
export function aboutAnswer(): Answer {
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text: ABOUT_TEXT,
    resources: [],
    followUps: ["What is the therapeutic alliance?", "Why does my therapist say \"we\"?", "How do I tell my therapist something isn't working?"],
  };
}
