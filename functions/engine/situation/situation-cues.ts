/**
 * Cue phrases for what a crisis message says about the emergency, read on the normalised message's
 * `folded` text (lower case, contractions spelled out: "won't" reads "will not"). Each cue is a record:
 * what it is for, the phrase, and examples the tests check it on; near misses sit beside them in the
 * tests. Crisis triage has already decided that the message is a crisis; these only shape the reply.
 */
import { GERMAN_SITUATIONS } from "../../../shared/content/triage/de/situations.ts";
import { SPANISH_SITUATIONS } from "../../../shared/content/triage/es/situations.ts";
import { FRENCH_SITUATIONS } from "../../../shared/content/triage/fr/situations.ts";
import { PORTUGUESE_SITUATIONS } from "../../../shared/content/triage/pt/situations.ts";
import type { SituationCue, SituationWords } from "../../../shared/content/triage/situation-cue.ts";

export type { SituationCue } from "../../../shared/content/triage/situation-cue.ts";

/** Spanish, Portuguese, French and German situations (overdose, wound, unreachable friend, young writer): `shared/content/triage/<lang>/situations.ts`. */
const OTHER_LANGUAGES: readonly SituationWords[] = [SPANISH_SITUATIONS, PORTUGUESE_SITUATIONS, FRENCH_SITUATIONS, GERMAN_SITUATIONS];

/** English's cues, then every other language's of the same kind. */
function withOtherLanguages(english: readonly SituationCue[], kind: "overdose" | "wound" | "goodbye" | "unreachable" | "youngPerson"): readonly SituationCue[] {
  return [...english, ...OTHER_LANGUAGES.flatMap((words) => words[kind])];
}

/** English's phrase or any other language's, as one pattern (the languages' words do not occur in English text). */
function eitherOf(english: RegExp, kind: "thirdPerson" | "notYoung" | "longAgo"): RegExp {
  return new RegExp([english.source, ...OTHER_LANGUAGES.map((words) => words[kind].source)].join("|"));
}

const QUANTITY = String.raw`(?:\d{1,3}|a (?:lot|bunch|handful|load|whole (?:bottle|pack|packet|box)) of|all (?:of )?(?:my|the|her|his|their)|the (?:whole|entire|rest of the)|too many|loads of|lots of|(?:ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred))`;
const MEDICINE = String.raw`(?:pills?|tablets?|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|aspirin|painkillers?|sleeping (?:pills|tablets)|antidepressants|capsules|bottle|pack(?:et)?|box(?:es)?)`;

const ENGLISH_OVERDOSE_CUES: readonly SituationCue[] = [
  {
    id: "overdose-took-a-quantity",
    rationale: "Swallowing a counted or excessive amount of medicine is an overdose, whatever the person feels now.",
    pattern: new RegExp(
      String.raw`\b(?:took|taken|swallowed|downed|popped|ate)\s+(?:like |about |around |over |almost |maybe |roughly |at least )?${QUANTITY}\b[^.!?]{0,30}?\b${MEDICINE}\b`,
    ),
    examples: ["I took 20 paracetamol an hour ago, I feel fine for now", "she swallowed a whole bottle of pills", "just took all my sleeping pills"],
  },
  {
    id: "overdose-said-plainly",
    rationale: "The word itself, in the past tense: an overdose that has happened, not one being thought about.",
    pattern: /\b(?:overdosed|od'?d|o\.d\.'?d|(?:took|taken|had) an overdose)\b(?! on (?:coffee|caffeine|sugar|chocolate|netflix|love|tv))/,
    examples: ["I overdosed an hour ago", "my friend took an overdose and is sleepy"],
  },
];

const ENGLISH_WOUND_CUES: readonly SituationCue[] = [
  {
    id: "wound-bleeding-will-not-stop",
    rationale: "Bleeding that does not stop needs an ambulance or the emergency department.",
    pattern: /\b(?:will not|does not|can not|cannot|is not|not|never) stop(?:ping)? (?:the )?bleeding\b|\bbleeding (?:will not|does not|is not|has not) stop/,
    examples: ["I cut too deep and it won't stop bleeding", "I can't stop the bleeding"],
  },
  {
    id: "wound-cut-too-deep",
    rationale: "A cut described as deep is a wound that may need closing.",
    pattern: /\bcut (?:myself |my (?:arm|wrist|leg|thigh|skin|stomach) )?(?:way |far )?(?:too |really |very |so )deep(?:ly)?\b/,
    examples: ["I cut way too deep this time", "cut myself really deep"],
  },
  {
    id: "wound-much-blood",
    rationale: "A lot of blood is a medical emergency before it is anything else.",
    pattern:
      /\b(?:bleeding (?:a lot|so much|heavily|badly|everywhere)|(?:so much|a lot of) blood|blood (?:is )?everywhere|lost (?:a lot of|so much) blood|need(?:s)? stitches)\b/,
    examples: ["there is blood everywhere", "I think I need stitches"],
  },
];

/** Words that put a wound or an overdose in the past: those are not today's emergency. */
const ENGLISH_LONG_AGO =
  /\b(?:used to|years ago|last (?:year|summer|winter|spring|autumn|month)|when i was (?:younger|a teenager|in school|\d+)|old scars?|scars from)\b/;

const ENGLISH_GOODBYE_CUES: readonly SituationCue[] = [
  {
    id: "goodbye-message",
    rationale: "A goodbye or a note sent to someone who is then silent is a warning sign that needs the emergency services.",
    pattern:
      /\b(?:goodbye|good bye|farewell) (?:message|text|note|letter|post|video|call)\b|\b(?:said|saying|texted|sent(?: me| us)?(?: a| an)?|posted|wrote|left)\b[^.!?]{0,25}\b(?:goodbye|good bye|farewell|suicide note)\b/,
    examples: ["my best friend sent me a goodbye message", "he posted a suicide note on his story"],
  },
];

const ENGLISH_UNREACHABLE_CUES: readonly SituationCue[] = [
  {
    id: "unreachable-no-answer",
    rationale: "The person cannot be reached now, so someone has to go to them.",
    pattern:
      /\b(?:is not|are not|not|will not|stopped|has stopped) (?:answering|picking up|replying|responding)\b|\b(?:can not|cannot|could not) (?:reach|get hold of|get through to|contact|find)\b|\bphone (?:is |went |goes )?(?:off|dead|straight to voicemail)\b|\bno (?:answer|reply|response)\b/,
    examples: ["now she isn't answering her phone", "I can't reach him", "his phone is off"],
  },
];

/** Someone other than the writer: the goodbye and the silence are about them. */
const ENGLISH_THIRD_PERSON =
  /\b(?:friend|mate|bestie|sister|brother|sibling|partner|boyfriend|girlfriend|husband|wife|son|daughter|mum|mom|dad|mother|father|cousin|roommate|flatmate|classmate|colleague|he|she|they|him|her|them)\b/;

const ENGLISH_YOUNG_PERSON_CUES: readonly SituationCue[] = [
  {
    id: "young-age-stated",
    rationale: "An age under 18, said about oneself.",
    pattern:
      /\b(?:i am|im)\s+(?:only |just )?(?:1[0-7]|[89])(?:\s*(?:years? old|yrs? old|yo|y\/o))?\b(?!\s*(?:%|percent|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times|kg|kilos?|lbs?|pounds|stone|cm|feet|foot|ft|inches|am|pm|o'?clock|and (?:a )?half|miles?|km)\b)/,
    examples: ["I'm 15 and my parents can't know", "im 14 and i want to die", "I am only 16"],
  },
  {
    id: "young-school",
    rationale: "School life in the present: a pupil, most often under 18.",
    pattern:
      /\b(?:(?:high|middle|secondary|primary|elementary|junior high) school|at school|in school|my (?:school|teachers?|classmates?|class|form tutor|head ?teacher|school counsel(?:l)?or)|(?:year|grade) (?:[5-9]|1[0-3])\b|(?:[5-9]|1[0-2])th grade|gcses?)\b/,
    examples: ["everyone at school hates me", "I'm in year 10 and I want to die"],
  },
  {
    id: "young-parents-in-charge",
    rationale: "Parents who decide for the writer: grounding, phones taken away, finding out.",
    pattern:
      /\b(?:my (?:parents|mum|mom|dad|mother|father|stepdad|stepmum|stepmom) (?:will|would|are going to|is going to|can not|cannot|must not|do not|does not|took|take|found out|grounded)|i am grounded|got grounded)\b/,
    examples: ["my parents can't know", "my mum took my phone away"],
  },
];

/** An adult writing about a child, or about their own schooldays: not a young writer. */
const ENGLISH_NOT_YOUNG =
  /\b(?:my (?:son|daughter|kids?|child|children|students?|pupils?|grandchild)|when i was (?:in|at) school|back in school|i am a teacher|i teach|i work (?:at|in) a school)\b/;

export const OVERDOSE_CUES = withOtherLanguages(ENGLISH_OVERDOSE_CUES, "overdose");
export const WOUND_CUES = withOtherLanguages(ENGLISH_WOUND_CUES, "wound");
export const GOODBYE_CUES = withOtherLanguages(ENGLISH_GOODBYE_CUES, "goodbye");
export const UNREACHABLE_CUES = withOtherLanguages(ENGLISH_UNREACHABLE_CUES, "unreachable");
export const YOUNG_PERSON_CUES = withOtherLanguages(ENGLISH_YOUNG_PERSON_CUES, "youngPerson");
export const LONG_AGO = eitherOf(ENGLISH_LONG_AGO, "longAgo");
export const THIRD_PERSON = eitherOf(ENGLISH_THIRD_PERSON, "thirdPerson");
export const NOT_YOUNG = eitherOf(ENGLISH_NOT_YOUNG, "notYoung");

export const PLAN_CUES: readonly SituationCue[] = [
  {
    id: "plan-intent",
    rationale: "A stated intention to act, which a time makes urgent.",
    pattern:
      /\b(?:going to|gonna|will|i will|planning to|plan to|decided to|have decided to)\s+(?:do it|end it(?: all)?|end things|kill myself|end my life|take my (?:own )?life|be gone|not be (?:here|around)|go through with it)\b|\b(?:it is|it will be) (?:happening|going to happen|the day|the night)\b|\bi have (?:decided|made up my mind)\b/,
    examples: ["I'm going to do it tomorrow night", "I've decided, it's happening on Friday"],
  },
];

export const DATE_CUES: readonly SituationCue[] = [
  {
    id: "date-when",
    rationale: "A time for the plan: tonight, a weekday, a date, after an event.",
    pattern:
      /\b(?:tonight|tomorrow|this (?:evening|weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|(?:on|by|next|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next (?:week|month)|by (?:the weekend|tomorrow|tonight)|at (?:midnight|noon|\d{1,2}(?::\d{2})? ?(?:am|pm)?)|in (?:a|an|\d+|two|three|a few) (?:hours?|days?|weeks?)|after (?:the|my) (?:exams?|funeral|wedding|birthday|party|holidays?)|on my birthday|new year|christmas)\b/,
    examples: ["I'm going to do it tomorrow night", "it's happening on Friday"],
  },
];

export const DATE_SET_CUES: readonly SituationCue[] = [
  {
    id: "date-set",
    rationale: "Saying a date has been chosen is itself a dated plan.",
    pattern: /\b(?:set|picked|chosen|have) (?:a|the) date\b/,
    examples: ["I've picked the date"],
  },
];

/** Every situation cue, in a fixed order: the order of the build's gate tables (situation-gates.ts). */
export const ALL_SITUATION_CUES: readonly SituationCue[] = [
  ...OVERDOSE_CUES,
  ...WOUND_CUES,
  ...GOODBYE_CUES,
  ...UNREACHABLE_CUES,
  ...YOUNG_PERSON_CUES,
  ...PLAN_CUES,
  ...DATE_CUES,
  ...DATE_SET_CUES,
];
