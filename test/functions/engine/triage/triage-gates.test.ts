import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { compiledPack } from "../../../../functions/engine/triage/compiled-pack.ts";
import { CueIndex, findCues, MessageScan } from "../../../../functions/engine/triage/find-cues.ts";
import { gateTablesFor } from "../../../../functions/engine/triage/gate-tables.ts";
import { buildGateTables, compactGatesOf } from "../../../../functions/engine/triage/gates-build.ts";
import { cueGatesModule, gatesModulePath } from "../../../../functions/engine/triage/gates-module.ts";
import { ASK_PACKS, ENGLISH, TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import { branchGatesOf, gatesOf } from "../../../../functions/engine/triage/required-words.ts";
import { CORPUS_TEXTS } from "../../../../scripts/bench/engine.ts";
import { storyWithCrisis, storyWithQuestion } from "../../../../scripts/bench/long-messages.ts";
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

describe("a cue's gates per phrase (branchGatesOf)", () => {
  it("gates each phrase of the cue's capturing group on its own words and the frame's", () => {
    const framed = String.raw`\b(?<!\bi )(lied to|borrowed money|hugged)\b(?<=\b(?:therapist|counsellor)\b[^.]{0,80})`;
    expect(gatesOf(framed)).toEqual([{ first: ["4:lied", "4:borr", "4:hugg"], second: ["4:ther", "4:coun"] }]);
    // A phrase of two words inside the frame needs three words: both of the phrase's and the frame's. Triage gates key
    // on up to 12 characters of a word ("4:borrowed" answers to "borrowed…", not to "borrow" or "born").
    expect(branchGatesOf(framed)).toEqual([
      { first: ["4:lied", "4:hugged"], second: ["4:therapist", "4:counsellor"] },
      { first: ["4:borrowed"], second: ["4:money"], third: ["4:therapist", "4:counsellor"] },
    ]);
    expect(compactGatesOf(framed, branchGatesOf)).toBe("hugged lied/counsellor therapist;borrowed/money/counsellor therapist");
    const paired = String.raw`\b(lied to (?:the )?court|borrowed money)\b`;
    expect(gatesOf(paired)).toEqual([{ first: ["4:lied", "4:borr"], second: null }]);
    expect(branchGatesOf(paired)).toEqual([
      { first: ["4:lied"], second: ["4:court"] },
      { first: ["4:borrowed"], second: ["4:money"] },
    ]);
    // Gates with the same first keys are one gate (either second key opens it); a non-capturing group is not split.
    expect(branchGatesOf(String.raw`\b(lied to court|lied to judge)\b`)).toEqual([{ first: ["4:lied"], second: ["4:court", "4:judge"] }]);
    // A third word that is very common is left out, as a second is; gates with the same first and third words are one.
    expect(branchGatesOf(String.raw`\blied to the court\b`)).toEqual([{ first: ["4:lied"], second: ["4:court"] }]);
    expect(branchGatesOf(String.raw`\b(lied about money|lied about rent)\b`)).toEqual([
      { first: ["4:lied"], second: ["4:money", "4:rent"], third: ["4:about"] },
    ]);
    // A longer key beside one of its prefixes says nothing more: "killing" is left to "kill".
    expect(branchGatesOf(String.raw`\b(?:kill|killing|cut|cutting) me\b`)).toEqual([{ first: ["4:kill", "3:cut"], second: null }]);
    const plain = String.raw`\bsaw (?:a|the) (?:cat|dog) run|ran (?:fast|far)`;
    // Without a capturing group, gatesOf's words with longer keys, and a third word where a match needs one.
    expect(branchGatesOf(plain)).toEqual([
      { first: ["3:saw"], second: ["3:run"], third: ["3:cat", "3:dog"] },
      { first: ["4:fast", "3:far"], second: null },
    ]);
    expect(gatesOf(plain)).toEqual([
      { first: ["3:saw"], second: ["3:run"] },
      { first: ["4:fast", "3:far"], second: null },
    ]);
  });

  it("never keep a cue from a clause its pattern matches (every pack, its examples, corpus clauses and the long stories)", () => {
    const clauses = [...new Set([...CORPUS_TEXTS.slice(0, 400), storyWithQuestion(4_000), storyWithCrisis(4_000)].flatMap((text) => normalise(text).clauses))];
    let matched = 0;
    for (const pack of [...Object.values(TRIAGE_PACKS), ...Object.values(ASK_PACKS)]) {
      const compiled = compiledPack(pack);
      const examples = [...pack.crisis, ...pack.redirect].flatMap((group) => group.cues.flatMap((record) => [...record.matches, ...(record.ignores ?? [])]));
      for (const text of [...examples, ...clauses]) {
        const message = normalise(text);
        const scan = new MessageScan(message, compiled.index);
        const read = [...new Set(message.clauses)];
        compiled.cues.forEach((cue, id) => {
          const open = new Set(scan.clausesFor(id));
          read.forEach((clause, index) => {
            cue.pattern.lastIndex = 0;
            if (!cue.pattern.test(clause)) return;
            matched++;
            expect(open.has(index), `${pack.language} ${cue.id} on: ${clause}`).toBe(true);
          });
          cue.pattern.lastIndex = 0;
        });
      }
    }
    expect(matched).toBeGreaterThan(1000);
  }, 120_000);
});
