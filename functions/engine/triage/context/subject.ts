import { PERSON_WORDS, THERAPIST_WORDS } from "../../../../shared/content/triage/en/lexicon.ts";

/** Whose words or risk a cue is about: the writer, a particular other person, or people in general. */
export type Subject = "self" | "other" | "generic";

const FIRST_PERSON: ReadonlySet<string> = new Set(["i", "we"]);
const PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they"]);
const PEOPLE: ReadonlySet<string> = new Set(
  [...PERSON_WORDS, ...THERAPIST_WORDS, "someone", "somebody", "everyone", "@user"].flatMap((word) => word.split(" ").slice(-1)),
);
/** Generic "you" ("what happens if you tell your therapist…") is people in general, not the writer. */
const GENERIC_PEOPLE: ReadonlySet<string> = new Set(["you", "anyone", "anybody", "people", "clients", "patients", "others", "somebody's", "one"]);
const SPECIFIC_DETERMINERS: ReadonlySet<string> = new Set(["my", "our", "his", "her", "their", "the", "this", "that", "your", "user"]);
const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "any", "some", "every", "each"]);
/** A past report ("a girl in my class said…") makes an indefinite person a particular one. */
const PAST_REPORT: ReadonlySet<string> = new Set(["said", "told", "posted", "texted", "messaged", "wrote", "sent", "called", "admitted", "confided"]);
/** "you" is a subject ("if you tell…", "you are…") only before a verb; otherwise it is an object ("I love you all"). */
const VERB_AFTER_YOU: ReadonlySet<string> = new Set([
  "are",
  "were",
  "have",
  "had",
  "do",
  "did",
  "can",
  "could",
  "will",
  "would",
  "should",
  "might",
  "must",
  "may",
  "feel",
  "tell",
  "want",
  "need",
  "get",
  "go",
  "think",
  "say",
  "know",
  "keep",
  "start",
  "stop",
  "try",
  "ever",
  "just",
  "really",
  "still",
  "mention",
  "talk",
  "admit",
  "said",
  "told",
  "wanted",
  "felt",
  "used",
]);
/** "one" is people in general only as a subject ("one should…"), not a number ("one bad day away"). */
const ONE_AS_SUBJECT: ReadonlySet<string> = new Set([
  "can",
  "could",
  "should",
  "would",
  "must",
  "may",
  "might",
  "will",
  "does",
  "did",
  "is",
  "has",
  "feels",
  "gets",
  "needs",
  "wants",
]);
const REPORTING =
  /\b(?:said|says|saying|texted|posted|wrote|messaged|told (?:me|us|everyone)|keeps saying|kept saying|googled|searched|searched for|looked up|was searching|has been searching|has been googling|researching|has been researching|been researching)(?: that)?$/;
const LOOK_BACK = 14;
/** "tell my therapist I…", "ask my mum if…": the person told or asked is the object, not the subject. */
const TELLING: ReadonlySet<string> = new Set([
  "tell",
  "told",
  "telling",
  "ask",
  "asked",
  "asking",
  "show",
  "showed",
  "text",
  "texted",
  "warn",
  "remind",
  "let",
]);
/** "when someone says…", "if somebody tells you…": anyone at all, not a particular person. */
const GENERIC_FRAMES: ReadonlySet<string> = new Set(["when", "whenever", "if", "once"]);
const ROLES: ReadonlySet<string> = new Set(["client", "patient", "person", "user", "member", "student", "teen", "teenager", "kid", "child"]);

/**
 * The subject of the clause at `index`: the nearest preceding "I"/"you" (the writer), a person noun or a
 * third-person pronoun and its antecedent. A clause with no subject ("want to die") is the writer's.
 */
export function subjectOf(clause: string, index: number): Subject {
  const words = clause
    .slice(Math.max(0, index - 160), index)
    .split(" ")
    .filter(Boolean)
    .slice(-LOOK_BACK);
  const after = clause.slice(index).split(" ", 1)[0] ?? "";
  // A cue that begins with "I" names its own subject ("should I tell my therapist *I self harm*?"),
  // unless it is someone else's words reported ("my sister texted *i love you, i am sorry*").
  if (after === "i" && !REPORTING.test(clause.slice(Math.max(0, index - 40), index).replace(/[\s'"]+$/, ""))) return "self";
  for (let at = words.length - 1; at >= 0; at--) {
    const word = words[at]!;
    if (word === "you" && !VERB_AFTER_YOU.has(words[at + 1] ?? after)) continue;
    if (FIRST_PERSON.has(word)) return "self";
    if (word === "else" && (words[at - 1] === "anyone" || words[at - 1] === "anybody")) return "self";
    if (word === "one" && !ONE_AS_SUBJECT.has(words[at + 1] ?? after)) continue;
    if (GENERIC_PEOPLE.has(word)) return "generic";
    if (PRONOUNS.has(word)) return antecedent(words, at) ?? "other";
    if (PEOPLE.has(word) && !afterPreposition(words, at, words[at + 1] ?? after)) return personAt(words, at);
  }
  return "self";
}

/**
 * Who speaks a first-person cue that follows a reporting verb ("my friend said kill myself"): the
 * reported speaker when it is someone else, else the writer.
 */
export function speakerOf(clause: string, index: number): Subject {
  const before = clause.slice(Math.max(0, index - 160), index).trim();
  const report = REPORTING.exec(before);
  if (!report) return "self";
  const subject = subjectOf(before, report.index);
  return subject === "self" ? "self" : subject;
}

const PRONOUN_INSIDE = /\b(i|me|my|myself|he|she|they|him|his|her|them|their|himself|herself|themselves)\b/;

/** The person a pronoun inside a match names ("pills *i* have been saving", "cutting *her* arms"), or null. */
export function subjectInside(match: string): Subject | null {
  const pronoun = PRONOUN_INSIDE.exec(match)?.[1];
  if (!pronoun) return null;
  return pronoun === "i" || pronoun === "me" || pronoun === "my" || pronoun === "myself" ? "self" : "other";
}

/** "…with my counselor", "…to her friend": a person after a preposition is not the clause's subject. */
const PREPOSITIONS: ReadonlySet<string> = new Set(["with", "to", "for", "at", "from", "about", "by", "of", "towards", "around"]);

function afterPreposition(words: readonly string[], at: number, next: string): boolean {
  if (next === "who" || next === "that") return false;
  const before = words[at - 1];
  if (before && (PREPOSITIONS.has(before) || TELLING.has(before))) return true;
  const beforeThat = words[at - 2];
  return Boolean(
    before &&
      beforeThat &&
      (SPECIFIC_DETERMINERS.has(before) || INDEFINITE_DETERMINERS.has(before)) &&
      (PREPOSITIONS.has(beforeThat) || TELLING.has(beforeThat)),
  );
}

function antecedent(words: readonly string[], pronounAt: number): Subject | null {
  for (let at = pronounAt - 1; at >= 0; at--) {
    const word = words[at]!;
    if (FIRST_PERSON.has(word)) return null;
    if (GENERIC_PEOPLE.has(word)) return "generic";
    if (PEOPLE.has(word)) return personAt(words, at, words.slice(at + 1, pronounAt));
  }
  return null;
}

function personAt(words: readonly string[], at: number, between: readonly string[] = words.slice(at + 1)): Subject {
  const word = words[at]!;
  if ((word === "someone" || word === "somebody") && (words[at + 1] === "who" || GENERIC_FRAMES.has(words[at - 1] ?? ""))) return "generic";
  if (word === "someone" || word === "somebody" || word === "everyone") return "other";
  // "what do therapists do when client says…": a role with no determiner after "when" or "if" is anyone in it.
  if (ROLES.has(word) && GENERIC_FRAMES.has(words[at - 1] ?? "")) return "generic";
  for (let back = at - 1; back >= Math.max(0, at - 3); back--) {
    const determiner = words[back]!;
    if (SPECIFIC_DETERMINERS.has(determiner) || determiner.endsWith("'s")) return "other";
    if (INDEFINITE_DETERMINERS.has(determiner)) {
      const particular = between.some((w) => PAST_REPORT.has(w) || w === "my" || w === "our" || w === "mine");
      return particular ? "other" : "generic";
    }
  }
  return "other";
}
