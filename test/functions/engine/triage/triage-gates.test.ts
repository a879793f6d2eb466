import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { compiledPack } from "../../../../functions/engine/triage/compiled-pack.ts";
import { CueIndex, findCues, MessageScan } from "../../../../functions/engine/triage/find-cues.ts";
import { gateTablesFor } from "../../../../functions/engine/triage/gate-tables.ts";
import { buildGateTables } from "../../../../functions/engine/triage/gates-build.ts";
import { cueGatesModule, gatesModulePath } from "../../../../functions/engine/triage/gates-module.ts";
import { ASK_PACKS, ENGLISH, TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import { CORPUS_TEXTS } from "../../../../scripts/bench/engine.ts";
import { CUE_GATES } from "../../../../shared/content/triage/en/generated/cue-gates.ts";

const { crisis, redirect, cues } = compiledPack(ENGLISH);
const groups = [crisis, redirect];
const lexicon = ENGLISH.lexicon;

describe("the triage gate tables built at build time", () => {
  it("match each pack's cues (run npm run build:triage after editing a cue)", () => {
    for (const pack of [...Object.values(TRIAGE_PACKS), ...Object.values(ASK_PACKS)])
      expect(readFileSync(gatesModulePath(pack), "utf8"), `${pack.language}${pack.askOnly ? " check-in" : ""}`).toBe(cueGatesModule(pack));
    for (const pack of Object.values(ASK_PACKS)) expect(pack.gates, pack.language).toBeDefined();
  });

  it("read back as exactly the tables worked out from the patterns", () => {
    expect(gateTablesFor(cues, lexicon, CUE_GATES)).toEqual(buildGateTables(cues));
    expect(new CueIndex(groups, lexicon, CUE_GATES).ungated).toEqual(buildGateTables(cues).ungated);
  });

  it("are not used for cues they were not built from: then every cue runs on every clause, finding the same cues", () => {
    expect(gateTablesFor(cues, lexicon, { ...CUE_GATES, fingerprint: CUE_GATES.fingerprint + 1 })).toBeNull();
    expect(gateTablesFor(cues.slice(1), lexicon, CUE_GATES)).toBeNull();
    const lengthened = cues.map((cue, id) => (id === 7 ? { ...cue, template: `${cue.template} ` } : cue));
    expect(gateTablesFor(lengthened, lexicon, CUE_GATES)).toBeNull();
    expect(gateTablesFor(cues, { ...lexicon, W: `${lexicon.W} ` }, CUE_GATES)).toBeNull();
    const stale = new CueIndex(groups, lexicon, { ...CUE_GATES, fingerprint: CUE_GATES.fingerprint + 1 });
    expect(stale.ungated).toHaveLength(cues.length);
    const gated = new CueIndex(groups, lexicon, CUE_GATES);
    for (const text of CORPUS_TEXTS.slice(0, 300)) {
      const message = normalise(text);
      const found = (index: CueIndex) => findCues(new MessageScan(message, index), crisis).map(({ cue, reason }) => [cue.id, reason]);
      expect(found(stale), text).toEqual(found(gated));
    }
  });
});
