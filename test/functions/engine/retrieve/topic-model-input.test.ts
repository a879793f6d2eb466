import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { scoreAll, vocabularyOf } from "../../../../functions/engine/retrieve/rank.ts";
import { allCosines } from "../../../../functions/engine/retrieve/semantic.ts";
import {
  checkedTopicModel,
  classProbabilities,
  classProbability,
  classScores,
  modelInput,
  modelInputInOrder,
  modelInputOfScores,
} from "../../../../functions/engine/retrieve/topic-model-retrieval.ts";
import { DECOY_PREFIX } from "../../../../functions/knowledge/decoys.ts";
import { KNOWLEDGE_BASE } from "../../../../functions/knowledge/generated/knowledge-base.ts";
import { TOPIC_MODEL } from "../../../../functions/knowledge/generated/topic-model-en.ts";
import { TOPIC_VECTORS } from "../../../../functions/knowledge/generated/topic-vectors.ts";
import { storyWithQuestion } from "../../../../scripts/bench/long-messages.ts";

const model = checkedTopicModel(TOPIC_MODEL, TOPIC_VECTORS.topics, TOPIC_VECTORS.dimensions);
const searchable = { index: KNOWLEDGE_BASE.index, vocabulary: vocabularyOf(KNOWLEDGE_BASE.index) };
const TEXTS = [
  "how do i tell my therapist something she said upset me?",
  "is it normal to cry in therapy",
  "where can i buy cheap shoes",
  "my therapist lent me money and says we are friends",
  storyWithQuestion(4_000),
];

describe("the topic model's input and probability, read the quick way", () => {
  it("modelInputInOrder reads an index's scores in document order as modelInput does, and any other order through it", () => {
    for (const text of TEXTS) {
      const message = normalise(text);
      const { scored, threshold } = scoreAll(message.text, [searchable]);
      const cosines = allCosines(message);
      const expected = modelInput(model.topics, scored, threshold, cosines, DECOY_PREFIX);
      expect(modelInputInOrder(model.topics, KNOWLEDGE_BASE.index.ids, scored, threshold, cosines, DECOY_PREFIX)).toEqual(expected);
      const scores = Float64Array.from(scored, ({ score }) => score);
      expect(modelInputOfScores(model.topics, KNOWLEDGE_BASE.index.ids, scores, threshold, cosines, DECOY_PREFIX)).toEqual(expected);
      const reversed = [...scored].reverse();
      expect(modelInputInOrder(model.topics, KNOWLEDGE_BASE.index.ids, reversed, threshold, cosines, DECOY_PREFIX)).toEqual(expected);
      expect(modelInputInOrder(model.topics, KNOWLEDGE_BASE.index.ids, scored.slice(1), threshold, cosines, DECOY_PREFIX)).toEqual(
        modelInput(model.topics, scored.slice(1), threshold, cosines, DECOY_PREFIX),
      );
    }
  });

  it("classProbability is classProbabilities' entry to the bit, for every class", () => {
    for (const text of TEXTS) {
      const message = normalise(text);
      const { scored, threshold } = scoreAll(message.text, [searchable]);
      const scores = classScores(model, modelInput(model.topics, scored, threshold, allCosines(message), DECOY_PREFIX));
      const probabilities = classProbabilities(scores);
      for (let k = 0; k < scores.length; k++) expect(Object.is(classProbability(scores, k), probabilities[k])).toBe(true);
    }
    expect(classProbability(Float64Array.from([0, Math.log(3)]), 1)).toBeCloseTo(0.75, 12);
  });
});
