import { expandShorthand } from "./expand-shorthand.ts";
import { foldCharacters } from "./fold-characters.ts";
import { foldLeetspeak } from "./fold-leetspeak.ts";
import { joinSpacedLetters } from "./join-spaced-letters.ts";
import { splitClauses } from "./split-clauses.ts";
import { squeezeRepeats } from "./squeeze-repeats.ts";
import { stripMarkup } from "./strip-markup.ts";

/** A message prepared for judging. */
export interface NormalisedMessage {
  /** The cleaned, lower-case readable text: markup reduced to its words, look-alike characters folded. */
  text: string;
  /** `text` with obfuscation undone (spacing, leetspeak, stretching, censoring) and shorthand spelled out. */
  folded: string;
  /** `folded` cut into clauses, the scope triage gives negation and tense. */
  clauses: string[];
}

/** Runs of whitespace, or a single whitespace character that is not a plain space. */
const WHITESPACE = /\s{2,}|[^\S ]/g;
const SPACES_EXCEPT_NEWLINES = /[^\S\n]{2,}|[^\S\n ]/g;
const NEWLINES = / ?\n[\s]*/g;
const NON_ASCII = /[^\x00-\x7f]/;
/** Whitespace other than spaces and line breaks, or two spaces in a row: one scan (it was `includes("  ")` and a second). */
const UNUSUAL_SPACING = /[\t\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]| {2}/;

/** Linear in the message's length: fixed, precompiled passes, each skipped when its marker is absent. */
export function normalise(raw: string): NormalisedMessage {
  // Markup's replacements are ASCII (its own words, or the text's), so an ASCII message stays ASCII: one scan answers
  // both stripMarkup's pictograph test and foldCharacters' Unicode test.
  const ascii = !NON_ASCII.test(raw);
  const plain = foldCharacters(stripMarkup(raw, ascii), ascii);
  const spaced = unusualSpacing(plain);
  const expanded = expandShorthand(squeezeRepeats(foldLeetspeak(joinSpacedLetters(plain))));
  const folded = spaced ? expanded.replace(SPACES_EXCEPT_NEWLINES, " ") : expanded;
  return {
    text: (spaced || plain.includes("\n") ? plain.replace(WHITESPACE, " ") : plain).trim(),
    folded: (folded.includes("\n") ? folded.replace(NEWLINES, " ") : folded).trim(),
    clauses: splitClauses(folded),
  };
}

/** Whether the text has runs of spaces or whitespace other than spaces and line breaks (most messages have neither). */
function unusualSpacing(text: string): boolean {
  return UNUSUAL_SPACING.test(text);
}
