import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { triageInContext } from "../../../../functions/engine/triage/cancellations.ts";
import { clauseTokens } from "../../../../functions/engine/triage/find-cues.ts";
import { ASK_PACKS, ENGLISH, TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import { triage } from "../../../../functions/engine/triage/triage.ts";
import { CORPUS_TEXTS } from "../../../../scripts/bench/engine.ts";
import { storyWithCrisis, storyWithQuestion } from "../../../../scripts/bench/long-messages.ts";

const verdictOf = (verdict: ReturnType<typeof triageInContext>) => [verdict.result, [...verdict.cancelled].sort()];

describe("a message's words read once for every pack that judges it", () => {
  it("give every pack the verdict it gives the message read afresh", () => {
    const texts = [...CORPUS_TEXTS.filter((_, index) => index % 8 === 0), storyWithQuestion(4_000), storyWithCrisis(4_000)];
    const packs = [ENGLISH, ...Object.values(TRIAGE_PACKS).filter((pack) => pack !== ENGLISH), ...Object.values(ASK_PACKS)];
    for (const text of texts) {
      const shared = normalise(text);
      for (const pack of packs) expect(verdictOf(triageInContext(shared, pack)), text).toEqual(verdictOf(triageInContext({ ...shared }, pack)));
    }
  }, 60_000);

  it("are read again when the message object is given other text (long messages keep their words for the next pack)", () => {
    const message = normalise(storyWithCrisis(1_000));
    expect(message.folded.length).toBeGreaterThan(200);
    expect(triage(message, ENGLISH)?.kind).toBe("crisis");
    const question = normalise(storyWithQuestion(1_000));
    message.folded = question.folded;
    message.clauses = question.clauses;
    expect(triage(message, ENGLISH)?.kind).not.toBe("crisis");
    const crisis = normalise(storyWithCrisis(1_000));
    message.clauses.splice(0, message.clauses.length, ...crisis.clauses, "and more");
    expect(triage(message, ENGLISH)?.kind).toBe("crisis");
  });
});

describe("a clause's words as the scan reads them", () => {
  it("are its distinct runs of a-z, 0-9 and _, in order, the one- and two-character ones found by their characters", () => {
    const plain = (clause: string) => [...new Set(clause.match(/[a-z0-9_]+/g) ?? [])];
    const clauses = [
      ...new Set([...CORPUS_TEXTS, storyWithQuestion(4_000)].flatMap((text) => normalise(text).clauses)),
      "i a 9 _ _x x_ a1 1a zz z9 0 00 my my i",
      "x".repeat(30),
    ];
    let short = 0;
    for (const clause of clauses) {
      // Twice: the second reading finds every word remembered.
      expect(clauseTokens(clause), clause).toEqual(plain(clause));
      expect(clauseTokens(clause), clause).toEqual(plain(clause));
      short += plain(clause).filter((token) => token.length <= 2).length;
    }
    expect(short).toBeGreaterThan(5_000);
  });

  it("include words too long to remember, which open their gates like any other", () => {
    const long = "x".repeat(30);
    expect(clauseTokens(`${long} i want to kill myself`)).toEqual([long, "i", "want", "to", "kill", "myself"]);
    const message = normalise(`${long} i want to kill myself ${"y".repeat(40)}`);
    expect(triage(message, ENGLISH)?.kind).toBe("crisis");
    expect(triage(normalise(`i want to ${"kill".repeat(8)} myself`), ENGLISH)).toBeNull();
  });
});
