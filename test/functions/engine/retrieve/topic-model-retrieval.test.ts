import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { rankTopics, retrieve } from "../../../../functions/engine/retrieve/retrieve.ts";
import { checkedTopicModel, classProbabilities } from "../../../../functions/engine/retrieve/topic-model-retrieval.ts";
import { TOPIC_MODEL } from "../../../../functions/knowledge/generated/topic-model-en.ts";
import { TOPIC_VECTORS } from "../../../../functions/knowledge/generated/topic-vectors.ts";
import { TOPIC_MODEL_METRICS, topicModelInputs } from "../../../../scripts/kb/train-english-topic-model.ts";
import { DEFAULT_CONFIG, resolveConfig } from "../../../../shared/schemas/community-config.ts";

const topicOf = (text: string, config = DEFAULT_CONFIG) => {
  const match = retrieve(normalise(text), config);
  return match?.source === "topic" ? match.topic : null;
};

describe("the English topic model", () => {
  it("loads: its classes are the topics the vectors were built from, then out of scope", () => {
    const model = checkedTopicModel(TOPIC_MODEL, TOPIC_VECTORS.topics, TOPIC_VECTORS.dimensions);
    expect(model.topics).toEqual(TOPIC_VECTORS.topics);
    expect(model.classes).toHaveLength(TOPIC_VECTORS.topics.length + 1);
  });

  it("refuses a model trained on other topics or with weights that do not fit", () => {
    expect(() => checkedTopicModel(TOPIC_MODEL, [...TOPIC_VECTORS.topics].reverse(), TOPIC_VECTORS.dimensions)).toThrow(/other topics/);
    expect(() => checkedTopicModel(TOPIC_MODEL, TOPIC_VECTORS.topics, TOPIC_VECTORS.dimensions + 1)).toThrow(/do not fit/);
    expect(() => checkedTopicModel({ ...TOPIC_MODEL, topic: [1] }, TOPIC_VECTORS.topics, TOPIC_VECTORS.dimensions)).toThrow(/shared weights/);
  });

  it("was trained on the topics, decoys and development corpus as they are (run npm run build after changing them)", () => {
    const metrics = JSON.parse(readFileSync(TOPIC_MODEL_METRICS, "utf8")) as { inputs: Record<string, string>; heldOutBatchesRead: boolean };
    expect(metrics.inputs).toEqual(topicModelInputs());
    expect(metrics.heldOutBatchesRead).toBe(false);
  });

  it("chooses known questions' topics, and leaves everyday questions out of scope", () => {
    expect(topicOf("why does my therapist keep saying we")).toBe("we-in-therapy");
    expect(topicOf("is it normal to cry in every session")).toBe("crying-or-nervous-in-sessions");
    expect(topicOf("can my old therapist send my records to my new one")).toBe("sharing-records-with-a-new-therapist");
    expect(topicOf("what's a good recipe for banana bread")).toBeNull();
    expect(topicOf("how much does therapy cost without insurance")).toBeNull();
  });

  it("never answers with a topic the community disabled", () => {
    const config = resolveConfig({ disabledTopics: ["we-in-therapy"] });
    expect(topicOf("why does my therapist keep saying we", config)).not.toBe("we-in-therapy");
  });

  it("gives probabilities that sum to one, shown beside the words' scores", () => {
    const { matches, outOfScope } = rankTopics(normalise("my therapist is leaving the practice next month"), DEFAULT_CONFIG);
    const total = matches.reduce((sum, { probability }) => sum + (probability ?? 0), outOfScope);
    expect(total).toBeCloseTo(1, 9);
    expect(classProbabilities(Float64Array.from([0, 0])).every((p) => p === 0.5)).toBe(true);
  });
});
