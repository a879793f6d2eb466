import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../../functions/engine/answer-message.ts";
import { hasTerm } from "../../../../functions/engine/retrieve/bm25.ts";
import { analyzerFor } from "../../../../functions/engine/retrieve/language-analyzers.ts";
import { rank, vocabularyOf } from "../../../../functions/engine/retrieve/rank.ts";
import { MIN_SCORE, MIN_SCORE_UNANCHORED } from "../../../../functions/engine/retrieve/threshold.ts";
import { modelStems, NO_TOPIC, topicModelFor } from "../../../../functions/engine/retrieve/topic-model-hashed.ts";
import { liftedByModel } from "../../../../functions/engine/retrieve/topic-model-ranking.ts";
import { KNOWLEDGE_BASES } from "../../../../functions/knowledge/generated/knowledge-bases.ts";
import { topicModelModules, trainTopicModel } from "../../../../scripts/kb/train-hashed-topic-models.ts";
import { DEFAULT_CONFIG } from "../../../../shared/schemas/community-config.ts";

const { index } = KNOWLEDGE_BASES.de!;
const analyzer = analyzerFor("de");
const probabilities = (text: string) => topicModelFor("de")!.probabilityMap(modelStems(analyzer, text, (term) => hasTerm(index, term)));

describe("the German topic model", () => {
  it("is what the build trains from the topics and the open question files (run npm run build after editing either)", () => {
    for (const { path, source } of topicModelModules()) expect(readFileSync(path, "utf8"), path).toBe(source);
  }, 60_000);

  it("never learns from a sealed file", () => {
    expect(() => trainTopicModel("de", ["questions-sealed.json"])).toThrow(/sealed/);
  });

  it("spreads one probability over the topics and 'no topic', and gives everyday chat to 'no topic'", () => {
    const recipe = probabilities("hast du ein rezept für käsespätzle");
    expect([...recipe.values()].reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 6);
    expect(recipe.get(NO_TOPIC)).toBeGreaterThan(0.5);
    expect(probabilities("meine therapeutin sagt immer wir").get("we-in-therapy")).toBeGreaterThan(0.5);
    expect(topicModelFor("en")).toBeNull();
  });

  it("chooses with the words a topic the words alone rank second, and leaves whether to answer to the words", () => {
    const text = "mein freund und ich streiten nur noch, bringt so eine beratung zu zweit was?";
    const { scored } = rank(text, [{ index, vocabulary: vocabularyOf(index) }], analyzer);
    expect(scored[0]!.id).not.toBe("group-and-couples-therapy");
    const answer = answerMessage({ text, locale: "de-DE" }, { config: DEFAULT_CONFIG });
    expect([answer.kind, answer.topic]).toEqual(["answer", "group-and-couples-therapy"]);
    expect(answerMessage({ text: "kennst du ein gutes kuchenrezept", locale: "de-DE" }, { config: DEFAULT_CONFIG }).kind).not.toBe("answer");
  });

  it("carries a topic over the threshold only in a message about therapy, when confident of it", () => {
    const modelled = [{ id: "empathy", probability: 0.6 }];
    expect(liftedByModel({ topic: "empathy", score: 20 }, modelled, MIN_SCORE)).toBe(true);
    expect(liftedByModel({ topic: "empathy", score: 20 }, modelled, MIN_SCORE_UNANCHORED)).toBe(false);
    expect(liftedByModel({ topic: "empathy", score: 20 }, [{ id: "empathy", probability: 0.4 }], MIN_SCORE)).toBe(false);
    expect(liftedByModel({ topic: "empathy", score: 2 }, modelled, MIN_SCORE)).toBe(false);
  });
});
