import type { Answer } from "../../../shared/schemas/answer.ts";
import { smallTalk, type SmallTalk } from "./small-talk.ts";

export const INTRO_TEXT =
  "I'm Alliance, a bot that explains how therapy works. I'm not a therapist. I can help with questions about " +
  "the relationship with a therapist: what the therapeutic alliance is, why therapists say \"we\", building trust, " +
  "asking what they think of you, raising a concern or a disagreement, confidentiality, boundaries, first sessions, " +
  "finding a good fit, and ending therapy.\n\n" +
  "If you are struggling right now, say so and I'll share a crisis line.";

const OPENINGS = {
  about: "",
  unknown: "I'm not sure I can help with that one. ",
};

/** Chat is met as chat: a line or two, warm, with no article and no list of what Alliance knows. */
export const SMALL_TALK_REPLIES: Record<Exclude<SmallTalk, "about" | null>, string> = {
  greeting:
    "Hi! I'm Alliance, a bot that explains how therapy works, especially the relationship with a therapist. " +
    "Ask me anything about it, like why therapists say \"we\" or how to raise a concern.",
  thanks: "You're welcome! I'm glad it helped. I'm here if anything else about therapy comes up.",
  praise_bot: "Thank you, that's kind of you! I'm here whenever you have a question about therapy.",
  praise_therapy:
    "That's lovely to hear! Sessions like that are worth savouring. If you ever want to, telling your therapist what " +
    "helped can help you both do more of it.",
  session_ahead: "Hope it goes well! If a question about therapy comes up before or after, I'm here.",
  session_behind: "Welcome back, I hope it went okay. If anything about therapy is on your mind, I'm here.",
};

export const INTRO_FOLLOW_UPS = [
  "What is the therapeutic alliance?",
  'Why does my therapist say "we"?',
  "How do I tell my therapist something feels off?",
];

/**
 * The reply when no topic fits: small talk gets its short reply (a greeting, with the questions to try), anything
 * else says what Alliance can help with.
 */
export function composeOutOfScope(text = ""): Answer {
  const talk = smallTalk(text);
  const base = { kind: "out_of_scope" as const, topic: null, reason: null, resources: [] };
  if (talk === null || talk === "about") return { ...base, text: OPENINGS[talk ?? "unknown"] + INTRO_TEXT, followUps: INTRO_FOLLOW_UPS };
  return { ...base, text: SMALL_TALK_REPLIES[talk], followUps: talk === "greeting" ? INTRO_FOLLOW_UPS : [] };
}
