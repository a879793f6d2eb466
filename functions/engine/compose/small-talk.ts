import type { Language } from "../../../shared/content/languages.ts";
import { foldForSmallTalk, SMALL_TALK_WORDS, type SmallTalkWords } from "./small-talk-languages.ts";

/** What a message that is chat rather than a question is: met briefly and warmly, never with an article. */
export type SmallTalk =
  | "greeting"
  | "thanks"
  | "about"
  | "praise_bot"
  | "praise_therapy"
  | "session_ahead"
  | "session_behind"
  // Met in Spanish, Portuguese, French and German; English's patterns do not read them (yet).
  | "how_are_you"
  | "acknowledgement"
  | "goodbye"
  | null;

// English first, then the greetings and thanks of Spanish, Portuguese, French and German, accents optional, so
// a "gracias" or "merci" gets its welcome in the reply's language rather than "I'm not sure I can help".
const GREETING =
  /^(?:hi+|hello+|hey+|hiya|howdy|yo|sup|heya|greetings|good (?:morning|afternoon|evening)|hola|buen[oa]s(?: (?:d[ií]as|tardes|noches))?|ol[áa]|oi|bom dia|boa (?:tarde|noite)|bonjour|bonsoir|salut|coucou|hallo|servus|moin|guten (?:morgen|tag|abend))(?![\p{L}\p{N}])/u;
const THANKS =
  /(?<![\p{L}\p{N}])(?:thanks?|thank (?:you|u)|thx|ty|tysm|cheers|appreciate (?:it|that|you|u)|gracias|obrigad[oa]|valeu|merci|danke(?: sch[öo]n)?|vielen dank)(?![\p{L}\p{N}])/u;
/** Questions about Alliance itself; after no topic fits, a plain "help me" asks the same. */
const ABOUT_BOT =
  /\b(?:what (?:can|do) you (?:do|help)|who are you|what are you|how do(?:es)? (?:you|this bot) work|what is alliance|are you a (?:real )?(?:bot|robot|person|human|therapist))\b/;
const ABOUT = new RegExp(`${ABOUT_BOT.source}|\\bhelp me\\b`);

/** Praise for Alliance itself: "you're great", "good bot", "that was helpful". */
const PRAISE_BOT = new RegExp(
  [
    String.raw`\b(?:you(?:'re| are)|ur|u r|this bot is|alliance is|the bot is)(?: (?:so|really|honestly|actually|literally|the))? (?:great|awesome|amazing|best|sweet|kind|helpful|lovely|cool|brilliant|legend|star|goat|fantastic|wonderful|nice|good)\b`,
    String.raw`\b(?:good|great|best|nice|love this|love you|lovely|helpful|cute|smart)(?: one)? (?:bot|alliance)\b`,
    String.raw`\b(?:great|nice|good|lovely|kind|helpful|perfect|beautiful|thoughtful) (?:answer|reply|response)\b`,
    String.raw`\b(?:that|this|it) (?:was|is|has been) (?:so |really |very |super )?(?:helpful|useful|great|kind|lovely|perfect|reassuring)\b`,
    String.raw`\b(?:that|this|it) help(?:ed|s)\b`,
  ].join("|"),
);

/** Who or what a member may be praising in a therapy community: their therapist, a session, therapy. */
const SUBJECT = String.raw`(?:therap(?:ist|y|ists)|(?:my|our) t|sessions?|appointment|counsell?or|counsel+ing|psych|psychologist|shrink)`;
const ADJECTIVE = String.raw`(?:amazing|awesome|great|good|best|goat|legend|lovely|brilliant|fantastic|incredible|wonderful|helpful|gem|star|hero|excellent|perfect|kind|fire|class|superb|productive|solid|well)`;
/**
 * Praise as chat says it: the therapist or session *is* something good ("my T is the GOAT"), *did* something well
 * ("killed it", "slapped"), a good session was had, or the member loves, likes or is grateful for their therapist.
 * A good therapist as a noun phrase ("signs of a good therapist") is a question's subject, not praise.
 */
const PRAISE = new RegExp(
  [
    String.raw`\b${SUBJECT}\b.*\b(?:is|was|were|are|'s|went|been)(?: \S+){0,3} ${ADJECTIVE}\b`,
    String.raw`\b${SUBJECT}\b.*\b(?:killed it|nailed it|slapped|slaps|rocks|smashed it|gets me|ate|crushed it)\b`,
    String.raw`\b(?:best|great|good|amazing|awesome|lovely|brilliant|productive|solid|helpful) (?:therapy )?(?:session|appointment)s?\b`,
    String.raw`\b(?:i|we) (?:really |so |just |honestly )?(?:love|like|adore|appreciate) (?:my|our)(?: \S+)? ${SUBJECT}\b`,
    String.raw`\b(?:thankful|grateful|shoutout|shout out|props|kudos)(?: \S+)? (?:for|to) (?:my|our)(?: \S+)? ${SUBJECT}\b`,
  ].join("|"),
);
/**
 * What makes a message more than praise: a question, a worry or a "but" ("my therapist is great but she keeps
 * checking her phone"), or feelings the knowledge base speaks to ("I think I'm in love with my therapist").
 */
const MORE_THAN_CHAT = new RegExp(
  String.raw`\?|n't\b|^(?:how|hows|why|what|whats|when|where|wheres|which|who|whos|is|are|am|do|does|did|can|could|should|would|will|was|were|has|have)\b|` +
    String.raw`\b(?:but|though|although|except|however|not|no|never|nothing|cant|dont|doesnt|didnt|wont|isnt|worse|weird|normal|okay to|ok to|wonder|wondering|worried|worry|scared|afraid|confused|unsure|anxious|nervous|help|advice|tips|should i|how do|how can|in love|crush|attached|obsessed|miss|missing|dependent|leaving|ending|end|quit|stop|switch|change|cried|crying|sad|angry|upset|hurt|feel like|feels like|feeling)\b`,
);
/** Praise is a line or two, not a story. */
const MAX_PRAISE_WORDS = 25;

/** News of one's own session, as people post it on the way in or out: "omw to therapy", "back from my session". */
const SESSION_NEWS = new RegExp(
  String.raw`^(?:(?:ok|okay|well|right|alright|welp|anyway) )?(?:omw|on my way|off|leaving|heading|going|brb|about to go|just got back|got back|back|home|just left|done with|finished|out of)\b.*\b(?:therapy|session|counsell?ing|my t|appointment)\b|` +
    String.raw`^(?:therapy|session|counsell?ing) (?:day|today|tonight|at \d|in an hour|in \d+|later|tomorrow|time)\b`,
);
const BEHIND = /\b(?:back|got back|home|just left|done with|finished|out of)\b/;
/** What turns news into something to answer: a question, or how it went or feels. */
const NEWS_AND_MORE =
  /\?|n't\b|\b(?:not|no|feel|felt|feeling|worried|scared|nervous|anxious|cry|cried|crying|sad|angry|awful|terrible|bad|hard|rough|weird|help|but|why|how)\b/;
const MAX_NEWS_WORDS = 8;

/**
 * Greetings, thanks, praise, session news and "what can you do?", each met with its own short reply. A message in
 * another language is read with English's patterns first (chat words travel), then its own language's.
 */
export function smallTalk(text: string, language: Language = "en"): SmallTalk {
  const trimmed = spokenText(text);
  const english = englishSmallTalk(trimmed);
  const words = SMALL_TALK_WORDS[language];
  return english !== null || !words ? english : smallTalkIn(foldForSmallTalk(trimmed), words);
}

/** The text as small talk reads it: trimmed, without a leading @mention, lower case. */
function spokenText(text: string): string {
  return text
    .trim()
    .replace(/^@\S+\s*/, "")
    .toLowerCase();
}

function smallTalkIn(folded: string, words: SmallTalkWords): SmallTalk {
  if (words.about.test(folded)) return "about";
  if (words.praiseBot.test(folded)) return "praise_bot";
  if (words.praise.test(folded) && !words.moreThanChat.test(folded) && wordCount(folded) <= MAX_PRAISE_WORDS) return "praise_therapy";
  if (words.sessionNews.test(folded) && !words.newsAndMore.test(folded) && wordCount(folded) <= MAX_NEWS_WORDS) {
    return words.behind.test(folded) ? "session_behind" : "session_ahead";
  }
  if (words.howAreYou.test(folded)) return "how_are_you";
  if (words.acknowledgement.test(folded)) return "acknowledgement";
  if (words.goodbye.test(folded)) return "goodbye";
  return null;
}

function englishSmallTalk(trimmed: string): SmallTalk {
  if (THANKS.test(trimmed)) return "thanks";
  if (ABOUT.test(trimmed)) return "about";
  if (PRAISE_BOT.test(trimmed)) return "praise_bot";
  if (GREETING.test(trimmed)) return "greeting";
  if (PRAISE.test(trimmed) && !MORE_THAN_CHAT.test(trimmed) && wordCount(trimmed) <= MAX_PRAISE_WORDS) {
    return "praise_therapy";
  }
  if (SESSION_NEWS.test(trimmed) && !NEWS_AND_MORE.test(trimmed) && wordCount(trimmed) <= MAX_NEWS_WORDS) {
    return BEHIND.test(trimmed) ? "session_behind" : "session_ahead";
  }
  return null;
}

/** Words that may follow a greeting, thanks or praise without making it a question ("hey alliance", "thanks bot"). */
const FILLER = new Set([
  "alliance",
  "bot",
  "everyone",
  "all",
  "folks",
  "there",
  "guys",
  "yall",
  "y'all",
  "friends",
  "team",
  "so",
  "much",
  "a",
  "lot",
  "lots",
  "again",
  "mate",
  "buddy",
  "friend",
  "pal",
  "you",
  "u",
  "very",
  "really",
  "for",
  "the",
  "help",
  "answer",
  "that",
  "this",
  "it",
  "was",
  "is",
  "nice",
  "great",
  "good",
  "one",
  "morning",
  "afternoon",
  "evening",
  "night",
  "omg",
  "wow",
  "ok",
  "okay",
  "oh",
  "lol",
  "haha",
  "ngl",
  "honestly",
  "tbh",
  "fr",
  "just",
  "and",
  "helped",
  "helps",
  "helpful",
  "appreciate",
  "i",
]);

/** "Thanks for the help" in the other languages: the help is thanked for, not asked for. */
const HELP_WORDS = /\b(?:ayuda|ayudo|ajuda|ajudou|aide|hilfe|geholfen)\b/g;

/** English's filler words, and the other languages' that may follow a greeting, thanks or praise ("muchas gracias por todo"). */
const OTHER_FILLER = new Set([
  ...FILLER,
  ...[
    "muchas",
    "muchisimas",
    "mil",
    "por",
    "todo",
    "tu",
    "la",
    "el",
    "de",
    "verdad",
    "mucho",
    "ayuda",
    "ayudo",
    "me",
    "eres",
    "sos",
    "bot",
    "amigo",
    "amiga",
    "chicos",
    "gente",
    "que",
    "bien",
  ],
  ...["muito", "muita", "muitissimo", "pela", "pelo", "sua", "tua", "ajuda", "ajudou", "voce", "vc", "tudo", "gente", "pessoal", "mesmo", "de", "a", "o"],
  ...["beaucoup", "pour", "ton", "ta", "l'aide", "aide", "vraiment", "trop", "tout", "le", "monde", "tout", "ca", "m'a", "bien", "encore"],
  ...[
    "vielen",
    "vielmals",
    "fur",
    "fuer",
    "deine",
    "die",
    "hilfe",
    "echt",
    "sehr",
    "ganz",
    "lieben",
    "dank",
    "hat",
    "mir",
    "geholfen",
    "das",
    "leute",
    "zusammen",
  ],
]);

/**
 * Small talk and nothing else: the message is answered as such before the knowledge base is searched ("thx
 * alliance" is thanks, not a question about the therapeutic alliance). Thanks, greetings and praise for the bot must
 * be short and carry no question; praise for a therapist or a session is already checked for more than chat.
 */
export function chatOnly(text: string, language: Language = "en"): SmallTalk {
  const words = SMALL_TALK_WORDS[language];
  // English has no words of its own here: a long English message is worked out without its every pattern.
  if (!words && tooLongForChat(text)) return aboutTheBotOnly(text);
  const talk = smallTalk(text, language);
  if (talk === null || talk === "praise_therapy" || talk === "session_ahead" || talk === "session_behind") return talk;
  if (talk === "how_are_you" || talk === "acknowledgement" || talk === "goodbye") return talk;
  // English has no words of its own here and reads the text as it is: only the other languages' is folded.
  const folded = words ? foldForSmallTalk(text) : null;
  if (talk === "about") return ABOUT_BOT.test(text.toLowerCase()) || (folded !== null && words?.about.test(folded)) ? talk : null;
  const trimmed = text.trim().toLowerCase();
  if (folded !== null && words?.moreThanChat.test(folded.replace(HELP_WORDS, " "))) return null;
  if (MORE_THAN_CHAT.test(trimmed.replace(/\bthank(?:s| you| u)? (?:so much )?for (?:the |your )?help\b|\bhelp(?:ed|s|ful)\b/g, " "))) return null;
  const said = (folded ?? trimmed).match(/[\p{L}']+/gu) ?? [];
  const filler = folded === null ? FILLER : OTHER_FILLER;
  const rest = said.filter((word) => !isChatWord(word, filler));
  return rest.length <= MAX_OTHER_WORDS ? talk : null;
}

/** Thanks, a greeting or praise for the bot may carry this many words that are not chat words, and no more. */
const MAX_OTHER_WORDS = 4;

function isChatWord(word: string, filler: ReadonlySet<string>): boolean {
  return filler.has(word) || GREETING.test(word) || THANKS.test(word) || PRAISE_BOT.test(word);
}

/**
 * Whether an English message is too long for any small talk but a question about Alliance: more than
 * MAX_PRAISE_WORDS words (praise and session news are shorter) and more than MAX_OTHER_WORDS that are not chat
 * words (thanks, greetings and praise for the bot have fewer; chatOnly counts them the same way). Both counts stop
 * as soon as they pass their limit, so a long message is not read with every pattern (each one a pass over it).
 */
function tooLongForChat(text: string): boolean {
  // Fewer than 2 × 26 characters cannot hold 26 words.
  if (text.length < 2 * (MAX_PRAISE_WORDS + 1)) return false;
  return (
    moreWordsThan(spokenText(text), WORD, MAX_PRAISE_WORDS) &&
    moreWordsThan(text.trim().toLowerCase(), LETTERS, MAX_OTHER_WORDS, (word) => !isChatWord(word, FILLER))
  );
}

/**
 * chatOnly of such a message: "about" when it asks about Alliance and thanks nothing (thanks comes first in
 * smallTalk, and long thanks is not chat), else null, as the full reading would find.
 */
function aboutTheBotOnly(text: string): SmallTalk {
  const spoken = spokenText(text);
  return ABOUT.test(spoken) && !THANKS.test(spoken) && ABOUT_BOT.test(text.toLowerCase()) ? "about" : null;
}

/** Words as wordCount counts them, and as chatOnly reads a message's words. */
const WORD = /[\p{L}\p{N}']+/gu;
const LETTERS = /[\p{L}']+/gu;

/** Whether more than `limit` of the text's words (the runs `pattern` matches) count; stops at the first past the limit. */
function moreWordsThan(text: string, pattern: RegExp, limit: number, counts: (word: string) => boolean = () => true): boolean {
  pattern.lastIndex = 0;
  let found = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (counts(match[0]) && ++found > limit) {
      pattern.lastIndex = 0;
      return true;
    }
  }
  return false;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}']+/gu) ?? []).length;
}
