import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { detectSituation, NO_SITUATION, type Situation } from "../../../../functions/engine/situation/detect-situation.ts";
import {
  DATE_CUES,
  DATE_SET_CUES,
  GOODBYE_CUES,
  OVERDOSE_CUES,
  PLAN_CUES,
  type SituationCue,
  UNREACHABLE_CUES,
  WOUND_CUES,
  YOUNG_PERSON_CUES,
} from "../../../../functions/engine/situation/situation-cues.ts";

const situation = (text: string): Situation => detectSituation(normalise(text));

describe("situation cues", () => {
  const groups: [string, readonly SituationCue[]][] = [
    ["overdose", OVERDOSE_CUES],
    ["wound", WOUND_CUES],
    ["goodbye", GOODBYE_CUES],
    ["unreachable", UNREACHABLE_CUES],
    ["young person", YOUNG_PERSON_CUES],
    ["plan", PLAN_CUES],
    ["date", DATE_CUES],
    ["date set", DATE_SET_CUES],
  ];

  it.each(groups)("%s: every cue has an id, a rationale and examples it matches", (_, cues) => {
    for (const cue of cues) {
      expect(cue.id).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
      expect(cue.rationale.length).toBeGreaterThan(20);
      expect(cue.examples.length).toBeGreaterThan(0);
      for (const example of cue.examples) expect(cue.pattern.test(normalise(example).folded), `${cue.id}: ${example}`).toBe(true);
    }
  });

  it("gives unique ids", () => {
    const ids = groups.flatMap(([, cues]) => cues.map((cue) => cue.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("detectSituation", () => {
  it.each([
    ["I took 20 paracetamol an hour ago, I feel fine for now", "overdose"],
    ["i swallowed like 30 pills", "overdose"],
    ["my friend took a whole bottle of sleeping pills", "overdose"],
    ["I overdosed an hour ago", "overdose"],
    ["I cut too deep and it won't stop bleeding", "wound"],
    ["there's blood everywhere and I think I need stitches", "wound"],
    ["i cut myself really deep tonight", "wound"],
  ])("reads %j as a medical emergency: %s", (text, medical) => {
    expect(situation(text).medical).toBe(medical);
  });

  it.each([
    "I take 2 paracetamol when I have a headache",
    "should I take two pills for this?",
    "I took my meds this morning like always",
    "I'm thinking about taking all my pills",
    "I overdosed on coffee today lol",
    "I used to cut really deep years ago",
    "I cut my finger cooking",
    "the bleeding stopped an hour ago",
  ])("does not read %j as a medical emergency", (text) => {
    expect(situation(text).medical).toBeNull();
  });

  it.each([
    "my best friend sent me a goodbye message and now she isn't answering her phone",
    "he posted a suicide note and I can't reach him",
    "my sister texted me goodbye, her phone is off",
  ])("reads %j as a friend who said goodbye and cannot be reached", (text) => {
    expect(situation(text).friendUnreachable).toBe(true);
  });

  it.each(["my friend said goodbye when she moved to Canada", "my friend isn't answering my texts today", "I said goodbye to everyone and nobody answered"])(
    "does not read %j as an unreachable friend",
    (text) => {
      expect(situation(text).friendUnreachable).toBe(false);
    },
  );

  it.each([
    "I'm 15 and my parents can't know",
    "im 14 and i want to die",
    "everyone at school hates me and I want to die",
    "I'm in year 10 and I can't go on",
    "my mum took my phone and I want to kill myself",
  ])("reads %j as a likely minor", (text) => {
    expect(situation(text).youngPerson).toBe(true);
  });

  it.each([
    "I'm 35 and I want to die",
    "I'm 15 minutes from the bridge",
    "I am 17 weeks pregnant and scared",
    "my daughter's school called, she wants to die",
    "when I was in school I was bullied",
    "I teach at a high school and I can't go on",
  ])("does not read %j as a likely minor", (text) => {
    expect(situation(text).youngPerson).toBe(false);
  });

  it.each(["I'm going to do it tomorrow night", "I've decided, it's happening on Friday", "I'm going to end it all after the exams", "I've picked the date"])(
    "reads %j as a dated plan",
    (text) => {
      expect(situation(text).datedPlan).toBe(true);
    },
  );

  it.each(["I have therapy tomorrow", "I'm going to the cinema tonight", "tonight I feel so alone", "I'm going to do it someday"])(
    "does not read %j as a dated plan",
    (text) => {
      expect(situation(text).datedPlan).toBe(false);
    },
  );

  it("finds nothing in a plain wish to be dead, and is pure", () => {
    expect(situation("i want to die")).toEqual(NO_SITUATION);
    const message = normalise("I took 20 paracetamol and I'm 15");
    expect(detectSituation(message)).toEqual(detectSituation(message));
    expect(detectSituation(message)).toEqual({ medical: "overdose", friendUnreachable: false, youngPerson: true, datedPlan: false });
  });
});
