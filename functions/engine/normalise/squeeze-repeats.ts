import { RISK_VOCABULARY, VOCABULARY } from "./vocabulary.ts";

/** A word with a letter three or more times in a row; starts only at a word's first letter, so linear. */
const STRETCHED_WORD = /(?<![a-z])[a-z]*?([a-z])\1\1[a-z]*/g;
const RUN = /([a-z])\1+/g;
const LONG_RUN = /([a-z])\1{2,}/g;
const MAX_RUNS = 4;

/**
 * Letters stretched for emphasis ("pleeease", "diieee", "kiiiill") squeezed back: to a vocabulary word
 * when some choice of one or two letters per run gives one, else every run of three or more becomes
 * one letter. Ordinary doubled letters ("feel", "sleep") are left alone; a stray doubled letter in a
 * risk word ("diee") is undone by the shorthand table (see `doubledLetterTypos`).
 */
export function squeezeRepeats(text: string): string {
  if (!hasTripledLetter(text)) return text;
  return text.replace(STRETCHED_WORD, (token, _letter: string, at: number) =>
    STRETCHED_TO.test(token) ? toOrToo(text.slice(at + token.length)) : (knownSqueeze(token) ?? token.replace(LONG_RUN, "$1")),
  );
}

/** "tooo" is "too" before the words "too" goes with ("tooo many", "tooo tired") or at the end, else "to" ("want tooo die"). */
const STRETCHED_TO = /^tooo+$/;
const TOO_BEFORE =
  /^(?:\s*(?:[.!?,;:)]|$)|\s+(?:many|much|late|far|soon|long|hard|deep|tired|scared|afraid|bad|sad|little|often|young|old|big|small|good|well|painful|heavy|weak|ashamed|embarrassed|exhausted|done)\b)/;

function toOrToo(after: string): string {
  return TOO_BEFORE.test(after) ? "too" : "to";
}

/**
 * Whether a letter a–z appears three times in a row (a loop: far cheaper than a backreference over long text). Only
 * every other pair is compared: three in a row at `p` hold the pair at `p` or at `p + 1`, whichever is even, and the
 * third is then the character before or after that pair. Most characters are read once, every other one not at all.
 */
export function hasTripledLetter(text: string): boolean {
  const last = text.length - 1;
  for (let at = 0; at < last; at += 2) {
    const code = text.charCodeAt(at);
    if (code !== text.charCodeAt(at + 1) || code < 97 || code > 122) continue;
    if ((at > 0 && text.charCodeAt(at - 1) === code) || (at + 2 <= last && text.charCodeAt(at + 2) === code)) return true;
  }
  return false;
}

/** The first vocabulary word among the squeezes of the token, trying two letters per run before one. */
function knownSqueeze(token: string): string | null {
  const pieces: string[] = [];
  const runs: string[] = [];
  let last = 0;
  for (const match of token.matchAll(RUN)) {
    pieces.push(token.slice(last, match.index));
    runs.push(match[1]!);
    last = match.index + match[0].length;
  }
  if (runs.length > MAX_RUNS) return null;
  const tail = token.slice(last);
  for (let mask = 0; mask < 1 << runs.length; mask++) {
    let candidate = "";
    runs.forEach((letter, index) => {
      candidate += pieces[index] + (mask & (1 << (runs.length - 1 - index)) ? letter : letter + letter);
    });
    candidate += tail;
    if (VOCABULARY.has(candidate)) return candidate;
  }
  return null;
}

/** Abbreviations are typed as they are; doubling one of their letters makes a different word ("ded" → "deed"). */
const SLANG: ReadonlySet<string> = new Set(["ded", "kms", "kys", "ctb", "sui"]);

/** Each risk word with one of its letters typed twice ("diee", "kiill", "cutt") → the word. */
export function doubledLetterTypos(): [string, string][] {
  const typos: [string, string][] = [];
  for (const word of RISK_VOCABULARY) {
    if (SLANG.has(word)) continue;
    for (let index = 0; index < word.length; index++) {
      if (word[index] === word[index + 1] || word[index] === word[index - 1]) continue;
      const typo = word.slice(0, index + 1) + word.slice(index);
      if (!VOCABULARY.has(typo)) typos.push([typo, word]);
    }
  }
  return typos;
}
