import { describe, expect, it } from "vitest";
import { type NormalisedMessage, normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { triageInContext } from "../../../../functions/engine/triage/cancellations.ts";
import { explainTriage } from "../../../../functions/engine/triage/explain.ts";
import { joinClauseWords } from "../../../../functions/engine/triage/find-cues.ts";
import { ENGLISH } from "../../../../functions/engine/triage/packs.ts";
import { storyWithCrisis } from "../../../../scripts/bench/long-messages.ts";
import questions from "../../../corpus/questions.json" with { type: "json" };
import triage from "../../../corpus/triage.json" with { type: "json" };

const TEXTS = [...triage, ...questions].map(({ text }) => text);

/** Two normalised messages end to end, as the conversation's reading joins them. */
function joined(a: NormalisedMessage, b: NormalisedMessage): NormalisedMessage {
  return { text: `${a.text} ${b.text}`, folded: `${a.folded} ${b.folded}`, clauses: [...a.clauses, ...b.clauses] };
}

/** The joined message read with the words kept from its parts, and the same text read afresh. */
function bothWays(first: string, second: string, partsScannedFirst: boolean) {
  const a = normalise(first);
  const b = normalise(second);
  if (partsScannedFirst) {
    triageInContext(a, ENGLISH);
    triageInContext(b, ENGLISH);
  }
  const whole = joined(a, b);
  joinClauseWords(a, b, whole);
  return { kept: whole, fresh: { ...whole } };
}

describe("a joined message's clause words, kept from its two parts", () => {
  it("give the same cues, cancellations and verdict as reading the joined text, for every third corpus message after its five predecessors", () => {
    let fired = 0;
    for (let i = 5; i < TEXTS.length; i += 3) {
      const context = TEXTS.slice(i - 5, i).join("\n");
      const { kept, fresh } = bothWays(context, TEXTS[i]!, i % 2 === 0);
      const explained = explainTriage(kept, ENGLISH);
      expect(explained, `${i}`).toEqual(explainTriage(fresh, ENGLISH));
      expect(triageInContext(kept, ENGLISH), `${i}`).toEqual(triageInContext(fresh, ENGLISH));
      if (explained.clauses.some((clause) => clause.fired.length > 0)) fired++;
    }
    // The comparison is about cues that fire: most windows of the triage corpus hold some.
    expect(fired).toBeGreaterThan(200);
  }, 60_000);

  it("read a clause said in both parts once, and long parts' words as their own scans kept them", () => {
    const cases: [string, string][] = [
      ["i want to die. work was long", "i want to die. what do i do"],
      [storyWithCrisis(1_500), "i can't go on, i want to die"],
      [`my therapist said i should stop my meds. ${storyWithCrisis(800)}`, "should i stop my meds"],
    ];
    for (const [first, second] of cases) {
      for (const scanned of [true, false]) {
        const { kept, fresh } = bothWays(first, second, scanned);
        expect(explainTriage(kept, ENGLISH)).toEqual(explainTriage(fresh, ENGLISH));
      }
    }
  });

  it("keeps nothing for a message whose clauses are not the two parts end to end", () => {
    const a = normalise("i want to die");
    const b = normalise("what time is it");
    const other: NormalisedMessage = { ...joined(a, b), clauses: ["what time is it"] };
    joinClauseWords(a, b, other);
    expect(triageInContext(other, ENGLISH).result).toBeNull();
    expect(triageInContext(joined(a, b), ENGLISH).result).toEqual({ kind: "crisis", reason: "suicide_self_harm" });
  });
});
