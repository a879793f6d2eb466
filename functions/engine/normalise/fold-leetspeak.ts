import { VOCABULARY, wordsOfLength } from "./vocabulary.ts";

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "l" };
/** A token with a digit or symbol in it that may stand for a letter (tokens without letters are left as they are). */
const MIXED_TOKEN = /(?<![a-z0-9@$!|])[a-z]*[0-9@$!|][a-z0-9@$!|]*/g;
const LEET_CHAR = /[013457@$!|]/;
/** Numbers with units or ordinals ("2nd", "50mg", "5am") are not leetspeak. */
const NUMBER_WITH_UNIT = /^\d+(?:st|nd|rd|th|s|am|pm|mg|mcg|ml|g|kg|lbs?|k|m|h|hrs?|mins?|yo|yrs?|x|d|w|hz)$/;
/** Letters at one end only ("t0", "3nd", "mp3"): trusted only when the result is a known word. */
const ONE_SIDED = /^(?:[a-z]+[0-9]+|[0-9]+[a-z]+)$/;
/** Words split or censored with punctuation ("sui.cide", "un-alive", "k*ll", "su**ide"). */
export const SPLIT_WORD = /(?<![a-z])(?:[a-z]*(?:[*#]+[a-z]+)+[*#]*|[a-z]+[*#]+(?![a-z])|[a-z]+(?:[.\-_]+[a-z]+)+)/g;
/**
 * SPLIT_WORD's last alternative alone: in a text without "*" or "#" the first two never match, so this finds the same
 * tokens (a hyphen or a dot between letters is common in long messages, censoring is not; half the scan).
 */
export const SPLIT_BY_PUNCTUATION = /(?<![a-z])[a-z]+(?:[.\-_]+[a-z]+)+/g;

/** A dose written without a space ("200mg") gets one, so the unit reads as a word. */
const DOSE = /\b(\d+(?:\.\d+)?)(mg|mcg|ml)\b/g;

/** Undoes leetspeak, split words and censoring, turning each token back into a word when one fits. */
export function foldLeetspeak(text: string): string {
  let folded = text;
  if (/\dm[gcl]/.test(folded)) folded = folded.replace(DOSE, "$1 $2");
  if (/[0-9@$!|]/.test(folded) && /[a-z][0-9@$|]|[0-9@$!|][a-z]|[a-z]![a-z]/.test(folded)) folded = folded.replace(MIXED_TOKEN, foldToken);
  const censored = folded.includes("*") || folded.includes("#");
  if (censored || /[a-z][.\-_][a-z]/.test(folded)) folded = folded.replace(censored ? SPLIT_WORD : SPLIT_BY_PUNCTUATION, joinSplitWord);
  return folded;
}

/** A run of letters, digits and symbols read as a word: "k1llmys3lf" → "killmyself" (the caller segments it). */
export function foldLeetWord(word: string): string {
  return LEET_CHAR.test(word) && /[a-z]/.test(word) ? word.replace(/[013457@$!|]/g, (char) => LEET[char]!) : word;
}

function foldToken(token: string): string {
  if (!/[a-z]/.test(token)) return token;
  const trailing = /[!|]+$/.exec(token)?.[0] ?? "";
  const core = token.slice(0, token.length - trailing.length);
  if (!LEET_CHAR.test(core) || core.startsWith("@")) return token;
  const asI = core.replace(/[013457@$!|]/g, (char) => LEET[char]!);
  const asL = core.includes("1") ? core.replace(/[013457@$!|]/g, (char) => (char === "1" ? "l" : LEET[char]!)) : asI;
  const known = VOCABULARY.has(asI) ? asI : VOCABULARY.has(asL) ? asL : null;
  if (known) return known + trailing;
  if (NUMBER_WITH_UNIT.test(core) || ONE_SIDED.test(core)) return token;
  return asI + trailing;
}

function joinSplitWord(token: string): string {
  const joined = token.replace(/[.\-_]+/g, "");
  if (!/[*#]/.test(joined)) return VOCABULARY.has(joined) || SPLIT_SHORTHAND.has(joined) ? joined : token;
  for (const word of wordsOfLength(joined.length)) {
    if (matchesCensored(joined, word)) return word;
  }
  return token.replace(/[*#]+/g, "");
}

/** Joined forms the shorthand table knows ("self-harm" → "selfharm"), which are not vocabulary words themselves. */
const SPLIT_SHORTHAND: ReadonlySet<string> = new Set([
  "selfharm",
  "selfharming",
  "selfharmed",
  "selfharms",
  "unalive",
  "unaliving",
  "unalived",
  "selfdelete",
  "sewerslide",
]);

function matchesCensored(censored: string, word: string): boolean {
  let hidden = 0;
  for (let index = 0; index < word.length; index++) {
    const char = censored[index];
    if (char === "*" || char === "#") hidden++;
    else if (char !== word[index]) return false;
  }
  return hidden < word.length - 1;
}
