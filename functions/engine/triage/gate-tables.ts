import type { Cue } from "./cue.ts";
import { LEXICON } from "./lexicon.ts";
import { type Gate, gatesOf, KeyedLists, type KeyedListsData } from "./required-words.ts";

/**
 * Which cues run on which words (see required-words.ts), as the finder reads them: worked out from the
 * patterns by the build and written compactly to generated/cue-gates.ts (see CompactGates), so start-up
 * reads a few strings instead of parsing every pattern.
 */
export interface GateTables {
  /** Cues that cannot be gated: they run on every clause. */
  ungated: number[];
  /** Per gate, the cue it opens. */
  gateCue: number[];
  /** The gates that open only when a second key is also in the clause. */
  needsSecond: number[];
  first: KeyedListsData<number>;
  second: KeyedListsData<number>;
}

/**
 * What the build writes: per cue, its gates separated by ";", each its first keys then, after "/", its
 * second keys, space-separated; null when the cue cannot be gated. A key is written as its word: its
 * length says its kind (1–2 letters a whole word, 3 or 4 the start of one).
 */
export interface CompactGates {
  /** Each cue's template length, in order, and each lexicon list's: the gates serve only the cues they were built from. */
  templateLengths: number[];
  lexiconLengths: Record<string, number>;
  gates: (string | null)[];
}

/** Works the tables out from the cues' patterns (what the build does). */
export function buildGateTables(cues: readonly Cue<string>[]): GateTables {
  return tablesOf(cues, cues.map((cue) => gatesOf(cue.source)));
}

/** The compact form of the cues' gates, for the generated module. */
export function compactGates(cues: readonly Cue<string>[]): CompactGates {
  const words = (keys: readonly string[]) => keys.map((key) => key.slice(2)).join(" ");
  return {
    templateLengths: cues.map((cue) => cue.template.length),
    lexiconLengths: lexiconLengths(),
    gates: cues.map((cue) => gatesOf(cue.source)?.map((gate) => words(gate.first) + (gate.second ? `/${words(gate.second)}` : "")).join(";") ?? null),
  };
}

function keysOf(words: string): string[] {
  return words.split(" ").map((word) => `${word.length >= 4 ? "4" : word.length === 3 ? "3" : "w"}:${word}`);
}

function expandGates(compact: string | null): Gate[] | null {
  if (compact === null) return null;
  return compact.split(";").map((gate) => {
    const [first, second] = gate.split("/");
    return { first: keysOf(first!), second: second === undefined ? null : keysOf(second) };
  });
}

function tablesOf(cues: readonly Cue<string>[], gatesPerCue: readonly (Gate[] | null)[]): GateTables {
  const first = new KeyedLists<number>();
  const second = new KeyedLists<number>();
  const tables: Omit<GateTables, "first" | "second"> = { ungated: [], gateCue: [], needsSecond: [] };
  cues.forEach((_, id) => {
    const gates = gatesPerCue[id];
    if (!gates) {
      tables.ungated.push(id);
      return;
    }
    for (const gate of gates) {
      const gateId = tables.gateCue.length;
      tables.gateCue.push(id);
      if (gate.second) tables.needsSecond.push(gateId);
      for (const key of gate.first) first.add(key, gateId);
      for (const key of gate.second ?? []) second.add(key, gateId);
    }
  });
  return { ...tables, first: first.data, second: second.data };
}

function lexiconLengths(): Record<string, number> {
  return Object.fromEntries(Object.entries(LEXICON).map(([name, words]) => [name, words.length]));
}

/**
 * The tables from the build's compact gates when they were built from these cues (as many, with templates
 * and lexicon lists of the same lengths; `npm test` checks they are current), else worked out now: an added,
 * removed or lengthened cue is never gated on stale words, it only makes the first answer slower. Checking
 * lengths rather than sources leaves the patterns unexpanded and uncompiled until a message needs them.
 */
export function gateTablesFor(cues: readonly Cue<string>[], built: CompactGates | undefined): GateTables {
  const fits =
    built !== undefined &&
    built.templateLengths.length === cues.length &&
    cues.every((cue, id) => built.templateLengths[id] === cue.template.length) &&
    Object.entries(lexiconLengths()).every(([name, length]) => built.lexiconLengths[name] === length) &&
    Object.keys(built.lexiconLengths).length === Object.keys(LEXICON).length;
  return fits ? tablesOf(cues, built.gates.map(expandGates)) : buildGateTables(cues);
}
