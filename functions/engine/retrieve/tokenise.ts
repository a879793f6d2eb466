import { stemmer } from "stemmer";
import { MarkerTable } from "../marker-table.ts";
import { CHAT_SHORTHAND } from "../normalise/shorthand.ts";
import { hasTripledLetter } from "../normalise/squeeze-repeats.ts";
import { wordKey } from "../word-key.ts";
import { ABBREVIATIONS, CHANGE_WORDS, PAIR_ONLY, PHRASES, QUESTION_WORDS, SPELLING, STOPWORDS, SYNONYMS, UNSTEMMED } from "./lexicon.ts";

/** Each contraction with the letter after the apostrophe that every match holds ("t" in "can't", "won't" and "n't"). */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\bcan't\b/g, "can not", "t"],
  [/\bwon't\b/g, "will not", "t"],
  [/n't\b/g, " not", "t"],
  [/'re\b/g, " are", "r"],
  [/'m\b/g, " am", "m"],
  [/'ve\b/g, " have", "v"],
  [/'ll\b/g, " will", "l"],
  [/'d\b/g, " would", "d"],
  [/'s\b/g, "", "s"],
];

/**
 * The letters a–z that follow an apostrophe in the text, one bit each. The contractions' replacements hold no
 * apostrophe and put no letter after one that a later contraction needs, so the bits read before the first one
 * still say which can match.
 */
function lettersAfterApostrophes(text: string): number {
  let letters = 0;
  for (let at = text.indexOf("'"); at >= 0; at = text.indexOf("'", at + 1)) {
    const letter = text.charCodeAt(at + 1) - 97;
    if (letter >= 0 && letter < 26) letters |= 1 << letter;
  }
  return letters;
}

const letterBit = (letter: string) => 1 << (letter.charCodeAt(0) - 97);

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Folds text to lower-case words with apostrophes, shorthand and stretched letters ("sooo") undone.
 * `gated: false` runs every contraction and phrase rule whatever its markers (a test checks the markers change nothing).
 */
export function prepareText(text: string, { gated = true }: { gated?: boolean } = {}): string {
  return prepare(text, gated).prepared;
}

/**
 * `prepareText`, and whether the prepared text holds one of the words where a message turns ("anyway", "my question
 * is": what `splitAtTurns` looks for), found in the same pass as the phrase rules' markers.
 */
export function preparedWithTurns(text: string): { prepared: string; turnsAtWords: boolean } {
  return prepare(text, true);
}

function prepare(text: string, gated: boolean): { prepared: string; turnsAtWords: boolean } {
  // NFKC leaves plain ASCII as it is: most messages skip it.
  let prepared = (NON_ASCII.test(text) ? text.normalize("NFKC") : text).toLowerCase().replace(/[’‘`´]/g, "'");
  if (hasTripledLetter(prepared)) prepared = prepared.replace(/([a-z])\1{2,}/g, "$1");
  // Every contraction has an apostrophe and a letter after it: most messages need few of these passes, or none.
  const letters = lettersAfterApostrophes(prepared);
  for (const [pattern, replacement, letter] of CONTRACTIONS) {
    if (!gated || letters & letterBit(letter)) prepared = prepared.replace(pattern, replacement);
  }
  let marked = gated ? PHRASE_MARKERS.marked(prepared) : undefined;
  for (let rule = 0; rule < PHRASES.length; rule++) {
    if (marked && GATED[rule] && !marked[rule] && !holdsPatternMarker(rule, prepared)) continue;
    const replaced = prepared.replace(PHRASE_PATTERNS[rule]!, PHRASE_REPLACEMENTS[rule]!);
    // A rewrite can bring in a later rule's marker: the new text's are looked for again.
    if (marked && replaced !== prepared) marked = PHRASE_MARKERS.marked(replaced);
    prepared = replaced;
  }
  // The last marks are the final text's (each rewrite was looked at again).
  const turnsAtWords = (marked ?? PHRASE_MARKERS.marked(prepared))[TURNING_RULE] === 1;
  return { prepared, turnsAtWords };
}

/** The rules' patterns and replacements, read by number (no destructuring a rule per message). */
const PHRASE_PATTERNS = PHRASES.map(([pattern]) => pattern);
const PHRASE_REPLACEMENTS = PHRASES.map(([, replacement]) => replacement);

function holdsPatternMarker(rule: number, text: string): boolean {
  const markers = PATTERN_MARKERS[rule]!;
  for (let at = 0; at < markers.length; at++) if (markers[at]!.test(text)) return true;
  return false;
}

/** A rule without markers runs on every text. */
const GATED = PHRASES.map(([, , markers]) => markers !== undefined);
/** The phrase rules' string markers, found in one pass over the text, and their pattern markers, each tested on it. */
const PHRASE_MARKERS = new MarkerTable([
  ...PHRASES.map(([, , markers]) => (markers ?? []).filter((marker): marker is string => typeof marker === "string")),
  [...CHANGE_WORDS, ...QUESTION_WORDS],
]);
/** The turning words' place in PHRASE_MARKERS, after the rules'. */
const TURNING_RULE = PHRASES.length;
const PATTERN_MARKERS = PHRASES.map(([, , markers]) => (markers ?? []).filter((marker): marker is RegExp => marker instanceof RegExp));

/** A table's own entry: a word such as "constructor" must not find what every object inherits. */
export function entry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The content words of a span of text, spelled one way and stemmed: what the index and queries share. */
export function tokenise(text: string): string[] {
  return tokenisePrepared(prepareText(text));
}

/** `tokenise` for text already through `prepareText` (a message is prepared once, then split into sentences). */
export function tokenisePrepared(prepared: string): string[] {
  const stems: string[] = [];
  for (const raw of prepared.match(WORD) ?? []) {
    const found = stemsOf(raw);
    if (found.length === 1) stems.push(found[0]!);
    else if (found.length > 1) stems.push(...found);
  }
  return stems;
}

const WORD = /[a-z]+/g;
const NO_STEMS: readonly string[] = [];
/** Words recur from message to message: their stems, remembered up to a bound (short words, copied: never messages). */
const stemsByWord = new Map<string, readonly string[]>();
const MAX_REMEMBERED_WORDS = 20_000;

/** The stems one word of prepared text stands for (none for a stopword, two for "im"). */
export function stemsOf(raw: string): readonly string[] {
  const remembered = stemsByWord.get(raw);
  if (remembered) return remembered;
  // Worked out from the key, a copy, so that the stems kept do not point into the message either.
  const key = stemsByWord.size < MAX_REMEMBERED_WORDS ? wordKey(raw) : null;
  const stems = stemsFor(key ?? raw);
  if (key) stemsByWord.set(key, stems);
  return stems;
}

function stemsFor(raw: string): readonly string[] {
  const found: string[] = [];
  for (const word of (entry(CHAT_SHORTHAND, raw) ?? entry(ABBREVIATIONS, raw) ?? raw).split(" ")) {
    if (!word || STOPWORDS.has(word)) continue;
    const spelled = entry(SPELLING, word) ?? word;
    const canonical = entry(SYNONYMS, spelled) ?? spelled;
    if (STOPWORDS.has(canonical)) continue;
    found.push(UNSTEMMED.has(canonical) ? canonical : stemmer(canonical));
  }
  return found.length > 0 ? found : NO_STEMS;
}

/** Words nearly every message contains: pairs are also formed past them ("my therapist says we" ≈ "she says we"). */
export const PAIR_TRANSPARENT: ReadonlySet<string> = new Set(["therapist"]);

/** How far a "not" reaches: "don't feel like therapy is helping" pairs "not" with "help". */
export const NEGATION_REACH = 4;

/** Adjacent pairs of stems, so phrases like "say we" or "miss my therapist" count more than their words. */
export function bigrams(stems: readonly string[]): string[] {
  const pairs = new Set<string>();
  for (let i = 1; i < stems.length; i++) pairs.add(`${stems[i - 1]} ${stems[i]}`);
  stems.forEach((stem, i) => {
    if (stem !== "not") return;
    for (const next of stems.slice(i + 1, i + 1 + NEGATION_REACH)) if (next !== "not") pairs.add(`not ${next}`);
  });
  // Pairs formed past the transparent words: only those that skipped one are new (the others are adjacent pairs).
  let previous: string | undefined;
  let skipped = false;
  for (const stem of stems) {
    if (PAIR_TRANSPARENT.has(stem)) {
      skipped = true;
      continue;
    }
    if (skipped && previous !== undefined) pairs.add(`${previous} ${stem}`);
    previous = stem;
    skipped = false;
  }
  return [...pairs];
}

/** What a span of text is matched on: its words (less those that only count in pairs) and its pairs. */
export function terms(stems: readonly string[]): { words: string[]; pairs: string[] } {
  return { words: stems.filter((stem) => !PAIR_ONLY.has(stem)), pairs: bigrams(stems) };
}
