/**
 * Which situation cues can match a text, by the words their patterns cannot match without (the triage cues'
 * gates, functions/engine/triage/required-words.ts). The build works them out (`npm run build:triage`,
 * situation-gates-build.ts) into generated/situation-gates.ts, so the Worker neither parses the patterns nor
 * ships the parser. A cue whose gates are all closed on a text cannot match it, so skipping it changes nothing.
 */
import { SITUATION_GATES } from "./generated/situation-gates.ts";
import { ALL_SITUATION_CUES, type SituationCue } from "./situation-cues.ts";

/** Per cue, in `ALL_SITUATION_CUES`' order: its gates written "first words/second words;…", or null when it cannot be gated. */
export interface CompactSituationGates {
  fingerprint: number;
  gates: readonly (string | null)[];
}

/** One way a pattern can match: a text must hold a word of `first`, and of `second` when there is one (words by their index). */
interface WordGate {
  first: readonly number[];
  second: readonly number[] | null;
}

/**
 * The tables as the Worker reads them: each gated cue's gates, and every gate word's index by its packed form, in an
 * open-addressed table (`keys`, -1 where empty; `indexes` beside it) small enough to stay in the CPU's first cache.
 */
export interface SituationGates {
  byCue: Map<SituationCue, readonly WordGate[]>;
  /** How many gate words there are (the length of a `TextWords`). */
  wordCount: number;
  keys: Int32Array;
  indexes: Uint16Array;
  /** Where a clause's words are read, reused from clause to clause (`textWords`' `into`). */
  clauseWords: Uint8Array;
}

/** A packed word's first slot in a table of 2 ** `bits` slots. */
function slot(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/**
 * Which gate words a text holds, by index: 1 when it does. A word is what a token answers to, as gate words are
 * written: a token of 1–2 characters whole, a longer one's first 3 and 4 characters.
 */
export type TextWords = Uint8Array;

/** A word of 1–4 token characters (all below 128) as one small integer: 7 bits a character, then its length. */
function packed(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i++) value = (value << 7) | text.charCodeAt(start + i);
  return value + (length - 1) * 2 ** 28;
}

/** FNV-1a over every situation cue's pattern and flags, in order: any edit gives another, so stale tables are never used. */
export function situationCuesFingerprint(cues: readonly SituationCue[]): number {
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0, 0x01000193) >>> 0;
  };
  mix(String(cues.length));
  for (const cue of cues) {
    mix(cue.pattern.source);
    mix(cue.pattern.flags);
  }
  return hash;
}

/** Each cue's gates when the tables were built from these cues, else null (then every cue runs, finding the same). */
export function situationGatesFor(cues: readonly SituationCue[], built: CompactSituationGates): SituationGates | null {
  if (built.gates.length !== cues.length || built.fingerprint !== situationCuesFingerprint(cues)) return null;
  const wordIndex = new Map<number, number>();
  const indexOf = (word: string) => {
    const key = packed(word, 0, word.length);
    let index = wordIndex.get(key);
    if (index === undefined) wordIndex.set(key, (index = wordIndex.size));
    return index;
  };
  const byCue = new Map<SituationCue, readonly WordGate[]>();
  built.gates.forEach((compact, id) => {
    if (compact === null) return;
    byCue.set(
      cues[id]!,
      compact.split(";").map((gate) => {
        const slash = gate.indexOf("/");
        const words = (list: string) => list.split(" ").map(indexOf);
        return slash < 0 ? { first: words(gate), second: null } : { first: words(gate.slice(0, slash)), second: words(gate.slice(slash + 1)) };
      }),
    );
  });
  // At most a quarter full: a token whose words are none of these (most) meets an empty slot at once.
  let bits = 4;
  while (2 ** bits < 4 * wordIndex.size) bits++;
  const keys = new Int32Array(2 ** bits).fill(-1);
  const indexes = new Uint16Array(2 ** bits);
  const mask = 2 ** bits - 1;
  for (const [key, index] of wordIndex) {
    let at = slot(key, bits);
    while (keys[at] !== -1) at = (at + 1) & mask;
    keys[at] = key;
    indexes[at] = index;
  }
  return { byCue, wordCount: wordIndex.size, keys, indexes, clauseWords: new Uint8Array(wordIndex.size) };
}

let tables: SituationGates | null | undefined;

/** The build's tables, read on the first crisis message (null when stale). */
export function situationGates(): SituationGates | null {
  if (tables === undefined) tables = situationGatesFor(ALL_SITUATION_CUES, SITUATION_GATES);
  return tables;
}

/** Whether a token character as the regex engine's \b sees it (a–z, 0–9, "_"; the text is folded to lower case). */
function isTokenChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || (code >= 65 && code <= 90);
}

/**
 * The gate words the text's tokens answer to (see `TextWords`), written into `into` when given (cleared first), and
 * also into `also` when given (not cleared: a union over several texts). Upper-case letters stay as they are: no gate
 * word has one.
 */
export function textWords(text: string, gates: SituationGates, into?: Uint8Array, also?: Uint8Array): TextWords {
  const words = into ? into.fill(0) : new Uint8Array(gates.wordCount);
  const bits = 31 - Math.clz32(gates.keys.length);
  const end = text.length;
  let at = 0;
  while (at < end) {
    let code = text.charCodeAt(at);
    if (!isTokenChar(code)) {
      at++;
      continue;
    }
    // The token's first characters packed as they are read (see `packed`): the first three, and the first four.
    let value = 0;
    let three = 0;
    let length = 0;
    do {
      if (length < 4) {
        value = (value << 7) | code;
        if (length === 2) three = value;
      }
      length++;
      code = ++at < end ? text.charCodeAt(at) : 0;
    } while (isTokenChar(code));
    if (length <= 2) mark(words, gates, bits, value + (length - 1) * 2 ** 28, also);
    else {
      mark(words, gates, bits, three + 2 * 2 ** 28, also);
      if (length >= 4) mark(words, gates, bits, value + 3 * 2 ** 28, also);
    }
  }
  return words;
}

/** Marks the packed word when it is a gate word. */
function mark(words: TextWords, { keys, indexes }: SituationGates, bits: number, key: number, also: TextWords | undefined): void {
  const mask = keys.length - 1;
  for (let at = slot(key, bits); keys[at] !== -1; at = (at + 1) & mask) {
    if (keys[at] === key) {
      words[indexes[at]!] = 1;
      if (also) also[indexes[at]!] = 1;
      return;
    }
  }
}

/** Whether the cue can match a text holding these words (true when it has no gates). */
export function gateOpen(gates: SituationGates, cue: SituationCue, words: TextWords): boolean {
  const cueGates = gates.byCue.get(cue);
  if (!cueGates) return true;
  for (const gate of cueGates) if (holdsAny(gate.first, words) && (gate.second === null || holdsAny(gate.second, words))) return true;
  return false;
}

function holdsAny(list: readonly number[], words: TextWords): boolean {
  for (let i = 0; i < list.length; i++) if (words[list[i]!] === 1) return true;
  return false;
}
