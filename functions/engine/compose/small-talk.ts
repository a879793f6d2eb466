/** What a message that matched no topic was, when it was chat rather than a question. */
export type SmallTalk = "greeting" | "thanks" | "about" | null;

// English first, then the greetings and thanks of Spanish, Portuguese, French and German, accents optional, so
// a "gracias" or "merci" gets its welcome in the reply's language rather than "I'm not sure I can help".
const GREETING =
  /^(?:hi+|hello+|hey+|hiya|howdy|yo|sup|heya|greetings|good (?:morning|afternoon|evening)|hola|buen[oa]s(?: (?:d[ií]as|tardes|noches))?|ol[áa]|oi|bom dia|boa (?:tarde|noite)|bonjour|bonsoir|salut|coucou|hallo|servus|moin|guten (?:morgen|tag|abend))(?![\p{L}\p{N}])/u;
const THANKS =
  /(?<![\p{L}\p{N}])(?:thanks?|thank you|thx|ty|tysm|cheers|appreciate (?:it|that|you)|gracias|obrigad[oa]|valeu|merci|danke(?: sch[öo]n)?|vielen dank)(?![\p{L}\p{N}])/u;
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
