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
 * looked up only when its hash may be in the table.
 */
function replaceTokens(text: string): string {
  let out = "";
  let copied = 0;
  let at = 0;
  while (at < text.length) {
    let code = text.charCodeAt(at);
    if (!isWordChar(code)) {
      at++;
      continue;
    }
    let hash = FNV_OFFSET;
    let end = at;
    do {
      hash = fnvStep(hash, code);
      code = text.charCodeAt(++end);
    } while (isWordChar(code));
    if (code === APOSTROPHE && isLetter(text.charCodeAt(end + 1))) {
      hash = fnvStep(hash, APOSTROPHE);
      code = text.charCodeAt(++end);
      do {
        hash = fnvStep(hash, code);
        code = text.charCodeAt(++end);
      } while (isLetter(code));
    }
    const replacement = mayBeSpelledOutByHash(hash) ? spelledOut(text.slice(at, end)) : undefined;
    if (replacement !== undefined && text.charCodeAt(at - 1) !== APOSTROPHE) {
      out += text.slice(copied, at) + replacement;
      copied = end;
    }
    at = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
