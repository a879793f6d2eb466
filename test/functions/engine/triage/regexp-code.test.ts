import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import * as SITUATION_CUES from "../../../../functions/engine/situation/situation-cues.ts";
import { compiledPack } from "../../../../functions/engine/triage/compiled-pack.ts";
import { TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import { withBarriersCompiled, withCodeBarriers } from "../../../../functions/engine/triage/regexp-code.ts";
import { CORPUS_TEXTS } from "../../../../scripts/bench/engine.ts";
import { storyWithCrisis } from "../../../../scripts/bench/long-messages.ts";

/** Every match of a global pattern over the text, as the cue scan reads them: where, what, and the groups. */
function matchesOf(pattern: RegExp, text: string): string[] {
  const found: string[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++;
    found.push(JSON.stringify([match.index, ...match]));
  }
  pattern.lastIndex = 0;
  return found;
}

describe("withCodeBarriers", () => {
  it("puts an empty lookahead after each group, after its quantifier", () => {
    expect(withCodeBarriers(String.raw`x(?:a|b) (c)? (?:d){2,3}? e(?:f)+`)).toBe(String.raw`x(?:a|b)(?=) (c)?(?=) (?:d){2,3}?(?=) e(?:f)+(?=)`);
    expect(withCodeBarriers("x(?:a(?:b|c)*d)")).toBe("x(?:a(?:b|c)*(?=)d)(?=)");
    expect(withCodeBarriers("x(?<name>a)")).toBe("x(?<name>a)(?=)");
  });

  it("puts none after a group that opens an alternative (after a leading \\b or ^), where V8 reads what a match can start with", () => {
    expect(withCodeBarriers(String.raw`\b(?:a|b) (c)? (?:d){2,3}? e(?:f)+`)).toBe(String.raw`\b(?:a|b) (c)?(?=) (?:d){2,3}?(?=) e(?:f)+(?=)`);
    expect(withCodeBarriers("(?:a(?:b|c)*d)")).toBe("(?:a(?:b|c)*(?=)d)");
    expect(withCodeBarriers("(?<name>a)")).toBe("(?<name>a)");
    expect(withCodeBarriers(String.raw`x|^(?:so )?(?:a|b) c|y((?:d|e) f)`)).toBe(String.raw`x|^(?:so )?(?:a|b)(?=) c|y((?:d|e) f)(?=)`);
    expect(withCodeBarriers(String.raw`\b(?<!\bi )((?:asks|asked) me|lied (?:to|about))`)).toBe(
      String.raw`\b(?<!\bi )((?:asks|asked) me|lied (?:to|about)(?=))(?=)`,
    );
  });

  it("leaves lookarounds, classes, escapes and literal braces alone", () => {
    expect(withCodeBarriers(String.raw`(?<!\bno )a(?=b)(?!c)(?<=d)`)).toBe(String.raw`(?<!\bno )a(?=b)(?!c)(?<=d)`);
    expect(withCodeBarriers(String.raw`[()|\]]+\(x\)`)).toBe(String.raw`[()|\]]+\(x\)`);
    expect(withCodeBarriers("x(a){x")).toBe("x(a)(?=){x");
    expect(withCodeBarriers(String.raw`(?!n(?:ot|o)\b)x`)).toBe(String.raw`(?!n(?:ot|o)(?=)\b)x`);
  });

  it("refuses a pattern it cannot read", () => {
    expect(() => withCodeBarriers("(a")).toThrow(SyntaxError);
    expect(() => withCodeBarriers("a)")).toThrow(SyntaxError);
    expect(() => withCodeBarriers("[a")).toThrow(SyntaxError);
  });

  it("keeps every match of a pattern with quantified groups, alternatives and captures", () => {
    const source = String.raw`\b(?:i (?:will|am going to)|gonna) (?:kill|hurt)(?: (my|him|her)self)?\b(?! (?:off|time))|(a|ab)+?c`;
    const text = "i will kill myself. gonna hurt herself time. i am going to kill him off. ababc abc";
    expect(matchesOf(new RegExp(withCodeBarriers(source), "g"), text)).toEqual(matchesOf(new RegExp(source, "g"), text));
    expect(matchesOf(new RegExp(source, "g"), text)).toHaveLength(5);
  });
});

// The engine runs each cue's pattern with its barriers (cue.pattern); the cue's source as written must match exactly the
// same, at the same places with the same groups, on its own examples, its group's and the corpus's clauses.
describe("each pack's cue patterns as compiled", () => {
  const corpusClauses = [...new Set([...CORPUS_TEXTS.slice(0, 200), storyWithCrisis(4_000)].flatMap((text) => normalise(text).clauses))];

  for (const pack of Object.values(TRIAGE_PACKS)) {
    it(`match as written, pack ${pack.language}`, () => {
      const { crisis, redirect } = compiledPack(pack);
      const records = new Map([...pack.crisis, ...pack.redirect].flatMap((group) => group.cues.map((record) => [record.id, { group, record }] as const)));
      let compared = 0;
      let withBarriers = 0;
      for (const group of [...crisis, ...redirect]) {
        for (const cue of group.cues) {
          expect(cue.pattern.source, cue.id).toBe(withCodeBarriers(cue.source));
          if (cue.pattern.source !== cue.source) withBarriers++;
          const written = new RegExp(cue.source, "g");
          const examples = records.get(cue.id)!.group.cues.flatMap((record) => [...record.matches, ...(record.ignores ?? [])]);
          const clauses = [...examples.flatMap((text) => normalise(text).clauses), ...corpusClauses];
          for (const clause of clauses) {
            expect(matchesOf(cue.pattern, clause), `${cue.id} on: ${clause}`).toEqual(matchesOf(written, clause));
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
      expect(withBarriers).toBeGreaterThan(pack.crisis.length);
    }, 60_000);
  }
});

// Whole-message conditions (a cue's `needs`) and the situation cues run with barriers too: the same verdict on every text.
describe("conditions and situation cues as compiled", () => {
  const folded = [...CORPUS_TEXTS.slice(0, 600), storyWithCrisis(4_000)].map((text) => normalise(text).folded);

  it("a cue's condition is its record's with barriers, made once however many cues share it, and agrees with it", () => {
    let compared = 0;
    for (const pack of Object.values(TRIAGE_PACKS)) {
      const { cues } = compiledPack(pack);
      const records = new Map([...pack.crisis, ...pack.redirect].flatMap((group) => group.cues.map((record) => [record.id, record] as const)));
      for (const cue of cues) {
        const written = records.get(cue.id)!.needs;
        if (!written) {
          expect(cue.needs, cue.id).toBeUndefined();
          continue;
        }
        expect(cue.needs, cue.id).toBe(withBarriersCompiled(written));
        expect(cue.needs!.source, cue.id).toBe(withCodeBarriers(written.source));
        const texts = [...records.get(cue.id)!.matches, ...(records.get(cue.id)!.ignores ?? [])].map((text) => normalise(text).folded);
        for (const text of [...texts, ...folded.slice(0, 150)]) expect(cue.needs!.test(text), `${cue.id} on: ${text}`).toBe(written.test(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  }, 60_000);

  it("each situation cue agrees with its pattern as written on its examples and the corpus", () => {
    const cues = Object.values(SITUATION_CUES).flatMap((value) =>
      Array.isArray(value) ? (value as { id: string; pattern: RegExp; examples: readonly string[] }[]) : [],
    );
    expect(cues.length).toBeGreaterThan(30);
    for (const cue of cues) {
      const compact = withBarriersCompiled(cue.pattern);
      expect(compact.source, cue.id).toBe(withCodeBarriers(cue.pattern.source));
      for (const text of [...cue.examples.map((example) => normalise(example).folded), ...folded])
        expect(compact.test(text), `${cue.id} on: ${text}`).toBe(cue.pattern.test(text));
    }
  });
});
