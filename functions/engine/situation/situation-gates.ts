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

/** One way a pattern can match: a text must hold a word of `first`, and of `second` when there is one. */
interface WordGate {
  first: readonly string[];
  second: readonly string[] | null;
}

/** The words a text answers to, as gate words are written: a token of 1–2 characters whole, a longer one's first 3 and 4 characters. */
export type TextWords = ReadonlySet<string>;

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
export function situationGatesFor(cues: readonly SituationCue[], built: CompactSituationGates): Map<SituationCue, readonly WordGate[]> | null {
  if (built.gates.length !== cues.length || built.fingerprint !== situationCuesFingerprint(cues)) return null;
  const byCue = new Map<SituationCue, readonly WordGate[]>();
  built.gates.forEach((compact, id) => {
    if (compact === null) return;
    byCue.set(
      cues[id]!,
      compact.split(";").map((gate) => {
        const slash = gate.indexOf("/");
        return slash < 0 ? { first: gate.split(" "), second: null } : { first: gate.slice(0, slash).split(" "), second: gate.slice(slash + 1).split(" ") };
      }),
    );
  });
  return byCue;
}

let tables: Map<SituationCue, readonly WordGate[]> | null | undefined;

/** The build's tables, read on the first crisis message (null when stale). */
export function situationGates(): Map<SituationCue, readonly WordGate[]> | null {
  if (tables === undefined) tables = situationGatesFor(ALL_SITUATION_CUES, SITUATION_GATES);
  return tables;
}

/** Whether a token character as the regex engine's \b sees it (a–z, 0–9, "_"; the text is folded to lower case). */
function isTokenChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || (code >= 65 && code <= 90);
}

/** The words the text's tokens answer to (see `TextWords`). Upper-case letters are kept as they are: no gate word has one. */
export function textWords(text: string): TextWords {
  const words = new Set<string>();
  let at = 0;
  while (at < text.length) {
    while (at < text.length && !isTokenChar(text.charCodeAt(at))) at++;
    const start = at;
    while (at < text.length && isTokenChar(text.charCodeAt(at))) at++;
    const length = at - start;
    if (length === 0) break;
    if (length <= 2) words.add(text.slice(start, at));
    else {
      words.add(text.slice(start, start + 3));
      if (length >= 4) words.add(text.slice(start, start + 4));
    }
  }
  return words;
}

/** Whether the cue can match a text holding these words (true when it has no gates). */
export function gateOpen(gates: Map<SituationCue, readonly WordGate[]> | null, cue: SituationCue, words: TextWords): boolean {
  const cueGates = gates?.get(cue);
  if (!cueGates) return true;
  return cueGates.some((gate) => gate.first.some((word) => words.has(word)) && (gate.second === null || gate.second.some((word) => words.has(word))));
}
