import { describe, expect, it } from "vitest";
import { FNV_OFFSET, fnvStep } from "../../../../functions/engine/fnv.ts";
import { MarkerTable } from "../../../../functions/engine/marker-table.ts";
import { markedPhrases, replaceTokens } from "../../../../functions/engine/normalise/expand-shorthand.ts";
import { foldCharacters } from "../../../../functions/engine/normalise/fold-characters.ts";
import { foldLeetspeak } from "../../../../functions/engine/normalise/fold-leetspeak.ts";
import { joinSpacedLetters } from "../../../../functions/engine/normalise/join-spaced-letters.ts";
import { mayBeSpelledOutByHash, PHRASES, spelledOut } from "../../../../functions/engine/normalise/shorthand.ts";
import { squeezeRepeats } from "../../../../functions/engine/normalise/squeeze-repeats.ts";
import { stripMarkup } from "../../../../functions/engine/normalise/strip-markup.ts";
import { comparisonTexts } from "../../../../scripts/bench/comparison-texts.ts";

/** The token pass as it was written before its character table (reads past the end, compares ranges): the reference. */
function replaceTokensPlain(text: string): string {
  const isLetter = (code: number) => code >= 97 && code <= 122;
  const isWordChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57);
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
    if (code === 39 && isLetter(text.charCodeAt(end + 1))) {
      hash = fnvStep(hash, 39);
      code = text.charCodeAt(++end);
      do {
        hash = fnvStep(hash, code);
        code = text.charCodeAt(++end);
      } while (isLetter(code));
    }
    const replacement = mayBeSpelledOutByHash(hash) ? spelledOut(text.slice(at, end)) : undefined;
    if (replacement !== undefined && text.charCodeAt(at - 1) !== 39) {
      out += text.slice(copied, at) + replacement;
      copied = end;
    }
    at = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** What the token pass reads inside `normalise` (the passes before it). */
const beforeTokens = (raw: string) => squeezeRepeats(foldLeetspeak(joinSpacedLetters(foldCharacters(stripMarkup(raw)))));

const AWKWARD = [
  "",
  "'",
  "im",
  "i'm",
  "'im",
  "im'",
  "i'm'",
  "dont'",
  "x'm",
  "i'",
  "i'mx",
  "i'9",
  "ngl",
  "ngl ngl ngl",
  "idk'",
  "'s",
  "i'm 😂 dont 🤣",
  "ⅰ'm ｄｏｎｔ",
  "я не знаю im тоже",
  "我 im 不 dont 知道",
  "im\u00e9 don't\u0301",
  "\ud83d im \ude02 dont",
  "a".repeat(4_000),
  "im dont cant ".repeat(320),
  "i'm' ".repeat(1_000),
];

describe("replaceTokens (the shorthand token pass)", () => {
  it("reads every corpus text, long message and capitalised text as the plain loop does", () => {
    let compared = 0;
    let changed = 0;
    for (const [, raw] of comparisonTexts()) {
      for (const text of [beforeTokens(raw), raw.toLowerCase()]) {
        const expected = replaceTokensPlain(text);
        expect(replaceTokens(text)).toBe(expected);
        compared++;
        if (expected !== text) changed++;
      }
    }
    expect(compared).toBeGreaterThan(20_000);
    expect(changed).toBeGreaterThan(1_000);
  });

  it("reads awkward input as the plain loop does: empty, apostrophes at the ends, emoji, other scripts, 4,000 characters", () => {
    for (const text of AWKWARD) expect(replaceTokens(text)).toBe(replaceTokensPlain(text));
    expect(replaceTokens("i'm ok, dont worry")).toBe("i am ok, do not worry");
    expect(replaceTokens("'im")).toBe("'im");
  });
});

/** The phrases' markers as `String.includes` finds them, one search per marker: the reference. */
const includedMarkers = (text: string) => PHRASES.map(({ has }) => (has.some((marker) => text.includes(marker)) ? 1 : 0));
const TABLE = new MarkerTable(PHRASES.map(({ has }) => has));

const AWKWARD_MARKERS = [
  "unalive",
  "un aliveunalive",
  "unaliving myself",
  "offing offed off them",
  "self  -self-",
  "sa 2 die",
  " sa  2 ",
  "my t?my t",
  "dyedie died dying ",
  "s/hs/h",
  "ain't no aint no",
  "i want to die ",
  `${"x".repeat(3_999)}dye`,
  "game endgame end",
  "😂 die 🤣 yeet",
  "я хочу die ",
];

describe("markedPhrases (which shorthand phrases may match)", () => {
  it("marks what one search per marker and the marker table find, on every comparison text and its folded form", () => {
    let marked = 0;
    for (const [, raw] of comparisonTexts()) {
      for (const text of [beforeTokens(raw), raw.toLowerCase()]) {
        const found = [...markedPhrases(text)];
        expect(found).toEqual(includedMarkers(text));
        expect(found).toEqual([...TABLE.marked(text)]);
        if (found.includes(1)) marked++;
      }
    }
    expect(marked).toBeGreaterThan(100);
    // Every corpus text twice, three ways: ~3 s alone, past the default 5 s when the whole suite shares two cores.
  }, 20_000);

  it("marks overlapping markers, markers at either end and after other scripts", () => {
    for (const text of [...AWKWARD_MARKERS, ...AWKWARD]) expect([...markedPhrases(text)]).toEqual(includedMarkers(text));
    expect(markedPhrases("unalive").filter((mark) => mark === 1).length).toBe(4);
    expect([...markedPhrases("")]).toEqual(PHRASES.map(() => 0));
  });
});
