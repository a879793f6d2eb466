import { FNV_OFFSET, fnvStep } from "../fnv.ts";

/**
 * Word unigrams and bigrams and character 3–5-grams hashed into a fixed number of buckets (FNV-1a),
 * so misspellings, slang and new words still share pieces with words seen in training.
 */
const WORD_SEED = 0x9e3779b1;
const PAIR_SEED = 0x85ebca6b;
const CHAR_SEED = 0xc2b2ae35;
const MIN_GRAM = 3;
const MAX_GRAM = 5;
/** Long words (a run of letters without spaces) give their n-grams from this many characters at most. */
const MAX_GRAM_WORD = 24;

function hashWord(seed: number, word: string): number {
  let hash = FNV_OFFSET ^ seed;
  for (let i = 0; i < word.length; i++) hash = fnvStep(hash, word.charCodeAt(i));
  return hash >>> 0;
}

/** A word's own hashes: its unigram and its character n-grams (with a space at each end). */
export interface WordHashes {
  unigram: number;
  chars: Uint32Array;
}

/** Worked out once a word by the scorer's word table (word-table.ts). */
export function wordHashes(word: string): WordHashes {
  const letters = word.length > MAX_GRAM_WORD ? word.slice(0, MAX_GRAM_WORD) : word;
  const length = letters.length + 2;
  const codeAt = (i: number) => (i === 0 || i === length - 1 ? 32 : letters.charCodeAt(i - 1));
  const chars: number[] = [];
  for (let start = 0; start + MIN_GRAM <= length; start++) {
    let hash = FNV_OFFSET ^ CHAR_SEED;
    for (let i = start; i < start + MAX_GRAM && i < length; i++) {
      hash = fnvStep(hash, codeAt(i));
      if (i - start + 1 >= MIN_GRAM) chars.push(hash >>> 0);
    }
  }
  return { unigram: hashWord(WORD_SEED, word), chars: Uint32Array.from(chars) };
}

/** A word pair's hash, from the two words' unigram hashes. */
export function pairHash(first: number, second: number): number {
  return fnvStep(fnvStep(FNV_OFFSET ^ PAIR_SEED, first), second) >>> 0;
}
