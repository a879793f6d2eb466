import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_BASE } from "../../functions/knowledge/generated/knowledge-base.ts";
import { joinLabels, questionHash, REAL_QUESTION_LABELS, RealQuestionLabelsSchema, realQuestionEvaluation, replyLabel } from "./real-questions.ts";

describe("the real-question labels", () => {
  it("key a question by its text, whatever its spacing or Unicode form", () => {
    expect(questionHash("Is it normal  to cry\nin therapy?")).toBe(questionHash(" Is it normal to cry in therapy? "));
    expect(questionHash("caf\u00e9 therapist")).toBe(questionHash("cafe\u0301 therapist"));
    expect(questionHash("is it normal to cry in therapy?")).not.toBe(questionHash("is it normal to cry in therapy!"));
    expect(questionHash("anything")).toMatch(/^[0-9a-f]{16}$/);
  });

  it("join labels to the prepared texts and count the labels whose text is missing", () => {
    const labels = {
      source: "test/corpus/external/example.jsonl",
      labels: [
        { hash: questionHash("why does my therapist say we"), expect: "topic:we-in-therapy" },
        { hash: questionHash("a question this copy does not have"), expect: "out_of_scope" },
      ],
    };
    const jsonl = `${JSON.stringify({ text: "why does my therapist say we", source: "x" })}\n${JSON.stringify({ text: "unlabelled" })}\n`;
    expect(joinLabels(labels, jsonl)).toEqual({ questions: [{ text: "why does my therapist say we", expect: "topic:we-in-therapy" }], missing: 1 });
  });

  it("score the engine's reply against the label: topic, redirect reason or out of scope", () => {
    expect(replyLabel({ kind: "answer", topic: "trust", reason: null })).toBe("topic:trust");
    expect(replyLabel({ kind: "redirect", topic: null, reason: "diagnosis" })).toBe("redirect:diagnosis");
    expect(replyLabel({ kind: "crisis", topic: null, reason: "suicide_self_harm" })).toBe("crisis:suicide_self_harm");
    const report = realQuestionEvaluation([
      { text: "why does my therapist say we", expect: "topic:we-in-therapy" },
      { text: "why does my therapist say we", expect: "topic:trust" },
    ]);
    expect(report.lines).toContain("Right topic, redirect or out of scope: 50.0%");
    expect(report.failures).toEqual([]);
  });

  it("reject a label that is not topic:<id>, redirect:<reason> or out_of_scope", () => {
    const parse = (expectLabel: string, hash = "0123456789abcdef") =>
      RealQuestionLabelsSchema.safeParse({ source: "test/corpus/external/x.jsonl", labels: [{ hash, expect: expectLabel }] }).success;
    expect(parse("topic:trust")).toBe(true);
    expect(parse("redirect:therapist_misconduct")).toBe(true);
    expect(parse("redirect:because")).toBe(false);
    expect(parse("trust")).toBe(false);
    expect(parse("out_of_scope", "not-a-hash")).toBe(false);
  });

  it.skipIf(!existsSync(REAL_QUESTION_LABELS))("name only topics that exist, each question once", () => {
    const { labels } = RealQuestionLabelsSchema.parse(JSON.parse(readFileSync(REAL_QUESTION_LABELS, "utf8")));
    const ids = new Set(KNOWLEDGE_BASE.topics.map(({ id }) => id));
    for (const { expect: label } of labels) if (label.startsWith("topic:")) expect(ids, label).toContain(label.slice("topic:".length));
    expect(new Set(labels.map(({ hash }) => hash)).size).toBe(labels.length);
  });
});
