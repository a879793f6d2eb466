import type { CompactGates, Lexicon } from "../../../shared/content/triage/cue-record.ts";
import type { Cue } from "./cue.ts";
import { KeyedLists } from "./keyed-lists.ts";

export type { CompactGates };

/**
 * Which cues run on which words (see required-words.ts), as the finder reads them. The build works
 * them out from the patterns (gates-build.ts) and writes them compactly into each pack's
 * generated/cue-gates.ts (shared/content/triage/<language>/), so
 * the Worker neither parses the patterns nor ships the parser.
 */
export interface GateTables {
  /** Cues that cannot be gated: they run on every clause. */
  ungated: number[];
  /** Per gate, the cue it opens. */
  gateCue: number[];
  /** The gates that open only when a second key is also in the clause. */
  needsSecond: number[];
  /** The gates each word key opens as a first key, and as a second key. */
  first: KeyedLists<number>;
  second: KeyedLists<number>;
}

/** One way a pattern can match: a clause must hold a key of `first`, and of `second` when there is one. */
export interface Gate {
  first: string[];
  second: string[] | null;
}

/**
 * A hash of every cue's template and every lexicon list, in order (FNV-1a over their characters): any
 * edit to a cue or a list gives another, so the tables are never used for patterns they were not built
 * from. About 100,000 characters, hashed once per isolate, on its first message.
 */
export function cuesFingerprint(cues: readonly Cue<string>[], lexicon: Lexicon): number {
  let hash = 0x811c9dc5;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0, 0x01000193) >>> 0;
  };
  mix(String(cues.length));
  for (const cue of cues) mix(cue.template);
  for (const [name, words] of Object.entries(lexicon)) {
    mix(name);
    mix(words);
  }
  return hash;
}

/** The tables of each cue's gates (null: the cue runs on every clause). */
export function tablesOf(gatesPerCue: readonly (Gate[] | null)[]): GateTables {
  const first = new KeyedLists<number>();
  const second = new KeyedLists<number>();
  const tables: Omit<GateTables, "first" | "second"> = { ungated: [], gateCue: [], needsSecond: [] };
  gatesPerCue.forEach((gates, id) => {
    if (!gates) {
      tables.ungated.push(id);
      return;
    }
    for (const gate of gates) {
      const gateId = tables.gateCue.length;
      tables.gateCue.push(id);
      if (gate.second) tables.needsSecond.push(gateId);
      for (const key of gate.first) first.add(key.slice(2), gateId);
      for (const key of gate.second ?? []) second.add(key.slice(2), gateId);
    }
  });
  return { ...tables, first, second };
}

/**
 * The build's tables when they were built from these cues (`npm test` checks they are current), else
 * null: then every cue runs on every clause, which finds the same cues more slowly, so a cue edited
 * without `npm run build:triage` is never gated on stale words.
 */
export function gateTablesFor(cues: readonly Cue<string>[], lexicon: Lexicon, built: CompactGates | undefined): GateTables | null {
  if (!built || built.fingerprint !== cuesFingerprint(cues, lexicon) || built.gates.length !== cues.length) return null;
  return tablesOfCompact(built.gates);
}

/** `tablesOf` read straight from the compact gates, each key stored as it is read (this runs on an isolate's first message). */
function tablesOfCompact(gatesPerCue: readonly (string | null)[]): GateTables {
  const first = new KeyedLists<number>();
  const second = new KeyedLists<number>();
  const tables: Omit<GateTables, "first" | "second"> = { ungated: [], gateCue: [], needsSecond: [] };
  gatesPerCue.forEach((gates, id) => {
    if (gates === null) {
      tables.ungated.push(id);
      return;
    }
    for (const gate of gates.split(";")) {
      const gateId = tables.gateCue.length;
      tables.gateCue.push(id);
      const slash = gate.indexOf("/");
      for (const word of (slash < 0 ? gate : gate.slice(0, slash)).split(" ")) first.add(word, gateId);
      if (slash < 0) continue;
      tables.needsSecond.push(gateId);
      for (const word of gate.slice(slash + 1).split(" ")) second.add(word, gateId);
    }
  });
  return { ...tables, first, second };
}
