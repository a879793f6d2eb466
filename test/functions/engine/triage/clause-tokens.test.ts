import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { type ClauseTokens, clauseTokens, TOKENS } from "../../../../functions/engine/triage/clause-tokens.ts";
import { compiledPack } from "../../../../functions/engine/triage/compiled-pack.ts";
import { ENGLISH } from "../../../../functions/engine/triage/packs.ts";
import { triage } from "../../../../functions/engine/triage/triage.ts";

/** The tokens of each clause as text, read back from their numbers. */
function tokenTexts(read: ClauseTokens): string[][] {
  return read.clauses.map((_, clause) =>
    Array.from(read.tokens.subarray(read.starts[clause]!, read.starts[clause + 1]!), (id) => (id >= 0 ? TOKENS.texts[id]! : read.long[-1 - id]!)),
  );
}

const LONG = "killabcdefghijklmnopqrstuvwxyz0123456789";

describe("a message's clause tokens, shared by the packs that read it", () => {
  it("numbers the tokens of each distinct clause as the patterns' word boundaries cut them", () => {
    const message = normalise(`I can't sleep. I can't sleep. my_cat is 3 years old; ${LONG} ${LONG} me`);
    const read = clauseTokens(message);
    expect(read.clauses).toEqual([...new Set(message.clauses)]);
    expect(tokenTexts(read)).toEqual(read.clauses.map((clause) => clause.match(/[a-z0-9_]+/g) ?? []));
    expect(read.long).toEqual([LONG, LONG]);
  });

  it("is worked out once a message object, and again for another object", () => {
    const message = normalise("i want to end it all tonight");
    expect(clauseTokens(message)).toBe(clauseTokens(message));
    expect(clauseTokens({ ...message })).not.toBe(clauseTokens(message));
  });

  it("reads a remembered message again once the token table has been cleared", () => {
    const message = normalise("i have been saving my pills");
    const before = clauseTokens(message);
    const words = tokenTexts(before);
    for (let batch = 0; batch < 25; batch++) {
      clauseTokens(normalise(Array.from({ length: 1_000 }, (_, i) => `word${batch}x${i}`).join(" ")));
    }
    const after = clauseTokens(message);
    expect(after.generation).toBeGreaterThan(before.generation);
    expect(tokenTexts(after)).toEqual(words);
    expect(triage(message)).toEqual({ kind: "crisis", reason: "suicide_self_harm" });
  });

  it("opens a cue's gates from a token too long to remember, as from a short one with its start", () => {
    const { index } = compiledPack(ENGLISH);
    const longRead = clauseTokens(normalise(LONG));
    const shortRead = clauseTokens(normalise("kill"));
    const longGates = index.gatesOf(longRead)(longRead.tokens[0]!);
    const shortGates = index.gatesOf(shortRead)(shortRead.tokens[0]!);
    expect(longRead.tokens[0]).toBeLessThan(0);
    expect(longGates.first.length).toBeGreaterThan(0);
    expect(longGates.first).toEqual(shortGates.first);
  });
});
