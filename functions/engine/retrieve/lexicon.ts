/**
 * Word-level rewrites applied to both the knowledge base and every message, so chat spellings meet
 * the content's. Order: slang and contractions → British/American spelling → synonyms.
 */

/**
 * Abbreviations of this domain's words ("sesh", "appt"). Chat shorthand ("u", "idk", "ngl") is the normaliser's
 * table, CHAT_SHORTHAND, which triage reads too.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  convo: "conversation",
  convos: "conversations",
  appt: "appointment",
  appts: "appointments",
  sesh: "session",
  seshes: "sessions",
  insta: "instagram",
  ig: "instagram",
  fb: "facebook",
  dm: "message",
  dms: "messages",
  txt: "text",
  yrs: "years",
  yr: "year",
  mins: "minutes",
  wk: "week",
  wks: "weeks",
};

/** British spellings to American ones, so both index and queries share a form (stemming does the rest). */
export const SPELLING: Readonly<Record<string, string>> = {
  mam: "mom",
  counselling: "counseling",
  counsellor: "counselor",
  counsellors: "counselors",
  counselled: "counseled",
  cancelled: "canceled",
  cancelling: "canceling",
  judgement: "judgment",
  judgemental: "judgmental",
  behaviour: "behavior",
  behaviours: "behaviors",
  behavioural: "behavioral",
  favour: "favor",
  honour: "honor",
  colour: "color",
  humour: "humor",
  rumour: "rumor",
  centre: "center",
  centred: "centered",
  programme: "program",
  practise: "practice",
  practising: "practicing",
  licence: "license",
  defence: "defense",
  offence: "offense",
  analyse: "analyze",
  analysing: "analyzing",
  paralysed: "paralyzed",
  fulfil: "fulfill",
  enrol: "enroll",
  sceptical: "skeptical",
  travelled: "traveled",
  labelled: "labeled",
  modelled: "modeled",
  mould: "mold",
  theatre: "theater",
  grey: "gray",
  jewellery: "jewelry",
  mum: "mom",
  cheque: "check",
  worshipping: "worshiping",
};

/** Another name for the same thing in this domain: the whole vocabulary meets on one word. */
export const SYNONYMS: Readonly<Record<string, string>> = {
  counselor: "therapist",
  counselors: "therapists",
  psychologist: "therapist",
  psychologists: "therapists",
  psychotherapist: "therapist",
  psychotherapists: "therapists",
  shrink: "therapist",
  shrinks: "therapists",
  psych: "therapist",
  psychs: "therapists",
  clinician: "therapist",
  clinicians: "therapists",
  therapis: "therapist",
  thera: "therapist",
  therapit: "therapist",
  counseling: "therapy",
  psychotherapy: "therapy",
  tx: "therapy",
  appointment: "session",
  appointments: "sessions",
  sessh: "session",
  patient: "client",
  patients: "clients",
  lcsw: "therapist",
  lpc: "therapist",
  mft: "therapist",
  analyst: "therapist",
  mad: "angry",
  pissed: "angry",
  furious: "angry",
  livid: "angry",
  cried: "cry",
  tears: "cry",
  sobbed: "cry",
  sobbing: "cry",
  bawled: "cry",
  mortified: "embarrassed",
  cringe: "embarrassed",
  cringey: "embarrassed",
  cringing: "embarrassed",
  cringed: "embarrassed",
  humiliated: "embarrassed",
  ashamed: "embarrassed",
  judgmental: "judge",
  strange: "weird",
  odd: "weird",
  lives: "life",
  lately: "recently",
  told: "tell",
  swap: "switch",
  said: "say",
  present: "gift",
  presents: "gifts",
  mom: "parent",
  moms: "parents",
  mother: "parent",
  mommy: "parent",
  dad: "parent",
  dads: "parents",
  father: "parent",
  daddy: "parent",
  empathic: "empathy",
  empathetic: "empathy",
  irritating: "annoying",
  irritated: "annoyed",
  irritate: "annoy",
  irritates: "annoys",
  suicidal: "suicide",
  hospitalised: "hospital",
  hospitalized: "hospital",
  hospitalise: "hospital",
  hospitalize: "hospital",
  sectioned: "hospital",
  inpatient: "hospital",
  traumatic: "trauma",
  traumatised: "trauma",
  traumatized: "trauma",
  ptsd: "trauma",
  grieving: "grief",
  grieve: "grief",
  grieved: "grief",
  bereavement: "grief",
  bereaved: "grief",
  mourning: "grief",
  died: "death",
  dead: "death",
  forgot: "forget",
  forgotten: "forget",
  facetime: "video",
  skype: "video",
  webcam: "video",
  empathise: "empathy",
  empathize: "empathy",
  empathises: "empathy",
  empathizes: "empathy",
  empathising: "empathy",
  empathizing: "empathy",
  decade: "years",
  decades: "years",
};

/** Words that change the subject: what came before them is another story. */
export const CHANGE_WORDS = ["anyway", "anyways", "unrelated", "btw", "by the way", "off topic", "random question", "on another note", "changing the subject"];
/** Words where a rambling message usually turns to its question, even without punctuation. */
export const QUESTION_WORDS = ["so my question is", "my question is", "question is", "tldr", "tl dr", "long story short", "basically my question"];

/** Stems that only mean something next to another ("says we", "not working", "tell my parents", "worse after"), never alone. */
export const PAIR_ONLY: ReadonlySet<string> = new Set([
  "we",
  "us",
  "our",
  "not",
  "sai",
  "tell",
  "after",
  "without",
  "parent",
  "out",
  "common",
  "last",
  "thought",
  "set",
]);

const RELATIVES =
  "mom|mum|mam|mother|dad|father|parent|brother|sister|son|daughter|husband|wife|partner|boyfriend|girlfriend|friend|uncle|aunt|cousin|" +
  "grandma|grandpa|grandad|granddad|grandmother|grandfather|nan|classmate|colleague";

/** The therapist (or "she", "he") as the subject of a verb: "my counsellor has cancelled", "she is always late". */
function therapistDoes(verbs: string): RegExp {
  const subject = "therapist|counsell?or|psych|psychologist|shrink|she|he";
  const between =
    "(?:keeps|kept|has|had|have|always|often|just|already|again|is|was|been|constantly|literally|also|usually|sometimes|never|even|\\w+ minutes?|\\d+ mins?)";
  return new RegExp(`\\b(${subject})(?:\\s+${between}){0,3}\\s+(?:${verbs})\\b`, "g");
}

/** Each word of `firsts` followed by each of `seconds` ("a|b" lists): markers every match of a rule naming them in that order holds. */
function wordPairs(firsts: string, seconds: string): string[] {
  return firsts.split("|").flatMap((first) => seconds.split("|").map((second) => `${first} ${second}`));
}

/**
 * Phrases rewritten before words are split: shorthand for a therapist ("my T") and multi-word
 * expressions that mean one thing. Markers, where given, are text every match contains (or a pattern every match
 * matches, where words nearly every message holds would gate nothing: " t" before a word's end, "we" before "?"):
 * a rule runs only when the text (as the rules before it left it) holds one of them, so most messages skip most rules.
 */
export const PHRASES: ReadonlyArray<readonly [pattern: RegExp, replacement: string, markers?: readonly (string | RegExp)[]]> = [
  // Addressing the bot by name is not asking about the alliance.
  [/^\W*(?:(?:hey|hi|hello|yo|ok|okay|dear|thanks|thank you)\W+alliance\b|@alliance\b|alliance(?=\s*[,:!]|\s*$))\W*/, "", ["alliance"]],
  [/\b(?:thanks|thank you|ty|cheers)\W+alliance\W*$/, "", ["alliance"]],
  [/\b(my|ur|your|her|his|their|our|the|a|new|old|current|last|ex|previous) t\b/g, "$1 therapist", [/ t\b/]],
  [/\b(my|ur|your|her|his|their|the|a|new|old|current) (th|thr|therap|ther)\b/g, "$1 therapist", [/ th(?:r|er|erap)?\b/]],
  [
    /\b(?:see|seeing|saw|seen) (?:a|my|the|this|that|her|his|your|ur|our) therapist\b/g,
    "going to therapy",
    wordPairs("see|seeing|saw|seen", "a|my|the|this|that|her|his|your|ur|our"),
  ],
  [/\b(?:can|do|could|would|will|how) (?:i|you|we|one) (?:ever )?tell (?:if|whether|when|that)\b/g, "know if", ["tell "]],
  [/\bsocial media\b/g, "socialmedia", ["social media"]],
  // Chat fillers that would otherwise read as topic words ("genuinely asking", "read it online").
  [
    /\b(?:genuinely|honestly|seriously|sincerely|just) (?:asking|curious|wondering)\b/g,
    "",
    wordPairs("genuinely|honestly|seriously|sincerely|just", "asking|curious|wondering"),
  ],
  [/\b(read|reading|saw|seen|see|found|find|looked|searched|googled)( \w+)? online\b/g, "$1$2", ["online"]],
  [/\bcatch(?:ing)? feelings\b/g, "crush", wordPairs("catch|catching", "feelings")],
  [/\bwhen i was (?:little|a kid|a child|young|younger|small|a teen|a teenager|growing up)\b|\bgrowing up\b/g, "childhood", ["when i was", "growing up"]],
  // Not understanding something is not feeling misunderstood: "I don't understand how therapy works".
  [/\bunderstand(?:ing)? (?:how|the point|what (?:goes on|happens|therapy is))\b/g, "know how", ["understand"]],
  // "self-harm" is one thing: split, "self" would meet "self-disclosure".
  [
    /\bself[- ]?(?:harm|injur)\w*|\b(?:hurt|hurting|harm|harming|cut|cutting) (?:myself|themselves|yourself)\b|\b(?:used to|started to|stopped|urges? to) cut(?:ting)?\b|\b(?:the|my|about|her|his|their) cutting\b/g,
    "selfharm",
    ["self", "selves", "cut"],
  ],
  // Someone else's suicide is a bereavement ("I lost my dad to suicide"); one's own thoughts of it are not.
  [
    /\b(?:lost|losing|lose) (?:my|a|our|his|her|their) (?:[a-z]+ )?[a-z]+ to suicide\b|\b(?:died|dying|death) (?:by|from|of) suicide\b|\bcommitted suicide\b/g,
    "death",
    ["suicide"],
  ],
  [/\b(?:killed|kill) (?:himself|herself|themselves)\b|\b(?:took|take|taken) (?:his|her|their) (?:own )?life\b/g, "death", ["kill", "life"]],
  [new RegExp(`\\b(?:his|her|their|${RELATIVES}) suicide\\b`, "g"), "death", ["suicide"]],
  [/\b(?:end|ending|take|taking) (?:my|your|one's) (?:own )?life\b/g, "suicide", wordPairs("end|ending|take|taking", "my|your|one's")],
  [/\bpass(?:ed|ing)? away\b|\bpassing\b/g, "death", ["pass"]],
  [/\b(?:safety|crisis|safe) plan(?:s|ning)?\b/g, "safetyplan", [" plan"]],
  [
    /\b(?:on|checking|checked|checks|check|look at|looking at|looked at|looks at|scrolling|scrolled|texting on) (?:her|his|their|the|a|your) (?:phone|emails?)\b/g,
    "onphone",
    ["phone", "email"],
  ],
  // "for like 5 years": "like" as a filler, not as in "what is therapy like".
  [/\b(for|about|been|took|takes|only|just) like\b/g, "$1", wordPairs("for|about|been|took|takes|only|just", "like")],
  // Who cancels, runs late or forgets matters: "my therapist keeps cancelling" is not "I keep cancelling".
  [therapistDoes("cancel\\w*|resched\\w*"), "$1 therapistcancels", ["cancel", "resched"]],
  [therapistDoes("late|running late|runs late"), "$1 therapistlate", ["late"]],
  [therapistDoes("forgot|forgets|forgetting|forgotten|forget"), "$1 therapistforgets", ["forg"]],
  [/\b(?:get|gets|getting|got) (me|him|her|them|us)\b/g, "understand $1", wordPairs("get|gets|getting|got", "me|him|her|them|us")],
  [/\b(?:rat|ratted|ratting|grass|grassed|snitch|snitched|snitching) (?:me )?(?:out|on)\b/g, "report", ["rat", "grass", "snitch"]],
  [
    /\b(?:tell|telling|tells|share|sharing|shares) (?:anyone|anybody|someone|somebody|other people|others|people)\b/g,
    "tellothers",
    wordPairs("tell|telling|tells|share|sharing|shares", "anyone|anybody|someone|somebody|other|others|people"),
  ],
  [/\b(?:can|could|will|would|might) (?:hear|overhear) (?:me|everything|us|you|it)\b/g, "overheard", ["hear"]],
  [/\b(?:not|never|didn't|didnt|don't|dont|doesn't|forgot to|failed to) show(?:ed)? up\b/g, "missed", ["show"]],
  [/\bfall(?:ing|en)? for\b|\bfell for\b/g, "crush on", wordPairs("fall|falling|fallen|fell", "for")],
  [/\b(?:break|breaking|broke) up with (my|your|ur|a|the|this|her|his) therapist\b/g, "leave $1 therapist", ["up with"]],
  [/\b(?:bring|bringing|brought) (?:it |this |that )?up\b/g, "bringup", ["brought", "bring"]],
  [/\ba say in\b/g, "input in", ["a say in"]],
  // "she says we should stop" is about stopping, not about the word "we".
  [
    /\b(say|says|said|saying) we (?=should|need|could|can|will|would|must|have|are|were|might|had|shall|may|do|did|get)\b/g,
    "$1 ",
    wordPairs("say|says|said|saying", "we"),
  ],
  [
    /(["'])(we|us|our)\1|\bthe (?:word )?(we|us)\b|\b(?:why )?we\s*\?+\W*$|\bwhy we\W*$/g,
    " say we ",
    [/["'](?:we|us|our)["']|the (?:word )?(?:we|us)\b|we\s*\?|why we/],
  ],
  [/\bin love\b/g, "crush", ["in love"]],
  [/\bfell out\b|\bfalling out\b/g, "fallout", wordPairs("fell|falling", "out")],
  [/\bno[ -]show(?:ed|s)?\b/g, "missed", ["show"]],
];

/**
 * Words that carry no topic on their own. Deliberately kept out: "we", "us", "our" (why therapists
 * say "we"), "not" ("therapy isn't working"), "think", "like" and "ask" ("does she like me?").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if then than so as at by for from in into of on onto to up with about over " +
    "i me my mine myself you your yours yourself he him his she her hers it itself they them " +
    "their theirs this that these those there here who whom whose which what when where why how " +
    "am is are was were be been being do does did doing have has had having will would shall should " +
    "can could may might must ought just really very quite also too even still yet already ever " +
    "some any all each every both either neither such other another more most much many few meant supposed " +
    "again once only well okay hi hello hey please thanks thank get got getting go going gonna " +
    "one thing things something anything someone anyone everyone kind sort lot lots bit normal bad " +
    "know want wondering wonder guys yeah yes no oh maybe actually basically honestly " +
    "literally now today ago during " +
    // chat words that say nothing about a topic (triage reads "lol" and "okay"; here they are noise)
    "y k ok kk id lol omg ugh hmm pfp"
  ).split(" "),
);

/** Terms of art kept whole: stemmed, "transference" would meet every "transfer". */
export const UNSTEMMED: ReadonlySet<string> = new Set(["transference", "countertransference"]);
