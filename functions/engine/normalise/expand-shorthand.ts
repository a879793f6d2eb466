import { FNV_OFFSET, fnvStep } from "../fnv.ts";
import { MarkerTable } from "../marker-table.ts";
import { mayBeSpelledOutByHash, PHRASES, spelledOut } from "./shorthand.ts";

const APOSTROPHE = 39;

/** Spells out contractions, chat abbreviations, coded slang and common misspellings (see shorthand.ts). */
export function expandShorthand(text: string): string {
  let expanded = text;
  let marked = PHRASE_MARKERS.marked(text);
  for (let index = 0; index < PHRASES.length; index++) {
    if (!marked[index]) continue;
    const { pattern, replacement } = PHRASES[index]!;
    const replaced = expanded.replace(pattern, replacement);
    // A replacement can bring in (or take out) a later phrase's marker: those are looked for again in the new text.
    if (replaced !== expanded) marked = PHRASE_MARKERS.marked((expanded = replaced));
  }
  return replaceTokens(expanded);
}

/** Per phrase, whether the text holds one of its markers (`has`). */
const PHRASE_MARKERS = new MarkerTable(PHRASES.map(({ has }) => has));

/**
 * One pass over the text: each token (letters and digits, with an optional "'s"-style tail) hashed as it is read and
 * looked up only when its hash may be in the table. Characters are classed by a table and never read past the end
 * (a read past it gives NaN, which keeps the loop off V8's small-integer path).
 */
export function replaceTokens(text: string): string {
  const length = text.length;
  let out = "";
  let copied = 0;
  let at = 0;
  while (at < length) {
    let code = text.charCodeAt(at);
    if (CLASS[code] === 0) {
      at++;
      continue;
    }
    let hash = FNV_OFFSET;
    let end = at;
    for (;;) {
      hash = fnvStep(hash, code);
      if (++end === length) {
        code = 0;
        break;
      }
      code = text.charCodeAt(end);
      if (CLASS[code] === 0) break;
    }
    if (code === APOSTROPHE && end + 1 < length && CLASS[text.charCodeAt(end + 1)] === LETTER) {
      hash = fnvStep(hash, APOSTROPHE);
      end++;
      do hash = fnvStep(hash, text.charCodeAt(end));
      while (++end < length && CLASS[text.charCodeAt(end)] === LETTER);
    }
    if (mayBeSpelledOutByHash(hash) && (at === 0 || text.charCodeAt(at - 1) !== APOSTROPHE)) {
      const replacement = spelledOut(text.slice(at, end));
      if (replacement !== undefined) {
        out += text.slice(copied, at) + replacement;
        copied = end;
      }
    }
    at = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const LETTER = 1;
const DIGIT = 2;
/** Per UTF-16 code unit: LETTER for a–z, DIGIT for 0–9, else 0 (not part of a token). */
const CLASS = new Uint8Array(65_536);
for (let code = 97; code <= 122; code++) CLASS[code] = LETTER;
for (let code = 48; code <= 57; code++) CLASS[code] = DIGIT;
