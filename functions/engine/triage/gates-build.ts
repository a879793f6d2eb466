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
  const words = (keys: readonly string[]) =>
    keys
      .map((key) => key.slice(2))
      .sort()
      .join(" ");
  return {
    fingerprint: cuesFingerprint(cues, lexicon),
    gates: cues.map(
      (cue) =>
        gatesOf(cue.source)
          ?.map((gate) => words(gate.first) + (gate.second ? `/${words(gate.second)}` : ""))
          .join(";") ?? null,
    ),
  };
}
