import { PERSON_WORDS, THERAPIST_WORDS } from "../lexicon.ts";

/**
 * The risk lexicon of the second triage layer: each word of a folded clause names at most one concept.
 * Kept as plain word lists so a clinician can read and extend them; see score-clause.ts for how the
 * concepts combine.
 */
export type Concept =
  | "self" // the writer: i, me, my
  | "other" // a particular other person: he, she, my sister
  | "generic" // people in general: you, anyone
  | "negator" // not, never, no
  | "wish" // wanting, hoping, intending, dwelling on: want, hope, pray, ready, planning
  | "death" // dying or being dead: die, dead, suicide
  | "being" // staying alive, existing, waking: live, exist, wake
  | "departure" // going away: disappear, sleep, vanish
  | "permanence" // for ever: forever, permanently, eternal
  | "despair" // appraising life as without worth or hope: pointless, hopeless, meaningless
  | "meaning" // what despair denies: point, reason, sense, hope, future, purpose
  | "whole" // life as a whole: life, living, everything, existence
  | "weariness" // tired, exhausted, sick, done
  | "burden" // burden, better off
  | "topic"; // talking, studying, fiction: the clause is about the subject, not a disclosure

const LISTS: Record<Exclude<Concept, "other">, string> = {
  self: "i me my myself mine",
  generic: "you your yourself anyone anybody people someone somebody everyone everybody one person others",
  negator: "not never no nor without nothing nobody",
  wish: "want wants wanted wanting wish wishes wished wishing hope hopes hoping pray prays praying ready tempted longing long crave craving rather prefer planning plan plans decided deciding deserve deserves considering contemplating fantasize fantasise fantasizing fantasising dreaming",
  death: "die dies dying dead death suicide suicidal overdose overdosing grave coffin",
  being: "live living alive exist existing wake breathe breathing born",
  departure: "disappear disappearing vanish vanishing gone sleep asleep nap",
  permanence: "forever permanently permanent eternal eternally",
  despair: "pointless meaningless hopeless worthless purposeless senseless",
  meaning: "point reason reasons sense purpose future meaning",
  whole: "life living existence everything existing",
  weariness: "tired exhausted sick done drained weary",
  burden: "burden burdens",
  topic: "talk talking tell telling ask asking write writing read reading learn learning understand research essay article documentary movie film book novel song character study studying lecture class course podcast news",
};

/** Words that make a clause about someone else (third-person pronouns and people one might name). */
const OTHER_PEOPLE = [
  "he", "she", "they", "him", "her", "them", "his", "their", "himself", "herself", "themselves",
  ...PERSON_WORDS.filter((word) => !word.includes(" ")),
  ...THERAPIST_WORDS.filter((word) => !word.includes(" ")),
];

const CONCEPTS = new Map<string, Concept>();
for (const word of OTHER_PEOPLE) CONCEPTS.set(word, "other");
for (const [concept, words] of Object.entries(LISTS) as [Concept, string][]) {
  for (const word of words.split(" ")) if (!CONCEPTS.has(word)) CONCEPTS.set(word, concept);
}

/** Every combination needs one of these words: clauses without any are not scored (see MessageScan.marked). */
export const ANCHOR_WORDS: readonly string[] = (["death", "being", "departure", "permanence", "despair", "meaning", "weariness", "burden"] as const).flatMap(
  (concept) => LISTS[concept].split(" "),
);

export function conceptOf(token: string): Concept | undefined {
  return CONCEPTS.get(token);
}

/** "can not stop thinking about it", "not sure": a negator that does not deny what follows. */
export const NOT_DENIALS: ReadonlySet<string> = new Set(["sure", "only", "just", "stop", "help", "wait", "even", "matter", "care"]);

/** "…want to live with my mum", "wake up early": life words followed by these are about how or where, not whether. */
export const HOW_NOT_WHETHER: ReadonlySet<string> = new Set([
  "with", "in", "at", "there", "near", "on", "alone", "together", "abroad", "here", "somewhere", "where", "close", "by",
  "early", "for", "so", "like", "without", "through", "up",
]);
