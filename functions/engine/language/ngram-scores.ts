import { GRAMS, UNIQUES } from "./generated/ngram-table.ts";

/** Columns of the table: en, es, pt, fr, de, then any other language. */
export const OTHER_COLUMN = 5;
const COLUMNS = 6;
const MAX_GRAM = 4;
/** Enough words to judge a message's language. */
const MAX_WORDS = 60;
/** A gram only one of the five uses ("ção", " você") counts as much as this many words. */
const UNIQUE_WEIGHT = 0.5;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\x00-\x7f]/;

let grams: Map<string, Uint16Array> | undefined;
let uniques: Map<string, number> | undefined;

/** Read from the generated table on the first message that needs it. */
function tables(): { grams: Map<string, Uint16Array>; uniques: Map<string, number> } {
  if (!grams || !uniques) {
    grams = new Map(
      GRAMS.split("\n").map((line) => {
        const [gram, scores] = line.split("\t") as [string, string];
        const row = new Uint16Array(COLUMNS);
        for (let k = 0; k < COLUMNS; k++) row[k] = parseInt(scores.slice(2 * k, 2 * k + 2), 36);
        return [gram, row];
      }),
    );
    uniques = new Map(
      UNIQUES.split("\n")
        .map((line) => line.split("\t") as [string, string])
        .map(([gram, column]) => [gram, Number(column)]),
    );
  }
  return { grams, uniques };
}

/**
 * How much a lower-case text reads like each language, tinyld's way: each word's 1–4-character grams (with a
 * space at each end) weighted by their length, the word's share given to the languages in proportion to its
 * best; grams only one of the five uses add to it. Returns per column (en, es, pt, fr, de, other) the words' sum.
 */
export function ngramScores(wordsOfText: readonly string[]): Float64Array {
  const { grams, uniques } = tables();
  const total = new Float64Array(COLUMNS);
  const word = new Float64Array(COLUMNS);
  let words = 0;
  for (const raw of wordsOfText) {
    if (++words > MAX_WORDS) break;
    const padded = ` ${raw} `;
    const stripped = NON_ASCII.test(padded) ? padded.normalize("NFD").replace(MARKS, "") : padded;
    word.fill(0);
    for (let n = 1; n <= MAX_GRAM; n++) {
      for (let at = 0; at + n <= stripped.length; at++) {
        const row = grams.get(stripped.slice(at, at + n));
        if (row) for (let k = 0; k < COLUMNS; k++) word[k]! += (row[k]! * n) / MAX_GRAM;
      }
      if (n >= 2) {
        for (let at = 0; at + n <= padded.length; at++) {
          const column = uniques.get(padded.slice(at, at + n));
          if (column !== undefined) total[column]! += UNIQUE_WEIGHT;
        }
      }
    }
    let best = 0;
    for (let k = 0; k < COLUMNS; k++) if (word[k]! > best) best = word[k]!;
    if (best > 0) for (let k = 0; k < COLUMNS; k++) total[k]! += word[k]! / best;
  }
  return total;
}
