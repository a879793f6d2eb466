import type { Lexicon } from "../../../shared/content/triage/cue-record.ts";
import type { Cue } from "./cue.ts";
import { type CompactGates, cuesFingerprint, type GateTables, tablesOf } from "./gate-tables.ts";
import { gatesOf } from "./required-words.ts";

/** Works the tables out from the cues' patterns (build time and tests only: the Worker reads CompactGates). */
export function buildGateTables(cues: readonly Cue<string>[]): GateTables {
  return tablesOf(cues.map((cue) => gatesOf(cue.source)));
}

/** The compact form of the cues' gates, for the generated module (keys sorted: a gate's keys are a set, and sorted they compress better). */
export function compactGates(cues: readonly Cue<string>[], lexicon: Lexicon): CompactGates {
  return { fingerprint: cuesFingerprint(cues, lexicon), gates: cues.map((cue) => compactGatesOf(cue.source)) };
}

/** One pattern's gates in the generated modules' compact form ("first words/second words;…"), or null when it has none. */
export function compactGatesOf(source: string): string | null {
  const words = (keys: readonly string[]) =>
    keys
      .map((key) => key.slice(2))
      .sort()
      .join(" ");
  return (
    gatesOf(source)
      ?.map((gate) => words(gate.first) + (gate.second ? `/${words(gate.second)}` : ""))
      .join(";") ?? null
  );
}
