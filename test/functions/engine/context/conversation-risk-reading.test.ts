import { describe, expect, it } from "vitest";
import { assessConversationRisk, boundedForReading, CONTEXT_READ_CHARS, riskOf } from "../../../../functions/engine/context/conversation-risk.ts";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { assessRisk } from "../../../../functions/engine/scorer/assess-risk.ts";
import { triageInContext } from "../../../../functions/engine/triage/cancellations.ts";
import { judgeInLanguages } from "../../../../functions/engine/triage/judge-in-languages.ts";
import { scorerFor } from "../../../../functions/engine/triage/pack-scorers.ts";
import { TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import questions from "../../../corpus/questions.json" with { type: "json" };
import triage from "../../../corpus/triage.json" with { type: "json" };

const CALM = "we talked about my week at work and the new schedule and how my sister is doing with her exams. ";
/** A long, calm earlier message (about 1,000 characters) with `sentence` at `where`. */
function longMessage(sentence: string, where: "start" | "middle" | "end"): string {
  const calm = CALM.repeat(10).slice(0, 1_000 - sentence.length - 2);
  const cut = calm.lastIndexOf(". ", calm.length / 2) + 2;
  if (where === "start") return `${sentence} ${calm}`;
  if (where === "end") return `${calm} ${sentence}`;
  return `${calm.slice(0, cut)}${sentence} ${calm.slice(cut)}`;
}

describe("reading the conversation: bounded, and the message's own reading reused", () => {
  it("reads an earlier message whole up to the bound, else its start and its end in whole words", () => {
    expect(boundedForReading("lost my job today")).toEqual({ read: "lost my job today", skipped: "" });
    const long = longMessage("i want to die", "middle");
    const { read, skipped } = boundedForReading(long);
    expect(read.length).toBeLessThanOrEqual(CONTEXT_READ_CHARS + 1);
    const [head, tail] = read.split("\n") as [string, string];
    expect(`${head}${skipped}${tail}`).toBe(long);
    for (const word of read.split(/\s+/).filter(Boolean)) expect(long.split(/\s+/)).toContain(word);
    expect(skipped).toContain("i want to die");
  });

  it("finds a crisis said anywhere in a long earlier message: its start, its end, or its middle (by the cues)", () => {
    const message = normalise("which bridge in town is the highest?");
    const risk = (where: "start" | "middle" | "end") => assessConversationRisk(message, [longMessage("i want to kill myself tonight.", where)]).risk.level;
    expect(risk("start")).toBe("crisis");
    expect(risk("end")).toBe("crisis");
    expect(risk("middle")).toBe("crisis");
    expect(assessConversationRisk(message, [longMessage("my sister got a new job.", "middle")]).risk.level).toBe("none");
  });

  it("gives the same verdict with the message's reading handed over as when it works it out", () => {
    const cases: [string, string[]][] = [
      ["which bridge in town is the highest?", ["lost my job today, everything's falling apart"]],
      ["anyway how do i tell my therapist", ["i want to die", "nobody would care"]],
      ["i can't see the point anymore", ["my girlfriend left and took the dog"]],
      ["thanks, that helps", ["the weather is nice", "my therapist is great"]],
    ];
    for (const [text, context] of cases) {
      const message = normalise(text);
      const { own } = judgeInLanguages(message, "en");
      expect(assessConversationRisk(message, context, {}, own).risk).toEqual(assessConversationRisk(message, context).risk);
    }
  });

  it("reads the whole conversation's level (riskOf) as the full judgement does, every cue and the scorer read", () => {
    const texts = [...triage, ...questions].map(({ text }) => text);
    const levels = new Map<string, number>();
    for (const pack of Object.values(TRIAGE_PACKS)) {
      const scorer = scorerFor(pack);
      const step = pack.language === "en" ? 1 : 7;
      for (let i = 0; i < texts.length; i += step) {
        for (const text of [texts.slice(Math.max(0, i - 5), i + 1).join("\n"), texts[i]!]) {
          const message = normalise(text);
          const full = assessRisk({ ...message }, triageInContext({ ...message }, pack), scorer);
          const level = riskOf({ ...message }, pack, scorer);
          expect(level, `${pack.language} ${i}`).toEqual(full);
          levels.set(level.level, (levels.get(level.level) ?? 0) + 1);
        }
      }
    }
    // Every level is reached, the fast "none" most of all.
    expect(levels.get("none")).toBeGreaterThan(1_000);
    expect(levels.get("check_in")).toBeGreaterThan(20);
    expect(levels.get("crisis")).toBeGreaterThan(200);
  }, 120_000);
});
