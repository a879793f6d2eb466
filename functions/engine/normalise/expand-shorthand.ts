import { mayBeSpelledOut, PHRASES, spelledOut } from "./shorthand.ts";

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

interface MarkerEntry {
  marker: string;
  phrases: number[];
}

/** The phrases' markers by their first two characters (char codes' low bytes), so one pass over a text finds them all. */
const MARKERS_BY_PAIR = new Map<number, MarkerEntry[]>();
const PAIR_HAS_MARKER = new Uint8Array(1 << 16);
const pairKey = (first: number, second: number) => ((first & 0xff) << 8) | (second & 0xff);
PHRASES.forEach(({ has }, phrase) => {
  for (const marker of has) {
    if (marker.length < 2) throw new Error(`A shorthand phrase's marker must be at least two characters: "${marker}"`);
    const key = pairKey(marker.charCodeAt(0), marker.charCodeAt(1));
    const entries = MARKERS_BY_PAIR.get(key) ?? [];
    const entry = entries.find((known) => known.marker === marker);
    if (entry) entry.phrases.push(phrase);
    else entries.push({ marker, phrases: [phrase] });
    MARKERS_BY_PAIR.set(key, entries);
    PAIR_HAS_MARKER[key] = 1;
  }
});

/**
 * Per phrase, whether the text holds one of its markers (`has`): what a search for each marker finds, in one pass
 * over the text instead of one per marker (every marker is at least two characters long).
 */
function markedPhrases(text: string): boolean[] {
  const marked: boolean[] = new Array(PHRASES.length).fill(false);
  let next = text.charCodeAt(0);
  for (let at = 0; at + 1 < text.length; at++) {
    const code = next;
    next = text.charCodeAt(at + 1);
    const key = pairKey(code, next);
    if (PAIR_HAS_MARKER[key] === 0) continue;
    for (const { marker, phrases } of MARKERS_BY_PAIR.get(key)!) {
      if (text.startsWith(marker, at)) for (const phrase of phrases) marked[phrase] = true;
    }
  }
  return marked;
}

/** One pass over the text: each token (letters and digits, with an optional "'s"-style tail) looked up once. */
function replaceTokens(text: string): string {
  let out = "";
  let copied = 0;
  let at = 0;
  while (at < text.length) {
    if (!isWordChar(text.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    if (text.charCodeAt(end) === APOSTROPHE && isLetter(text.charCodeAt(end + 1))) {
      end += 2;
      while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    }
    const replacement = mayBeSpelledOut(text, at, end) ? spelledOut(text.slice(at, end)) : undefined;
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
