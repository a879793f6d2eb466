import fc from "fast-check";

/**
 * The ways people disguise words in chat, as fast-check arbitraries over a message: each returns the
 * message with some of its words (or all of it) disguised, the choices left to fast-check.
 */
export type Obfuscation = (text: string) => fc.Arbitrary<string>;

/** Whole words of letters (not the parts of "they'd" or "self-harm"). */
const WORD = /(?<![\w'-])[A-Za-z]{2,}(?![\w'-])/g;

/**
 * The words people disguise to slip past filters. Spacing, leetspeak and stretching are applied to
 * these; the normaliser restores only words it knows, so disguising "about" or "take" is a known limit
 * (docs/reliability.md), while markup, zero-width characters, look-alikes and case apply anywhere.
 */
const RISK_WORDS = new Set(
  (
    "kill kills killed killing die dies died dying dead death suicide suicidal myself self harm harming hurt hurting cut cuts cutting " +
    "overdose overdosed pills end ending life alive hang jump rope gun knife rape raped abuse abused hit hits beat beats burden " +
    "hopeless worthless goodbye unalive murder stab shoot voices relapse relapsed bleed burn exist"
  ).split(" "),
);

/** The positions of the message's words (only risk words when `risky`). */
function wordSpans(text: string, risky: boolean): [number, number][] {
  return [...text.matchAll(WORD)]
    .filter((match) => !risky || RISK_WORDS.has(match[0].toLowerCase()))
    .map((match) => [match.index, match.index + match[0].length]);
}

/** Rewrites some words (at least one, chosen by fast-check) with `disguise`. */
function someWords(text: string, disguise: (word: string) => fc.Arbitrary<string>, risky = true): fc.Arbitrary<string> {
  const spans = wordSpans(text, risky);
  if (spans.length === 0) return fc.constant(text);
  return fc.uniqueArray(fc.integer({ min: 0, max: spans.length - 1 }), { minLength: 1, maxLength: Math.min(3, spans.length) }).chain((picked) =>
    fc.tuple(...picked.map((index) => disguise(text.slice(spans[index]![0], spans[index]![1])))).map((disguised) => {
      const order = picked.map((index, i) => ({ span: spans[index]!, word: disguised[i]! })).sort((a, b) => b.span[0] - a.span[0]);
      let result = text;
      for (const { span, word } of order) result = result.slice(0, span[0]) + word + result.slice(span[1]);
      return result;
    }),
  );
}

/** "k i l l", "k.i.l.l", "s-u-i-c-i-d-e", "d_i_e". */
export const spacedLetters: Obfuscation = (text) =>
  someWords(text, (word) => fc.constantFrom(" ", ".", "-", "_", "*").map((separator) => [...word].join(separator)));

const LEET: Record<string, string[]> = { a: ["4", "@"], e: ["3"], i: ["1", "!"], o: ["0"], s: ["5", "$"], t: ["7"] };

/**
 * "k1ll mys3lf", "su1c1d3", "d!e". A word never starts with @ (a mention), and ! only stands between
 * letters (at the end, or before a digit, it reads as an exclamation: "help!1!").
 */
export const leetspeak: Obfuscation = (text) =>
  someWords(text, (word) =>
    fc
      .tuple(
        ...[...word].map((char, at) => {
          const options = LEET[char.toLowerCase()]?.filter((leet) => (leet === "@" ? at > 0 : leet !== "!" || (at > 0 && at < word.length - 1)));
          return options?.length ? fc.oneof(fc.constant(char), fc.constantFrom(...options)) : fc.constant(char);
        }),
      )
      .map((chars) => chars.join("").replace(/!(?=[0-9@$])/g, "i")),
  );

const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"];

/** Invisible characters between the letters and spaces of the message (not inside markup like "||"). */
export const zeroWidth: Obfuscation = (text) => {
  const gaps = Array.from({ length: text.length + 1 }, (_, at) => at).filter((at) => /^[\p{L}\s']{0,2}$/u.test(text.slice(Math.max(0, at - 1), at + 1)));
  return fc.array(fc.tuple(fc.constantFrom(...gaps), fc.constantFrom(...ZERO_WIDTH)), { minLength: 1, maxLength: 12 }).map((inserts) => {
    let result = text;
    for (const [at, char] of inserts.sort((a, b) => b[0] - a[0])) result = result.slice(0, at) + char + result.slice(at);
    return result;
  });
};

/** Look-alike letters from Cyrillic and Greek (Unicode's confusables for lower-case Latin). */
const LOOK_ALIKES: Record<string, string[]> = {
  a: ["а", "α"],
  c: ["с"],
  e: ["е"],
  i: ["і", "ι"],
  j: ["ј"],
  k: ["к", "κ"],
  o: ["о", "ο"],
  p: ["р", "ρ"],
  s: ["ѕ"],
  x: ["х"],
  y: ["у"],
  h: ["һ"],
  d: ["ԁ"],
  t: ["т", "τ"],
  v: ["ν"],
};

/** "kіll" with a Cyrillic і, "suісіdе" with several. */
export const homoglyphs: Obfuscation = (text) =>
  fc.array(fc.nat({ max: Math.max(0, text.length - 1) }), { minLength: 1, maxLength: 10 }).chain((positions) =>
    fc
      .tuple(
        ...positions.map((at) => {
          const options = LOOK_ALIKES[text[at] ?? ""];
          return options ? fc.constantFrom(...options) : fc.constant(text[at] ?? "");
        }),
      )
      .map((replacements) => {
        const units = text.split("");
        positions.forEach((at, i) => {
          units[at] = replacements[i]!;
        });
        return units.join("");
      }),
  );

/**
 * "diiiiie", "kiiiill", "killllll" in risk words; in any word of three letters or more, a letter its
 * spelling does not double ("thiiiinking"). ("tooo" and "offff" could be to or too, of or off: a known limit.)
 */
export const stretched: Obfuscation = (text) =>
  fc.oneof(
    someWords(text, (word) =>
      stretchAt(
        word,
        Array.from(word, (_, at) => at),
      ),
    ),
    someWords(
      text,
      (word) => stretchAt(word, word.length < 3 ? [] : Array.from(word, (_, at) => at).filter((at) => word[at] !== word[at - 1] && word[at] !== word[at + 1])),
      false,
    ),
  );

function stretchAt(word: string, positions: number[]): fc.Arbitrary<string> {
  if (positions.length === 0) return fc.constant(word);
  return fc
    .tuple(fc.constantFrom(...positions), fc.integer({ min: 3, max: 7 }))
    .map(([at, times]) => word.slice(0, at) + word[at]!.repeat(times) + word.slice(at + 1));
}

/** Discord and Slack markup around a word or the whole message: bold, italics, spoilers, code, quotes. */
export const markup: Obfuscation = (text) =>
  fc.oneof(
    someWords(text, (word) => fc.constantFrom("**", "__", "*", "_", "||", "`", "~~").map((mark) => `${mark}${word}${mark}`), false),
    fc
      .constantFrom("> ", ">>> ", "||", "```\n", "**")
      .map((mark) => (mark.startsWith(">") ? `${mark}${text}` : mark === "```\n" ? `${mark}${text}\n\`\`\`` : `${mark}${text}${mark}`)),
  );

/** SHOUTING or aLtErNaTiNg case. */
export const letterCase: Obfuscation = (text) =>
  fc.constantFrom(text.toUpperCase(), [...text].map((char, i) => (i % 2 ? char.toUpperCase() : char.toLowerCase())).join(""));

export const OBFUSCATIONS = { spacedLetters, leetspeak, zeroWidth, homoglyphs, stretched, markup, letterCase } as const;
