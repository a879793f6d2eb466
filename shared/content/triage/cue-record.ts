/**
 * The shape of a triage pack's content: cues a clinician can read and correct, one record each, and the
 * word lists and whole-message conditions they share. The matcher (functions/engine/triage) compiles them;
 * nothing here runs a pattern. A cue's phrases are regex alternatives, joined with "|" in order.
 */

/**
 * Whose risk a cue describes: the writer ("self"), a third person ("other"), whoever the clause is
 * about ("subject"), or whoever a pronoun inside the match names ("match": "pills *i* have been saving",
 * "cutting *her* arms"), falling back to the clause's subject.
 */
export type Who = "self" | "other" | "subject" | "match";

/** Contexts that can cancel a cue; a cue lists those that do not apply to it. */
export type Check = "negation" | "past" | "hypothetical" | "topic";

/** Risk is judged now: a denial, the past, a hypothetical or a topic of study cancels a cue. */
export const CRISIS_CHECKS: readonly Check[] = ["negation", "past", "hypothetical", "topic"];
/** What needs a professional still does when it happened years ago. */
export const REDIRECT_CHECKS: readonly Check[] = ["negation", "hypothetical"];

/** A cue about the writer ("who: self"), as the packs written in tables declare them: id, why, phrases, what it matches. */
export function selfCue<R extends string>(id: string, rationale: string, phrases: string[], matches: string[], more: Partial<CueRecord<R>> = {}): CueRecord<R> {
  return { id, rationale, who: "self", phrases, matches, ...more };
}

/** One clinical feature, e.g. "passive-ideation/better-off-without-me". */
export interface CueRecord<Reason extends string = string> {
  /** Stable: tests, `npm run ask -- --explain` and reviews name the cue by it. */
  id: string;
  /** Why this wording signals risk (or needs a professional), for a clinician; the rubric item where one applies. */
  rationale: string;
  who: Who;
  /**
   * The pattern's top-level alternatives, one per line, run on one clause of the folded text (plain,
   * spelled-out words: "do not", "i am"). `{NAME}` stands for a lexicon list; word boundaries are the author's job.
   */
  phrases: readonly string[];
  /** A pattern around the phrases, `{PHRASES}` where they go (e.g. the behaviour, then a look back for "my therapist"). */
  frame?: string;
  /** Messages this cue fires on (in context); a generated test runs each. At least one. */
  matches: readonly string[];
  /** Near misses holding the cue's words that it must not fire on. */
  ignores?: readonly string[];
  /** A weak cue names its family; it counts only alongside a weak cue of another family (e.g. hopelessness + escape). */
  family?: string;
  /** Checks that do not cancel this cue (e.g. method-seeking counts even "for a story"). */
  ignore?: readonly Check[];
  /** Joke-prone wording ("kill him lol"): cancelled when the message is plainly joking. */
  jokeProne?: boolean;
  /** Only counts when the whole folded message also matches (e.g. "relapsed" needs a self-harm context). */
  needs?: RegExp;
  /**
   * The pattern's one capturing group, at its end, is what the cue is about ("my therapist … (kissed me)"):
   * negation and the other checks look at the words before it, not before the whole match.
   */
  focus?: boolean;
  /** Overrides the group's reasons (a child hurt by the writer is harm to others, by someone else abuse). */
  reasons?: { self: Reason; other: Reason };
}

/** The cues about one kind of risk or request (one file of a pack's cues/ folder). */
export interface CueGroupRecord<Reason extends string = string> {
  /** Kebab-case, the first part of its cues' ids. */
  id: string;
  name: string;
  /** The reason when the cue is about the writer, and when it is about someone else. */
  reasons: { self: Reason; other: Reason };
  /** The contexts that can cancel this group's cues (a cue's `ignore` removes some). */
  checks: readonly Check[];
  cues: readonly CueRecord<Reason>[];
}

/** Word lists the phrases share, as regex alternations, by `{NAME}`. */
export type Lexicon = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{([A-Z_]+)\}/g;

/** The source with each `{NAME}` replaced by its lexicon list. */
export function expandLexicon(lexicon: Lexicon, source: string): string {
  return source.replace(PLACEHOLDER, (_, name: string) => {
    const words = lexicon[name];
    if (!words) throw new Error(`Unknown lexicon list {${name}}`);
    return words;
  });
}

/** A cue's pattern as written (lexicon placeholders unexpanded): its phrases joined, inside its frame. */
export function cueTemplate(record: Pick<CueRecord, "phrases" | "frame">): string {
  const joined = record.phrases.join("|");
  return record.frame ? record.frame.replace("{PHRASES}", () => joined) : joined;
}

/**
 * Which cues run on which words, as the build wrote them (see functions/engine/triage/gate-tables.ts):
 * per cue, its gates separated by ";", each its first keys then, after "/", its second keys; null when
 * the cue cannot be gated. `fingerprint` identifies the cues they were built from.
 */
export interface CompactGates {
  fingerprint: number;
  gates: (string | null)[];
}
