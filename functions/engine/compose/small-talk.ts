/** What a message that matched no topic was, when it was chat rather than a question. */
export type SmallTalk = "greeting" | "thanks" | "about" | null;

const GREETING = /^(?:hi+|hello+|hey+|hiya|howdy|yo|sup|heya|greetings|good (?:morning|afternoon|evening)|hola)\b/;
const THANKS = /\b(?:thanks?|thank you|thx|ty|tysm|cheers|appreciate (?:it|that|you))\b/;
const ABOUT =
  /\b(?:what (?:can|do) you (?:do|help)|who are you|what are you|how do(?:es)? (?:you|this bot) work|help me|what is alliance|are you a (?:bot|robot|person|human|therapist))\b/;

/** Greetings, thanks and "what can you do?" all get the friendly intro; the opening differs. */
export function smallTalk(text: string): SmallTalk {
  const trimmed = text.trim().replace(/^@\S+\s*/, "");
  if (THANKS.test(trimmed)) return "thanks";
  if (ABOUT.test(trimmed)) return "about";
  if (GREETING.test(trimmed)) return "greeting";
  return null;
}
