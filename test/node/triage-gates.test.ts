import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { CRISIS_GROUPS } from "../../functions/engine/triage/crisis/index.ts";
import type { Cue, CueGroup } from "../../functions/engine/triage/cue.ts";
import { CueIndex } from "../../functions/engine/triage/find-cues.ts";
import { buildGateTables, gateTablesFor } from "../../functions/engine/triage/gate-tables.ts";
import { cueGatesModule, GATES_MODULE } from "../../functions/engine/triage/gates-module.ts";
import { CUE_GATES } from "../../functions/engine/triage/generated/cue-gates.ts";
import { REDIRECT_GROUPS } from "../../functions/engine/triage/redirect/index.ts";
import { CORPUS_TEXTS } from "../../scripts/bench/engine.ts";

const groups: readonly (readonly CueGroup<string>[])[] = [CRISIS_GROUPS, REDIRECT_GROUPS];
const cues: readonly Cue<string>[] = groups.flat().flatMap((group) => group.cues);

describe("the triage gate tables built at build time", () => {
  it("match the cues (run npm run build:triage after editing a cue)", () => {
    expect(readFileSync(GATES_MODULE, "utf8")).toBe(cueGatesModule());
  });

  it("open the same gates for every word of the corpora as tables worked out from the patterns", () => {
    const built = new CueIndex(groups, CUE_GATES);
    const worked = new CueIndex(groups);
    expect(built.ungated).toEqual(worked.ungated);
    expect(built.gateCue).toEqual(worked.gateCue);
    expect(built.gateNeedsSecond).toEqual(worked.gateNeedsSecond);
    const tokens = new Set(CORPUS_TEXTS.flatMap((text) => normalise(text).folded.split(/[^a-z0-9_]+/)).filter(Boolean));
    expect(tokens.size).toBeGreaterThan(1_000);
    for (const token of tokens) expect(built.gatesForToken(token), token).toEqual(worked.gatesForToken(token));
  });

  it("are not used for cues they were not built from: those are worked out from the patterns", () => {
    const stale = { ...CUE_GATES, gates: CUE_GATES.gates.map(() => "zzzz") };
    const lengthened = { ...stale, templateLengths: CUE_GATES.templateLengths.map((length, id) => (id === 7 ? length + 1 : length)) };
    const listChanged = { ...stale, lexiconLengths: { ...CUE_GATES.lexiconLengths, THERAPIST: CUE_GATES.lexiconLengths.THERAPIST! + 1 } };
    expect(gateTablesFor(cues, lengthened)).toEqual(buildGateTables(cues));
    expect(gateTablesFor(cues, listChanged)).toEqual(buildGateTables(cues));
    expect(gateTablesFor(cues.slice(1), stale)).toEqual(buildGateTables(cues.slice(1)));
    expect(gateTablesFor(cues, stale)).not.toEqual(buildGateTables(cues));
    expect(gateTablesFor(cues, CUE_GATES)).toEqual(buildGateTables(cues));
  });
});
