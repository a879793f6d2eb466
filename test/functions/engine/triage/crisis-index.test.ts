import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { triageInContext } from "../../../../functions/engine/triage/cancellations.ts";
import { compiledPack } from "../../../../functions/engine/triage/compiled-pack.ts";
import { MessageScan } from "../../../../functions/engine/triage/find-cues.ts";
import { ASK_PACKS, TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import { CORPUS_TEXTS, contextsFor } from "../../../../scripts/bench/engine.ts";
import { storyWithCrisis, storyWithQuestion } from "../../../../scripts/bench/long-messages.ts";

/** Each corpus file's texts (never the sealed splits). */
function corpusTexts(language: string): string[] {
  if (language === "en") {
    const contexts = contextsFor(CORPUS_TEXTS).map((context) => context.join("\n"));
    return [...CORPUS_TEXTS, ...contexts, storyWithCrisis(4_000), storyWithQuestion(4_000)];
  }
  return ["triage.json", "questions.json"].flatMap((file) =>
    (JSON.parse(readFileSync(new URL(`../../../corpus/${language}/${file}`, import.meta.url), "utf8")) as { text: string }[]).map(({ text }) => text),
  );
}

const PACKS = [...Object.values(TRIAGE_PACKS), ...Object.values(ASK_PACKS)];

describe("the crisis cues' and the redirect cues' own indexes (a reading that may leave the redirects unread)", () => {
  it("make the same crisis (and redirect) cues candidates on the same clauses as the full index, and no other cue", () => {
    for (const pack of PACKS) {
      const { crisis, index, crisisIndex, redirectIndex } = compiledPack(pack);
      const crisisCount = crisis.reduce((count, group) => count + group.cues.length, 0);
      let candidates = 0;
      for (const text of corpusTexts(pack.language)) {
        const message = normalise(text);
        const full = new MessageScan(message, index);
        for (const [limited, keep] of [
          [new MessageScan(message, crisisIndex), (id: number) => id < crisisCount],
          [new MessageScan(message, redirectIndex), (id: number) => id >= crisisCount],
        ] as const) {
          const ids = full.cueIds().filter(keep);
          expect(limited.cueIds(), `${pack.language}: ${text.slice(0, 60)}`).toEqual(ids);
          for (const id of ids) expect(limited.clausesFor(id)).toEqual(full.clausesFor(id));
          candidates += ids.length;
        }
      }
      // The check-in packs hold few cues: the triage packs' texts make many candidates.
      if (!pack.askOnly) expect(candidates, pack.language).toBeGreaterThan(300);
    }
  }, 120_000);

  it("gives triage the same verdict and cancellations whether or not the redirects are then read", () => {
    let redirects = 0;
    for (const pack of Object.values(TRIAGE_PACKS)) {
      for (const text of corpusTexts(pack.language)) {
        const message = normalise(text);
        const full = triageInContext({ ...message }, pack);
        expect(
          triageInContext({ ...message }, pack, () => true),
          text.slice(0, 60),
        ).toEqual(full);
        const crisisOnly = triageInContext({ ...message }, pack, () => false);
        expect(crisisOnly.cancelled).toEqual(full.cancelled);
        expect(crisisOnly.result).toEqual(full.result?.kind === "crisis" ? full.result : null);
        if (full.result?.kind === "redirect") redirects++;
      }
    }
    expect(redirects).toBeGreaterThan(50);
  }, 120_000);
});
