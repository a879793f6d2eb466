import { FNV_OFFSET, fnvStep } from "../fnv.ts";
import { mayBeSpelledOutByHash, PHRASES, spelledOut } from "./shorthand.ts";

const APOSTROPHE = 39;

/** Spells out contractions, chat abbreviations, coded slang and common misspellings (see shorthand.ts). */
export function expandShorthand(text: string): string {
  let expanded = text;
  let marked = markedPhrases(text);
  for (let index = 0; index < PHRASES.length; index++) {
    if (!marked[index]) continue;
    const { pattern, replacement } = PHRASES[index]!;
    const replaced = expanded.replace(pattern, replacement);
    // A replacement can bring in (or take out) a later phrase's marker: those are looked for again in the new text.
    if (replaced !== expanded) marked = markedPhrases((expanded = replaced));
  }
  return replaceTokens(expanded);
}

/** Each phrase marker (`has`, a literal every match of its phrase holds) once, with the phrases it marks. */
const MARKERS: readonly { marker: string; phrases: readonly number[] }[] = [...new Set(PHRASES.flatMap(({ has }) => has))].map((marker) => ({
  marker,
  phrases: PHRASES.flatMap(({ has }, index) => (has.includes(marker) ? [index] : [])),
}));
/** Any marker: literal alternatives, which V8 finds in one fast scan. */
const ANY_MARKER = new RegExp(MARKERS.map(({ marker }) => marker.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "g");
const NONE_MARKED = new Uint8Array(PHRASES.length);

/**
 * Per phrase, 1 when the text holds one of its markers (what `text.includes(marker)` finds for each). The pattern finds
 * the first place at or after `lastIndex` where any marker starts (it tries every alternative at each place); every
 * marker is compared there, and the search goes on from the next character, so no place where a marker starts is
 * passed over, overlapping ones included. A text with no marker (most messages) gets `NONE_MARKED`, only ever read.
 */
export function markedPhrases(text: string): Uint8Array {
  ANY_MARKER.lastIndex = 0;
  let found = ANY_MARKER.exec(text);
  if (found === null) return NONE_MARKED;
  const marked = new Uint8Array(PHRASES.length);
  do {
    const at = found.index;
    for (const { marker, phrases } of MARKERS) if (text.startsWith(marker, at)) for (const phrase of phrases) marked[phrase] = 1;
    ANY_MARKER.lastIndex = at + 1;
  } while ((found = ANY_MARKER.exec(text)) !== null);
  return marked;
}

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
