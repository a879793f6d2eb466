import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { CRISIS_GROUPS } from "../../functions/engine/triage/crisis/index.ts";
import type { Cue, CueGroup } from "../../functions/engine/triage/cue.ts";
import { CueIndex, findCues, MessageScan } from "../../functions/engine/triage/find-cues.ts";
import { gateTablesFor } from "../../functions/engine/triage/gate-tables.ts";
import { buildGateTables } from "../../functions/engine/triage/gates-build.ts";
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

  it("read back as exactly the tables worked out from the patterns", () => {
    expect(gateTablesFor(cues, CUE_GATES)).toEqual(buildGateTables(cues));
    expect(new CueIndex(groups, CUE_GATES).ungated).toEqual(buildGateTables(cues).ungated);
  });

  it("are not used for cues they were not built from: then every cue runs on every clause, finding the same cues", () => {
    expect(gateTablesFor(cues, { ...CUE_GATES, fingerprint: CUE_GATES.fingerprint + 1 })).toBeNull();
    expect(gateTablesFor(cues.slice(1), CUE_GATES)).toBeNull();
    const lengthened = cues.map((cue, id) => (id === 7 ? { ...cue, template: `${cue.template} ` } : cue));
    expect(gateTablesFor(lengthened, CUE_GATES)).toBeNull();
    const stale = new CueIndex(groups, { ...CUE_GATES, fingerprint: CUE_GATES.fingerprint + 1 });
    expect(stale.ungated).toHaveLength(cues.length);
    const gated = new CueIndex(groups, CUE_GATES);
    for (const text of CORPUS_TEXTS.slice(0, 300)) {
      const message = normalise(text);
      const found = (index: CueIndex) => findCues(new MessageScan(message, index), CRISIS_GROUPS).map(({ cue, reason }) => [cues.indexOf(cue), reason]);
      expect(found(stale), text).toEqual(found(gated));
    }
  });
});
