import type { Cue } from "./cue.ts";
import { gatesOf, KeyedLists, type KeyedListsData } from "./required-words.ts";

/**
 * Which cues run on which words (see required-words.ts), as plain data: the build writes it to
 * generated/cue-gates.ts so start-up reads tables instead of parsing every pattern.
 */
export interface GateTables {
  /** The length of each cue's pattern source, in order: the tables serve only the cues they were built from. */
  sourceLengths: number[];
  /** Cues that cannot be gated: they run on every clause. */
  ungated: number[];
  /** Per gate, the cue it opens. */
  gateCue: number[];
  /** The gates that open only when a second key is also in the clause. */
  needsSecond: number[];
  first: KeyedListsData<number>;
  second: KeyedListsData<number>;
}

/** Works the tables out from the cues' patterns (what the build does). */
export function buildGateTables(cues: readonly Cue<string>[]): GateTables {
  const first = new KeyedLists<number>();
  const second = new KeyedLists<number>();
  const tables: Omit<GateTables, "first" | "second"> = { sourceLengths: [], ungated: [], gateCue: [], needsSecond: [] };
  cues.forEach((cue, id) => {
    tables.sourceLengths.push(cue.pattern.source.length);
    const gates = gatesOf(cue.pattern.source);
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

/**
 * The build's tables when they were built from these cues (as many, with patterns of the same lengths;
 * `npm test` checks they are current), else tables worked out now: an added, removed or lengthened
 * cue is never gated on stale words, it only makes start-up slower.
 */
export function gateTablesFor(cues: readonly Cue<string>[], built: GateTables | undefined): GateTables {
  const fits =
    built !== undefined &&
    built.sourceLengths.length === cues.length &&
    cues.every((cue, id) => built.sourceLengths[id] === cue.pattern.source.length);
  return fits ? built : buildGateTables(cues);
}
