import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { joinedWords, MAX_WORDS, messageWords, scorerWords } from "../../../../functions/engine/scorer/tokens.ts";
import { storyWithCrisis, storyWithQuestion } from "../../../../scripts/bench/long-messages.ts";
import questions from "../../../corpus/questions.json" with { type: "json" };
import triage from "../../../corpus/triage.json" with { type: "json" };

const TEXTS = [...triage, ...questions].map(({ text }) => text);

/** Two normalised messages end to end, as the conversation's reading joins them. */
function joined(first: string, second: string) {
  const a = normalise(first);
  const b = normalise(second);
  return { a, b, whole: { text: `${a.text} ${b.text}`, folded: `${a.folded} ${b.folded}`, clauses: [...a.clauses, ...b.clauses] } };
}

describe("the words of two messages joined, from theirs", () => {
  it("are the words of the joined text, for consecutive corpus messages", () => {
    for (let i = 1; i < TEXTS.length; i++) {
      const { a, b, whole } = joined(TEXTS[i - 1]!, TEXTS[i]!);
      expect(messageWords(joinedWords(a, b, whole)), `${i}`).toEqual(scorerWords(whole.folded));
    }
  });

  it("stop at the scorer's word limit, however long either part", () => {
    for (const [first, second] of [
      [storyWithQuestion(8_000), "i can't go on"],
      [storyWithQuestion(3_000), storyWithCrisis(4_000)],
      ["ok'", "'quoted' words''"],
    ] as const) {
      const { a, b, whole } = joined(first, second);
      const words = messageWords(joinedWords(a, b, whole));
      expect(words).toEqual(scorerWords(whole.folded));
      expect(words.length).toBeLessThanOrEqual(MAX_WORDS);
    }
  });
});
