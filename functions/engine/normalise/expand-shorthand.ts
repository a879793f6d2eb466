import { PHRASES, spelledOut } from "./shorthand.ts";

const APOSTROPHE = 39;
const ESCAPE = /[.*+?^${}()|[\]\\/]/g;
/** Any phrase's marker: one scan decides whether the phrase rules need to run at all. */
const ANY_MARKER = new RegExp(PHRASES.flatMap(({ has }) => has.map((marker) => marker.replace(ESCAPE, "\\$&"))).join("|"));

/** Spells out contractions, chat abbreviations, coded slang and common misspellings (see shorthand.ts). */
export function expandShorthand(text: string): string {
  let expanded = text;
  if (ANY_MARKER.test(text))
    for (const { has, pattern, replacement } of PHRASES) {
      if (has.some((marker) => expanded.includes(marker))) expanded = expanded.replace(pattern, replacement);
    }
  return replaceTokens(expanded);
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
    const replacement = spelledOut(text.slice(at, end));
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
