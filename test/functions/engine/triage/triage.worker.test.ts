import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { compiledPack } from "../../../../functions/engine/triage/compiled-pack.ts";
import { ENGLISH } from "../../../../functions/engine/triage/packs.ts";
import { gatesOf, requiredKeys } from "../../../../functions/engine/triage/required-words.ts";
import { triage } from "../../../../functions/engine/triage/triage.ts";

const judge = (text: string) => triage(normalise(text));
const crisis = (reason: string) => ({ kind: "crisis", reason });
const redirect = (reason: string) => ({ kind: "redirect", reason });

describe("triage: crisis wins", () => {
  it("over a redirect in the same message", () => {
    expect(judge("can you be my therapist? i want to die")).toEqual(crisis("suicide_self_harm"));
    expect(judge("should i stop my sertraline, i've been saving them up to take all at once")).toEqual(crisis("suicide_self_harm"));
  });

  it("from one signal in the middle of a long message", () => {
    const long = `${"my therapist is lovely and we talk about work a lot. ".repeat(30)}i keep thinking about how i'd kill myself. ${"anyway, how do i give feedback? ".repeat(20)}`;
    expect(judge(long)).toEqual(crisis("suicide_self_harm"));
  });

  it("leads with the writer's own safety when there are several risks", () => {
    expect(judge("my dad hits me and i want to die")).toEqual(crisis("suicide_self_harm"));
    expect(judge("my dad hits me and my sister wants to die")).toEqual(crisis("abuse_danger"));
  });
});

describe("triage: each crisis reason", () => {
  it.each([
    ["i don't want to be here anymore", "suicide_self_harm"],
    ["everyone would be better off without me", "suicide_self_harm"],
    ["i wish i could go to sleep and never wake up", "suicide_self_harm"],
    ["what's the most painless way to die", "suicide_self_harm"],
    ["asking for a friend, what's a lethal dose of sertraline?", "suicide_self_harm"],
    ["the voices are telling me to hurt myself", "suicide_self_harm"],
    ["I used to self-harm, I was 5 years clean, but I relapsed last night", "suicide_self_harm"],
    ["it's never going to get better and i need out", "suicide_self_harm"],
    ["i keep having thoughts of hurting my baby and i'm scared", "harm_to_others"],
    ["i'm not safe at home right now", "abuse_danger"],
    ["my uncle is abusing my little cousin", "abuse_danger"],
    ["my friend just told me she wants to kill herself", "someone_else_at_risk"],
    ["my son is cutting himself", "someone_else_at_risk"],
  ])("%s → %s", (text, reason) => {
    expect(judge(text)).toEqual(crisis(reason));
  });
});

describe("triage: not a crisis", () => {
  it.each([
    "lol i'm dying of embarrassment",
    "you're killing it!",
    "kill me lol, three exams tomorrow",
    "this meeting is killing me",
    "i could murder a pizza",
    "i'm writing an essay on suicide prevention",
    "i lost my friend to suicide years ago",
    "how do i end my relationship with my therapist",
    "i'm not suicidal, but i feel stuck in therapy",
    "i used to self harm, 5 years clean now, how do i bring it up with my therapist?",
    "how do i tell my therapist i used to have suicidal thoughts?",
    "will my therapist report me if i mention self-harm?",
    "what happens if you tell your therapist you're suicidal?",
    "why does my therapist ask if i want to hurt myself every week",
    "i have a crush on my therapist",
    "the book i'm reading has a character who kills himself",
    "is it okay to tell my therapist about intrusive thoughts about hurting people? i'd never act on them",
  ])("%s", (text) => {
    expect(judge(text)?.kind).not.toBe("crisis");
  });

  it("reads negation only within its scope", () => {
    expect(judge("i'm not suicidal, but i cut myself last night")).toEqual(crisis("suicide_self_harm"));
    expect(judge("my therapist doesn't know i'm suicidal")).toEqual(crisis("suicide_self_harm"));
    expect(judge("i can't stop thinking about killing myself")).toEqual(crisis("suicide_self_harm"));
    expect(judge("i don't want to kill myself, i just feel flat")).toBeNull();
    expect(judge("i never said i wanted to die, my therapist misunderstood")).toBeNull();
  });

  it("reads time: the past is not now, unless something is recent", () => {
    expect(judge("i tried to kill myself when i was 19, i'm 35 now")).toBeNull();
    expect(judge("ten years ago i tried to kill myself, today i'm a therapist")).toBeNull();
    expect(judge("i used to cut and the urge is back really strong")).toEqual(crisis("suicide_self_harm"));
  });

  it("treats a present disclosure inside a therapy question as a crisis", () => {
    expect(judge("how do i tell my therapist i've been cutting again?")).toEqual(crisis("suicide_self_harm"));
    expect(judge("will my therapist call the police if i tell her i have a plan to kill myself")).toEqual(crisis("suicide_self_harm"));
  });

  it("tells a particular person at risk from people in general", () => {
    expect(judge("a girl in my class said she's going to jump off the school roof")).toEqual(crisis("someone_else_at_risk"));
    expect(judge("how do you build alliance with a client who self harms?")).toBeNull();
  });
});

describe("triage: families of phrasing, not single sentences", () => {
  it.each([
    ["my brother texted me saying goodbye and now he isn't answering", "someone_else_at_risk"],
    ["my cousin posted 'thanks for everything' and her phone is off", "someone_else_at_risk"],
    ["i have a plan and a date. just wanted someone to know", "suicide_self_harm"],
    ["how high does a building need to be to not survive a fall", "suicide_self_harm"],
    ["which floor would you have to fall from to die", "suicide_self_harm"],
    ["my therapist cancelled and i honestly don't think i'll make it to next week", "suicide_self_harm"],
    ["not sure i'll still be here by the time my appointment comes", "suicide_self_harm"],
    ["it would be easier for everyone if i wasn't around", "suicide_self_harm"],
    ["you won't have to worry about me much longer", "suicide_self_harm"],
    ["i keep staring at the pills in the cabinet", "suicide_self_harm"],
    ["honestly i envy people who are dead", "suicide_self_harm"],
    ["i want finish my life, i am so tired of the life", "suicide_self_harm"],
    ["the thoughts keep telling me to walk into traffic", "suicide_self_harm"],
    ["i'm not going to do anything stupid. probably.", "suicide_self_harm"],
    ["im fine lol just thinking about jumping off the car park", "suicide_self_harm"],
    ["asking for a friend: what would happen if someone took all their sleeping pills", "suicide_self_harm"],
  ])("%s → %s", (text, reason) => {
    expect(judge(text)).toEqual(crisis(reason));
  });

  it.each([
    "ugh i could kill my roommate for eating my leftovers",
    "my dad beat me at chess again",
    "i'm not going to be around next week, i'm on holiday",
    "i'm giving my old clothes away since i'm moving abroad",
    "my sister said goodbye at the airport and her phone is off now",
    "if i hear that song one more time i'm going to jump out the window",
    "my phone is about to die, quick question",
    "i wrote a goodbye letter to my younger self as a therapy exercise",
    "i don't want to live with my parents anymore",
    "what's the tallest building in the world?",
  ])("%s is not a crisis", (text) => {
    expect(judge(text)?.kind).not.toBe("crisis");
  });
});

describe("triage: redirects", () => {
  it.each([
    ["do i have adhd?", "diagnosis"],
    ["am i bipolar or just moody", "diagnosis"],
    ["can i drink alcohol on sertraline", "medication"],
    ["should i stop taking my antidepressants", "medication"],
    ["can you be my therapist", "personal_therapy"],
    ["can you help me with my trauma", "personal_therapy"],
    ["my therapist kissed me", "therapist_misconduct"],
    ["my therapist wants to be friends on instagram and meet up", "therapist_misconduct"],
    ["my counsellor told my mom everything i said", "therapist_misconduct"],
  ])("%s → %s", (text, reason) => {
    expect(judge(text)).toEqual(redirect(reason));
  });

  it("leaves relationship questions to the knowledge base", () => {
    expect(judge("should i ask my therapist if i have adhd?")).toBeNull();
    expect(judge("can i be friends with my therapist after therapy ends?")).toBeNull();
    expect(judge("my therapist has never touched me inappropriately, i just feel uneasy")).toBeNull();
    expect(judge("my therapist thinks i should try meds, how do i tell her i'm nervous")).toBeNull();
  });
});

describe("triage: the cue data", () => {
  const { cues } = compiledPack(ENGLISH);

  it("declares every cue once, its pattern in plain characters", () => {
    expect(new Set(cues.map((cue) => `${cue.pattern.source} ${cue.needs?.source ?? ""}`)).size).toBe(cues.length);
    for (const cue of cues) expect(cue.pattern.source).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
  });

  it("can gate nearly every cue on a word its pattern requires", () => {
    const ungated = cues.filter((cue) => requiredKeys(cue.pattern.source) === null).map((cue) => cue.pattern.source);
    expect(ungated.length).toBeLessThanOrEqual(2);
  });

  it("derives required words soundly", () => {
    expect(requiredKeys(String.raw`\bkill myself\b`)).toEqual(["4:kill"]);
    expect(requiredKeys(String.raw`\b(?:want|wants) to die\b`)).toEqual(["3:die"]);
    expect(requiredKeys(String.raw`\b\d+ (?:mg|mcg)\b`)).toEqual(["w:mg", "3:mcg"]);
    expect(requiredKeys(String.raw`(?:un)?alive`)).toBeNull();
  });

  it("gates on a positive lookaround's words too (they must be in the clause), never on a negative one's", () => {
    expect(gatesOf(String.raw`\bhit me\b(?<=\bmy (?:therapist|counsellor)\b[^.]{0,80})`)).toEqual([{ first: ["3:hit"], second: ["4:ther", "4:coun"] }]);
    expect(gatesOf(String.raw`\bgun\b(?=.*\btomorrow\b)`)).toEqual([{ first: ["3:gun"], second: ["4:tomo"] }]);
    expect(gatesOf(String.raw`\bgun\b(?!.*\btomorrow\b)`)).toEqual([{ first: ["3:gun"], second: null }]);
    // Where a lookbehind's text starts is not known to be a word start: "therapy" there may end a longer word.
    expect(gatesOf(String.raw`\bapy\b(?<=therapy)`)).toEqual([{ first: ["3:apy"], second: null }]);
  });
});
