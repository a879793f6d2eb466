import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { firingCueIds } from "../../../../functions/engine/triage/explain.ts";
import { ASK_PACKS, TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import { cueTemplate } from "../../../../shared/content/triage/cue-record.ts";

// Every cue record carries the messages it must fire on and the near misses it must not: one test each, named by id.
for (const pack of [...Object.values(TRIAGE_PACKS), ...Object.values(ASK_PACKS)]) {
  const groups = [...pack.crisis, ...pack.redirect];
  const records = groups.flatMap((group) => group.cues.map((record) => ({ group, record })));

  describe(`triage pack ${pack.language}${pack.askOnly ? " (check-in)" : ""}: the cue records`, () => {
    it("have unique, stable-looking ids, each under its group's id", () => {
      const ids = records.map(({ record }) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length);
      for (const { group, record } of records) expect(record.id).toMatch(new RegExp(`^${group.id}/[a-z0-9]+(?:-[a-z0-9]+)*$`));
      if (pack.language === "en" && !pack.askOnly) expect(ids.length).toBeGreaterThan(250);
    });

    it("each have a rationale, at least one match and phrases that are not empty", () => {
      for (const { record } of records) {
        expect(record.rationale.trim().length, record.id).toBeGreaterThan(20);
        expect(record.matches.length, record.id).toBeGreaterThan(0);
        expect(record.phrases.length, record.id).toBeGreaterThan(0);
        for (const phrase of record.phrases) expect(phrase.length, record.id).toBeGreaterThan(0);
        if (record.frame) expect(record.frame, record.id).toContain("{PHRASES}");
      }
    });

    it("declare every pattern once", () => {
      const patterns = records.map(({ record }) => `${cueTemplate(record)} ${record.needs?.source ?? ""}`);
      expect(new Set(patterns).size).toBe(patterns.length);
    });
  });

  describe(`triage pack ${pack.language}${pack.askOnly ? " (check-in)" : ""}: each cue on its examples`, () => {
    for (const { record } of records) {
      it(record.id, () => {
        for (const text of record.matches) expect(firingCueIds(normalise(text), pack).has(record.id), `should fire on: ${text}`).toBe(true);
        for (const text of record.ignores ?? []) expect(firingCueIds(normalise(text), pack).has(record.id), `should not fire on: ${text}`).toBe(false);
      });
    }
  });
}
