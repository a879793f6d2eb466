import { FNV_OFFSET, fnvStep } from "../fnv.ts";
import { wordKey } from "../word-key.ts";

/** Enough words to judge any message; a 4,000-character message has fewer. */
export const MAX_WORDS = 1_000;

const byMessage = new WeakMap<object, string[]>();

/** The words of a normalised message, worked out once for the scorer and retrieval's meaning. */
export function messageWords(message: { folded: string }): string[] {
  let words = byMessage.get(message);
  if (!words) byMessage.set(message, (words = scorerWords(message.folded)));
  return words;
}

/**
 * `joined`, the two messages end to end with a space between (no word runs across it), given its words from theirs:
 * exactly scorerWords(joined.folded), without reading the text again.
 */
export function joinedWords<Joined extends { folded: string }>(first: { folded: string }, second: { folded: string }, joined: Joined): Joined {
  const words = messageWords(first);
  byMessage.set(joined, words.length >= MAX_WORDS ? words : words.concat(messageWords(second)).slice(0, MAX_WORDS));
  return joined;
}

/**
 * Words as the scorer reads them: runs of letters, digits and apostrophes in the folded text, trailing apostrophes
 * trimmed. A hand loop (the regex was twice as slow) that hashes each word as it reads it and gives a word it has met
 * before as the same string (`WORDS`): no string is cut out for it, and the maps that look it up next (the scorer's word
 * table, the vectors' index) find its hash already worked out.
 */
export function scorerWords(folded: string): string[] {
  const words: string[] = [];
  let start = -1;
  let hash = 0;
  let end = 0;
  let endHash = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET | 0;
      }
      hash = fnvStep(hash, code);
      end = i + 1;
      endHash = hash;
    } else if (code === APOSTROPHE && start >= 0) {
      hash = fnvStep(hash, code);
    } else if (start >= 0) {
      words.push(WORDS.wordAt(folded, start, end, endHash));
      start = -1;
      if (words.length >= MAX_WORDS) return words;
    }
  }
  if (start >= 0) words.push(WORDS.wordAt(folded, start, end, endHash));
  return words;
}

const APOSTROPHE = 39;

/**
 * Words met before, each kept once as a short copy (wordKey: never a slice holding a member's message), found by their
 * hash in an open-addressed table. At most half full: when it is, it starts again empty (only speed depends on it).
 */
class WordStrings {
  private static readonly SLOTS = 1 << 15;
  private readonly hashes = new Int32Array(WordStrings.SLOTS);
  private strings: (string | undefined)[] = new Array(WordStrings.SLOTS).fill(undefined);
  private size = 0;

  /** `text.slice(start, end)`, whose FNV-1a hash is `hash`: the kept copy when there is one. */
  wordAt(text: string, start: number, end: number, hash: number): string {
    const length = end - start;
    const mask = WordStrings.SLOTS - 1;
    let slot = hash & mask;
    for (let known = this.strings[slot]; known !== undefined; known = this.strings[slot]) {
      if (this.hashes[slot] === hash && known.length === length && sameAt(text, start, known)) return known;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const key = wordKey(word);
    if (key === null) return word;
    if (this.size >= WordStrings.SLOTS >> 1) {
      this.strings = new Array(WordStrings.SLOTS).fill(undefined);
      this.size = 0;
      slot = hash & mask;
    }
    this.hashes[slot] = hash;
    this.strings[slot] = key;
    this.size++;
    return key;
  }
}

function sameAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

const WORDS = new WordStrings();
