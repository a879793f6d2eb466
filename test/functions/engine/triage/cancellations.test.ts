import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { triageInContext } from "../../../../functions/engine/triage/cancellations.ts";
import { compiledPack } from "../../../../functions/engine/triage/compiled-pack.ts";
import type { Cancellation } from "../../../../functions/engine/triage/find-cues.ts";
import { ASK_PACKS, TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import { triage } from "../../../../functions/engine/triage/triage.ts";
import { CORPUS_TEXTS } from "../../../../scripts/bench/engine.ts";
import { storyWithCrisis, storyWithQuestion } from "../../../../scripts/bench/long-messages.ts";

// triageInContext follows only the crisis cues (the redirect cues are read as with no trace): the same verdict and
// cancellations as a trace that hears every cue and keeps the crisis cues' cancellations.
describe("triageInContext", () => {
  it("gives the verdict and crisis cancellations a trace of every cue gives (every pack, corpus texts, long stories)", () => {
    const texts = [...CORPUS_TEXTS.filter((_, index) => index % 4 === 0), storyWithQuestion(4_000), storyWithCrisis(4_000)];
    let cancelledSomewhere = 0;
    for (const pack of [...Object.values(TRIAGE_PACKS), ...Object.values(ASK_PACKS)]) {
      const crisisCues: ReadonlySet<unknown> = new Set(compiledPack(pack).crisis.flatMap((group) => group.cues));
      for (const text of texts) {
        const message = normalise(text);
        const cancelled = new Set<Cancellation>();
        const result = triage({ ...message }, pack, {
          exhaustive: false,
          fired: () => {},
          cancelled: (cue, by) => {
            if (crisisCues.has(cue)) cancelled.add(by);
          },
        });
        const verdict = triageInContext({ ...message }, pack);
        expect(verdict.result, text).toEqual(result);
        expect([...verdict.cancelled].sort(), text).toEqual([...cancelled].sort());
        if (cancelled.size > 0) cancelledSomewhere++;
      }
    }
    expect(cancelledSomewhere).toBeGreaterThan(30);
  }, 120_000);
});
