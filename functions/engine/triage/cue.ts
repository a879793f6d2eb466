import { LEXICON } from "./lexicon.ts";

/**
 * Whose risk a cue describes: the writer ("self"), a third person ("other"), whoever the clause is
 * about ("subject"), or whoever a pronoun inside the match names ("match": "pills *i* have been saving",
 * "cutting *her* arms"), falling back to the clause's subject.
 */
export type Who = "self" | "other" | "subject" | "match";

/** Contexts that can cancel a cue; a cue lists those that do not apply to it. */
export type Check = "negation" | "past" | "hypothetical" | "topic";

/**
 * One clinical feature, e.g. "passive ideation: better off without me" (its name is the comment above
 * it in the cue modules: names stay in the source and out of the Worker's bundle). Patterns run on
 * one clause of the folded text (see normalise), so they are written in plain, spelled-out words
 * ("do not", "i am").
 */
export interface Cue<Reason extends string = string> {
  /** The pattern as written, with `{NAME}` placeholders for lexicon lists. */
  template: string;
  /** The pattern's source, lists expanded: worked out on first use, like the pattern. */
  source: string;
  /** Compiled on first use: most cues never run in an isolate's life, and compiling them all would slow start-up. */
  pattern: RegExp;
  who: Who;
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

/** A module of cues about one kind of risk or request. */
export interface CueGroup<Reason extends string> {
  name: string;
  cues: readonly Cue<Reason>[];
  /** The reason when the cue is about the writer, and when it is about someone else. */
  reasons: { self: Reason; other: Reason };
  /** The contexts that can cancel this group's cues (a cue's `ignore` removes some). */
  checks: readonly Check[];
}

/** Risk is judged now: a denial, the past, a hypothetical or a topic of study cancels a cue. */
export const CRISIS_CHECKS: readonly Check[] = ["negation", "past", "hypothetical", "topic"];
/** What needs a professional still does when it happened years ago. */
export const REDIRECT_CHECKS: readonly Check[] = ["negation", "hypothetical"];

const PLACEHOLDER = /\{([A-Z_]+)\}/g;

function expand(source: string): string {
  return source.replace(PLACEHOLDER, (_, name: string) => {
    const words = LEXICON[name];
    if (!words) throw new Error(`Unknown lexicon list {${name}}`);
    return words;
  });
}

/** A whole-message condition (a cue's `needs`) written with the same `{NAME}` lists. */
export function messagePattern(source: string): RegExp {
  return new RegExp(expand(source));
}

/** Shorthand for declaring a cue: `{NAME}` in its source expands to a lexicon list; word boundaries are the author's job. */
export function cue<Reason extends string>(
  who: Who,
  template: string,
  options: Omit<Cue<Reason>, "pattern" | "source" | "template" | "who"> = {},
): Cue<Reason> {
  let source: string | undefined;
  let compiled: RegExp | undefined;
  return {
    who,
    template,
    get source() {
      return (source ??= expand(template));
    },
    get pattern() {
      return (compiled ??= new RegExp((source ??= expand(template)), "g"));
    },
    ...options,
  };
}
