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

/** Linear in the message's length: fixed, precompiled passes, each skipped when its marker is absent. */
export function normalise(raw: string): NormalisedMessage {
  const plain = foldCharacters(stripMarkup(raw));
  const folded = expandShorthand(squeezeRepeats(foldLeetspeak(joinSpacedLetters(plain)))).replace(SPACES_EXCEPT_NEWLINES, " ");
  return {
    text: plain.replace(WHITESPACE, " ").trim(),
    folded: folded.replace(NEWLINES, " ").trim(),
    clauses: splitClauses(folded),
  };
}
