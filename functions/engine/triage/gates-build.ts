import type { Lexicon } from "../../../shared/content/triage/cue-record.ts";
import type { Cue } from "./cue.ts";
import { type CompactGates, cuesFingerprint, type GateTables, tablesOf } from "./gate-tables.ts";
import { branchGatesOf, gatesOf } from "./required-words.ts";

/** Works the tables out from the cues' patterns (build time and tests only: the Worker reads CompactGates). */
export function buildGateTables(cues: readonly Cue<string>[]): GateTables {
  return tablesOf(cues.map((cue) => branchGatesOf(cue.source)));
}

/** The compact form of the cues' gates, for the generated module (keys sorted: a gate's keys are a set, and sorted they compress better). */
export function compactGates(cues: readonly Cue<string>[], lexicon: Lexicon): CompactGates {
  return { fingerprint: cuesFingerprint(cues, lexicon), gates: cues.map((cue) => compactGatesOf(cue.source, branchGatesOf)) };
}

/**
 * One pattern's gates in the generated modules' compact form ("first words/second words/third words;…"), or null when it has none.
 * Cue patterns are gated per phrase (branchGatesOf); the situation cues' tables use gatesOf, the default.
 */
export function compactGatesOf(source: string, gatesFor: typeof gatesOf = gatesOf): string | null {
  const words = (keys: readonly string[]) =>
    keys
      .map((key) => key.slice(2))
      .sort()
      .join(" ");
  return (
    gatesFor(source)
      ?.map((gate) => words(gate.first) + (gate.second ? `/${words(gate.second)}` : "") + (gate.third ? `/${words(gate.third)}` : ""))
      .join(";") ?? null
  );
}
