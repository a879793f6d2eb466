import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOPIC_VECTORS_MODULE, topicVectorsModule } from "../../scripts/kb/build-topic-vectors.ts";
import { committedModelStatus } from "../../scripts/triage/train-risk-model.ts";

describe("the scorer's and retrieval's generated modules", () => {
  it("topic vectors match the topics (run npm run build after editing a topic)", () => {
    expect(readFileSync(TOPIC_VECTORS_MODULE, "utf8")).toBe(topicVectorsModule().source);
  });

  it("the risk model was trained with the word vectors it ships with", () => {
    expect(committedModelStatus().fits).toBe(true);
  });
});
