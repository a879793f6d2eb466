import type { Answer } from "../../../shared/schemas/answer.ts";
import { smallTalk, type SmallTalk } from "./small-talk.ts";

export const INTRO_TEXT =
  "I'm Alliance, a bot that explains how therapy works. I'm not a therapist. I can help with questions about " +
  "the relationship with a therapist: what the therapeutic alliance is, why therapists say \"we\", building trust, " +
  "asking what they think of you, raising a concern or a disagreement, confidentiality, boundaries, first sessions, " +
  "finding a good fit, and ending therapy.\n\n" +
  "If you are struggling right now, say so and I'll share a crisis line.";

const OPENINGS: Record<Exclude<SmallTalk, null> | "unknown", string> = {
  greeting: "Hi! ",
  thanks: "You're welcome. ",
  about: "",
  unknown: "I'm not sure I can help with that one. ",
};

export const INTRO_FOLLOW_UPS = [
  "What is the therapeutic alliance?",
  'Why does my therapist say "we"?',
  "How do I tell my therapist something feels off?",
];

/** The reply when no topic fits: says what Alliance can help with; greetings and thanks get the same intro. */
export function composeOutOfScope(text = ""): Answer {
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text: OPENINGS[smallTalk(text) ?? "unknown"] + INTRO_TEXT,
    resources: [],
    followUps: INTRO_FOLLOW_UPS,
  };
}
