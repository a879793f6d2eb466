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
  /**
   * Per gate, the key set (a gate's second or third keys: gates share them, so a clause's word marks each set once
   * however many gates need it) that a clause must also hold a word of, and a third one; -1 for none.
   */
  gateSecond: number[];
  gateThird: number[];
  /** How many key sets there are. */
  setCount: number;
  /** The gates each word key opens as a first key, and the key sets it belongs to. */
  first: KeyedLists<number>;
  sets: KeyedLists<number>;
}

/** One way a pattern can match: a clause must hold a key of `first`, of `second` when there is one, and of `third` when there is one. */
export interface Gate {
  first: string[];
  second: string[] | null;
  /** Only with a second. */
  third?: string[];
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

/** Numbers the gates' second and third key sets as they come (the same words, in any order, are one set). */
class KeySets {
  readonly keys = new KeyedLists<number>();
  private readonly ids = new Map<string, number>();

  /** The set's number; `words`, its keys as written in the compact gates (the key without its kind). */
  idOf(words: readonly string[]): number {
    const name = [...words].sort().join(" ");
    let id = this.ids.get(name);
    if (id === undefined) {
      this.ids.set(name, (id = this.ids.size));
      for (const word of words) this.keys.add(word, id);
    }
    return id;
  }

  get count(): number {
    return this.ids.size;
  }
}

/** The tables of each cue's gates (null: the cue runs on every clause). */
export function tablesOf(gatesPerCue: readonly (Gate[] | null)[]): GateTables {
  return tablesOfWords(
    gatesPerCue.map(
      (gates) =>
        gates?.map((gate) =>
          [gate.first, ...(gate.second ? [gate.second] : []), ...(gate.third ? [gate.third] : [])].map((keys) => keys.map((key) => key.slice(2))),
        ) ?? null,
    ),
  );
}

/** The tables of gates given as their key sets' words: per cue, per gate, its first words, then its second's, then its third's. */
function tablesOfWords(gatesPerCue: readonly (string[][][] | null)[]): GateTables {
  const first = new KeyedLists<number>();
  const sets = new KeySets();
  const tables: Pick<GateTables, "ungated" | "gateCue" | "gateSecond" | "gateThird"> = { ungated: [], gateCue: [], gateSecond: [], gateThird: [] };
  gatesPerCue.forEach((gates, id) => {
    if (!gates) {
      tables.ungated.push(id);
      return;
    }
    for (const [firstWords, secondWords, thirdWords] of gates) {
      const gateId = tables.gateCue.length;
      tables.gateCue.push(id);
      for (const word of firstWords!) first.add(word, gateId);
      tables.gateSecond.push(secondWords ? sets.idOf(secondWords) : -1);
      tables.gateThird.push(thirdWords ? sets.idOf(thirdWords) : -1);
    }
  });
  return { ...tables, setCount: sets.count, first, sets: sets.keys };
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

/**
 * The tables with only the gates (and the ungated) of the cues `keep` accepts, every gate and key set numbered as
 * before: a word then opens no gate of another cue, and marks only key sets the kept gates read.
 */
export function tablesOfCues(tables: GateTables, keep: (cue: number) => boolean): GateTables {
  const kept = tables.gateCue.map((cue) => keep(cue));
  const sets = new Set(tables.gateCue.flatMap((_, gate) => (kept[gate] ? [tables.gateSecond[gate]!, tables.gateThird[gate]!] : [])));
  return {
    ...tables,
    ungated: tables.ungated.filter(keep),
    first: tables.first.filtered((gate) => kept[gate]!),
    sets: tables.sets.filtered((set) => sets.has(set)),
  };
}

/** `tablesOf` read straight from the compact gates ("first words/second words/third words;…"; this runs on an isolate's first message). */
function tablesOfCompact(gatesPerCue: readonly (string | null)[]): GateTables {
  return tablesOfWords(gatesPerCue.map((gates) => gates?.split(";").map((gate) => gate.split("/").map((words) => words.split(" "))) ?? null));
}
