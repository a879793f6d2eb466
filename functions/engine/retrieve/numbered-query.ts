import { wordKey } from "../word-key.ts";
import { ENGLISH_ANALYZER } from "./analyzer.ts";
import { hasTerm, type Scored, type TermPostings, termPostings } from "./bm25.ts";
import { closestTerm } from "./fuzzy.ts";
import { PAIR_ONLY } from "./lexicon.ts";
import { CHANGES, CONTEXT_WEIGHT, FOCUS_WEIGHT, QUESTION_WEIGHT, STALE_WEIGHT, splitAtTurns } from "./query.ts";
import { queryWindow, type Ranking, type Searchable } from "./rank.ts";
import { MIN_SCORE, MIN_SCORE_PRONOUN, MIN_SCORE_UNANCHORED } from "./threshold.ts";
import { NEGATION_REACH, PAIR_TRANSPARENT, preparedWithTurns, stemsOf } from "./tokenise.ts";

/*
 * `scoreAll(text, [searchable])` for English, with the index's terms as numbers: each word of the prepared text is
 * looked up once (its stems, typo-corrected against the index, remembered as numbers with what the query needs to
 * know of them), the pairs are found by their two stems' numbers instead of a string made for each, and the query is
 * a list of term numbers in the order `buildQuery` first meets them, so BM25 adds the same products in the same order
 * (test/functions/engine/retrieve/numbered-query.test.ts compares both on every corpus text, bit for bit).
 */

/** A stem's code: its number in the index plus 1 (0 when no term of the index holds it) above these flags. */
const PAIR_ONLY_FLAG = 1;
const NOT_FLAG = 2;
const TRANSPARENT_FLAG = 4;
/** The stem places the message in therapy (`ENGLISH_ANALYZER.anchors`); no PAIR_ONLY stem does (a test checks). */
const ANCHOR_FLAG = 8;
const FLAG_BITS = 4;

const WORD = /[a-z]+/g;
/** Words recur from message to message: their codes, remembered up to a bound (short words, copied keys). */
const MAX_REMEMBERED_WORDS = 20_000;

interface NumberedIndex {
  searchable: Searchable;
  /** Per stem that a term of the index holds (a word, or either half of a pair), its number. */
  stemNumbers: Map<string, number>;
  stemCount: number;
  /** Per stem number, the term number of the stem as a word (-1: only in pairs). */
  wordTerm: Int32Array;
  /** Open-addressed pairs: key first stem × stemCount + second, -1 where empty; the term number beside it. */
  pairKeys: Int32Array;
  pairTerms: Int32Array;
  pairBits: number;
  /** Per term number, its postings. */
  postings: TermPostings[];
  /** Per raw word of prepared text, its stems' codes. */
  codesByWord: Map<string, Int32Array>;
  /** Per term number, the message it was last added for, and its place in that message's query. */
  stampOf: Int32Array;
  placeOf: Int32Array;
  stamp: number;
}

const numbered = new WeakMap<Searchable, NumberedIndex | null>();

const pairSlot = (key: number, bits: number) => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

function numberedIndex(searchable: Searchable): NumberedIndex | null {
  let table = numbered.get(searchable);
  if (table === undefined) numbered.set(searchable, (table = buildNumberedIndex(searchable)));
  return table;
}

function buildNumberedIndex(searchable: Searchable): NumberedIndex | null {
  const { index } = searchable;
  const terms = Object.keys(index.postings);
  const stemNumbers = new Map<string, number>();
  const numberOf = (stem: string) => {
    let number = stemNumbers.get(stem);
    if (number === undefined) stemNumbers.set(stem, (number = stemNumbers.size));
    return number;
  };
  const words: [number, number][] = [];
  const pairs: [number, number, number][] = [];
  terms.forEach((term, number) => {
    const space = term.indexOf(" ");
    if (space < 0) words.push([numberOf(term), number]);
    else pairs.push([numberOf(term.slice(0, space)), numberOf(term.slice(space + 1)), number]);
  });
  const stemCount = stemNumbers.size;
  // Pair keys must stay below 2^31; an index this large (none is) is scored with strings.
  if (stemCount * stemCount >= 2 ** 31) return null;
  const wordTerm = new Int32Array(stemCount).fill(-1);
  for (const [stem, term] of words) wordTerm[stem] = term;
  let pairBits = 4;
  while (1 << pairBits < 4 * pairs.length) pairBits++;
  const pairKeys = new Int32Array(1 << pairBits).fill(-1);
  const pairTerms = new Int32Array(1 << pairBits);
  const mask = (1 << pairBits) - 1;
  for (const [first, second, term] of pairs) {
    const key = first * stemCount + second;
    let slot = pairSlot(key, pairBits);
    while (pairKeys[slot] !== -1) slot = (slot + 1) & mask;
    pairKeys[slot] = key;
    pairTerms[slot] = term;
  }
  return {
    searchable,
    stemNumbers,
    stemCount,
    wordTerm,
    pairKeys,
    pairTerms,
    pairBits,
    postings: terms.map((term) => termPostings(index, term)!),
    codesByWord: new Map(),
    stampOf: new Int32Array(terms.length),
    placeOf: new Int32Array(terms.length),
    stamp: 0,
  };
}

/** The term number of the pair of two stems' codes, or -1 (a stem the index lacks forms no pair it holds). */
function pairTerm(table: NumberedIndex, first: number, second: number): number {
  const a = (first >> FLAG_BITS) - 1;
  const b = (second >> FLAG_BITS) - 1;
  if (a < 0 || b < 0) return -1;
  const key = a * table.stemCount + b;
  const { pairKeys, pairBits } = table;
  const mask = pairKeys.length - 1;
  for (let slot = pairSlot(key, pairBits); ; slot = (slot + 1) & mask) {
    const found = pairKeys[slot]!;
    if (found === key) return table.pairTerms[slot]!;
    if (found === -1) return -1;
  }
}

/** `understand`'s typo correction against one source. */
function corrected(stem: string, { index, vocabulary }: Searchable): string {
  if (hasTerm(index, stem)) return stem;
  return closestTerm(stem, vocabulary) ?? stem;
}

function codeOf(table: NumberedIndex, stem: string): number {
  const number = table.stemNumbers.get(stem);
  let flags = 0;
  if (PAIR_ONLY.has(stem)) flags |= PAIR_ONLY_FLAG;
  if (stem === "not") flags |= NOT_FLAG;
  if (PAIR_TRANSPARENT.has(stem)) flags |= TRANSPARENT_FLAG;
  if (ENGLISH_ANALYZER.anchors(stem)) flags |= ANCHOR_FLAG;
  return ((number === undefined ? 0 : number + 1) << FLAG_BITS) | flags;
}

/** The codes of the stems a raw word of prepared text stands for, corrected against the index. */
function codesOf(table: NumberedIndex, raw: string): Int32Array {
  const remembered = table.codesByWord.get(raw);
  if (remembered) return remembered;
  const stems = stemsOf(raw);
  const codes = new Int32Array(stems.length);
  for (let i = 0; i < stems.length; i++) codes[i] = codeOf(table, corrected(stems[i]!, table.searchable));
  const key = table.codesByWord.size < MAX_REMEMBERED_WORDS ? wordKey(raw) : null;
  if (key) table.codesByWord.set(key, codes);
  return codes;
}

/** Scratch space reused from message to message: the stems' codes, the sentences, the query. */
let codes = new Int32Array(256);
let sentenceStarts = new Int32Array(16);
let sentenceEnds = new Int32Array(16);
let sentenceFlags = new Uint8Array(16);
const QUESTION = 1;
const STALE = 2;
let queryTerms = new Int32Array(256);
let queryWeights = new Float64Array(256);
let queryLength = 0;

function grownInt32(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Int32Array(Math.max(length, 2 * array.length));
  grown.set(array);
  return grown;
}

/** `query.set(term, weight)` unless the query holds it at least as heavy: a new term goes last. */
function addTerm(table: NumberedIndex, term: number, weight: number): void {
  if (table.stampOf[term] === table.stamp) {
    const place = table.placeOf[term]!;
    if (queryWeights[place]! < weight) queryWeights[place] = weight;
    return;
  }
  if (queryLength === queryTerms.length) {
    queryTerms = grownInt32(queryTerms, queryLength + 1);
    const weights = new Float64Array(queryTerms.length);
    weights.set(queryWeights);
    queryWeights = weights;
  }
  table.stampOf[term] = table.stamp;
  table.placeOf[term] = queryLength;
  queryTerms[queryLength] = term;
  queryWeights[queryLength] = weight;
  queryLength++;
}

function addPair(table: NumberedIndex, first: number, second: number, weight: number): void {
  const term = pairTerm(table, first, second);
  if (term >= 0) addTerm(table, term, weight);
}

/** A sentence's words and pairs (`terms` and `bigrams`, in their order) that the index holds, into the query. */
function addSentence(table: NumberedIndex, start: number, end: number, weight: number): void {
  for (let i = start; i < end; i++) {
    const code = codes[i]!;
    if (code & PAIR_ONLY_FLAG) continue;
    const stem = (code >> FLAG_BITS) - 1;
    if (stem >= 0 && table.wordTerm[stem]! >= 0) addTerm(table, table.wordTerm[stem]!, weight);
  }
  for (let i = start + 1; i < end; i++) addPair(table, codes[i - 1]!, codes[i]!, weight);
  for (let i = start; i < end; i++) {
    if (!(codes[i]! & NOT_FLAG)) continue;
    const reach = Math.min(end, i + 1 + NEGATION_REACH);
    for (let next = i + 1; next < reach; next++) if (!(codes[next]! & NOT_FLAG)) addPair(table, codes[i]!, codes[next]!, weight);
  }
  let previous = 0;
  let hasPrevious = false;
  let skipped = false;
  for (let i = start; i < end; i++) {
    const code = codes[i]!;
    if (code & TRANSPARENT_FLAG) {
      skipped = true;
      continue;
    }
    if (skipped && hasPrevious) addPair(table, previous, code, weight);
    previous = code;
    hasPrevious = true;
    skipped = false;
  }
}

/** Every document's score, in the index's order, and the threshold. */
export interface DocumentScores {
  scores: Float64Array;
  threshold: number;
}

/**
 * `scoreAll(text, [searchable])` with English's analyzer, the same scores to the bit and the same threshold, or
 * null for an index too large to number (then use `scoreAll`).
 */
export function numberedRanking(text: string, searchable: Searchable): Ranking | null {
  const found = numberedScores(text, searchable);
  if (!found) return null;
  const { ids } = searchable.index;
  const scored: Scored[] = [];
  for (let document = 0; document < ids.length; document++) scored.push({ id: ids[document]!, score: found.scores[document]! });
  return { scored, threshold: found.threshold };
}

/** `numberedRanking`'s scores as numbers in the index's order, without an object per document. */
export function numberedScores(text: string, searchable: Searchable): DocumentScores | null {
  const table = numberedIndex(searchable);
  if (!table) return null;
  const { prepared, turnsAtWords } = preparedWithTurns(queryWindow(text));
  const parts = splitAtTurns(prepared, turnsAtWords);
  let length = 0;
  let sentences = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (!part) continue;
    if (index % 2 === 1) {
      if (sentences > 0 && part.includes("?")) sentenceFlags[sentences - 1]! |= QUESTION;
      if (CHANGES.test(part)) for (let sentence = 0; sentence < sentences; sentence++) sentenceFlags[sentence]! |= STALE;
      continue;
    }
    const start = length;
    for (const raw of part.match(WORD) ?? []) {
      const found = codesOf(table, raw);
      if (found.length === 0) continue;
      if (length + found.length > codes.length) codes = grownInt32(codes, length + found.length);
      if (found.length === 1) codes[length++] = found[0]!;
      else for (let i = 0; i < found.length; i++) codes[length++] = found[i]!;
    }
    if (length === start) continue;
    if (sentences === sentenceStarts.length) {
      sentenceStarts = grownInt32(sentenceStarts, sentences + 1);
      sentenceEnds = grownInt32(sentenceEnds, sentences + 1);
      const flags = new Uint8Array(sentenceStarts.length);
      flags.set(sentenceFlags);
      sentenceFlags = flags;
    }
    sentenceStarts[sentences] = start;
    sentenceEnds[sentences] = length;
    sentenceFlags[sentences] = 0;
    sentences++;
  }
  queryLength = 0;
  if (++table.stamp === 2 ** 31 - 1) {
    table.stampOf.fill(0);
    table.stamp = 1;
  }
  let anchored = false;
  if (sentences > 0) {
    let focus = sentences - 1;
    for (let sentence = sentences - 1; sentence >= 0; sentence--) {
      if (sentenceFlags[sentence]! & QUESTION) {
        focus = sentence;
        break;
      }
    }
    const focusIsThin = sentenceEnds[focus]! - sentenceStarts[focus]! < 2;
    for (let sentence = 0; sentence < sentences; sentence++) {
      const flags = sentenceFlags[sentence]!;
      const weight = sentence === focus ? FOCUS_WEIGHT : flags & STALE ? STALE_WEIGHT : flags & QUESTION || focusIsThin ? QUESTION_WEIGHT : CONTEXT_WEIGHT;
      const start = sentenceStarts[sentence]!;
      const end = sentenceEnds[sentence]!;
      if (weight >= CONTEXT_WEIGHT && !anchored) for (let i = start; i < end && !anchored; i++) anchored = (codes[i]! & ANCHOR_FLAG) !== 0;
      addSentence(table, start, end, weight);
    }
  }
  const { ids } = searchable.index;
  const scores = new Float64Array(ids.length);
  for (let k = 0; k < queryLength; k++) {
    const { documents, saturated, idfAlone } = table.postings[queryTerms[k]!]!;
    const weight = queryWeights[k]!;
    for (let i = 0; i < documents.length; i++) {
      const document = documents[i]!;
      scores[document] = scores[document]! + weight * idfAlone * saturated[i]!;
    }
  }
  const threshold = anchored ? MIN_SCORE : ENGLISH_ANALYZER.pronoun.test(text) ? MIN_SCORE_PRONOUN : MIN_SCORE_UNANCHORED;
  return { scores, threshold };
}
