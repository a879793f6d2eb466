import { HOMOGLYPHS } from "./homoglyphs.ts";
import { VOCABULARY } from "./vocabulary.ts";

const NON_ASCII_TEST = /[^\x00-\x7f]/;
/** Zero-width and other invisible format characters, variation selectors and tag characters. */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors are listed one by one on purpose, to be removed
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udcff]/g;
const MARKS = /\p{M}/gu;
/** A word of lower-case letters and capital I's (capitalIs leaves it alone unless an I follows a lower-case letter). */
const LOWER_CASE_WORD_WITH_I = /(?<![A-Za-z])[a-zI]+(?![A-Za-z])/g;
const I_AFTER_LOWER_CASE = /[a-z]I/;
const CAPITAL_I_AS_L = /(?<=[a-z])I+/g;
const NON_ASCII = /[^\x00-\x7f]/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u02b9\u00b4\u2032`]/g;
const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/**
 * Canonical, lower-case characters: compatibility forms (fullwidth, mathematical, ligatures) folded,
 * invisible characters and combining marks (accents, "zalgo") removed, look-alike letters from other
 * scripts folded to Latin, and curly apostrophes made straight. Spacing and line breaks are kept.
 * Plain ASCII text skips the Unicode passes; `ascii`: the caller has already found the text to be ASCII.
 */
export function foldCharacters(text: string, ascii = false): string {
  let folded = text;
  const unicode = !ascii && NON_ASCII_TEST.test(folded);
  if (unicode) folded = folded.replace(INVISIBLE, "").normalize("NFKD").replace(MARKS, "");
  if (I_AFTER_LOWER_CASE.test(folded)) folded = folded.replace(LOWER_CASE_WORD_WITH_I, capitalIs);
  folded = folded.toLowerCase();
  if (folded.includes("`")) folded = folded.replaceAll("`", "'");
  if (!unicode) return folded;
  folded = folded.replace(APOSTROPHES, "'").replace(QUOTES, '"');
  return folded.replace(NON_ASCII, (char) => HOMOGLYPHS.get(char) ?? char);
}

/**
 * A capital I inside a lower-case word is an l in disguise ("kiII", "myseIf") or just an i typed in
 * alternating case ("dIe", "suIcIde"): whichever spelling is a known word, else l for a run ("stiII")
 * and i for a single one.
 */
function capitalIs(word: string): string {
  if (!I_AFTER_LOWER_CASE.test(word)) return word;
  const asI = word.toLowerCase();
  const asL = word.replace(CAPITAL_I_AS_L, (run) => "l".repeat(run.length)).toLowerCase();
  if (VOCABULARY.has(asI)) return asI;
  if (VOCABULARY.has(asL)) return asL;
  return word.includes("II") ? asL : asI;
}
