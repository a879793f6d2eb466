import { compactGatesOf } from "../triage/gates-build.ts";
import { gatesModuleSource } from "../triage/gates-module.ts";
import type { SituationCue } from "./situation-cues.ts";
import { type CompactSituationGates, situationCuesFingerprint } from "./situation-gates.ts";

/** Where the generated tables live. */
export const SITUATION_GATES_PATH = "functions/engine/situation/generated/situation-gates.ts";

/**
 * Each situation cue's gates worked out from its pattern (build time and tests only). Gates are read on lower-case
 * text without flags: a pattern with a flag (`i` would match upper-case words) is left ungated.
 */
export function compactSituationGates(cues: readonly SituationCue[]): CompactSituationGates {
  return {
    fingerprint: situationCuesFingerprint(cues),
    gates: cues.map((cue) => (cue.pattern.flags === "" ? compactGatesOf(cue.pattern.source) : null)),
  };
}

/** The source of generated/situation-gates.ts. */
export function situationGatesModule(cues: readonly SituationCue[]): string {
  return gatesModuleSource(
    "the situation cues' patterns",
    'import type { CompactSituationGates } from "../situation-gates.ts";',
    "SITUATION_GATES: CompactSituationGates",
    compactSituationGates(cues),
  );
}
