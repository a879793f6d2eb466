import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../functions/engine/answer-message.ts";
import { languageEvidence } from "../../../functions/engine/language/detect-language.ts";
import { normalise } from "../../../functions/engine/normalise/normalise.ts";
import { judgeInLanguages, packsFor } from "../../../functions/engine/triage/judge-in-languages.ts";
import { scorerFor } from "../../../functions/engine/triage/pack-scorers.ts";
import { ENGLISH, packFor, TRIAGE_PACKS } from "../../../functions/engine/triage/packs.ts";
import { trainLanguageModel } from "../../../scripts/triage/train-risk-model.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../../shared/content/triage/cue-record.ts";
import type { PackCues, TriagePack } from "../../../shared/content/triage/pack.ts";
import type { CrisisReason } from "../../../shared/schemas/answer.ts";
import { resolveConfig } from "../../../shared/schemas/community-config.ts";
import type { Example } from "../../eval/labelled-data.ts";
import { openExamples } from "../../eval/language-corpora.ts";

/** A pack made up here, as a language's author would write one, to prove the seam without any real language's data. */
const wantsToDie: CueGroupRecord<CrisisReason> = {
  id: "xx-intent",
  name: "intent (test language)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "xx-intent/quiero-morir",
      rationale: "Says they want to die, in the test language.",
      who: "self",
      phrases: [String.raw`\bquiero morir\b`],
      matches: ["quiero morir"],
    },
  ],
};
const CUES: PackCues = { language: "xx", crisis: [wantsToDie], redirect: [], lexicon: {}, conditions: { PROJECTION: /\bpara un amigo\b/ } };

function examples(): Example[] {
  const crises = [
    "quiero morir",
    "quiero morir hoy",
    "ya no aguanto quiero morir",
    "siento que quiero morir",
    "de verdad quiero morir",
    "quiero morir ya",
    "hoy quiero morir",
    "solo quiero morir",
  ];
  const others = [
    "hola amigos",
    "que tal el dia",
    "me gusta el futbol",
    "tengo examen manana",
    "vamos al cine",
    "que risa",
    "buenas noches",
    "gracias por todo",
    "mi perro duerme",
    "hace calor",
  ];
  return [...crises, ...others].flatMap((text, i) => {
    const crisis = i < crises.length;
    return (["train", "calibration"] as const).map((split) => ({
      text: split === "train" ? text : `${text} ${split}`,
      crisis,
      ...(crisis ? { reason: "suicide_self_harm" as const } : {}),
      category: "test",
      source: "xx-triage",
      split,
    }));
  });
}

describe("the language seam", () => {
  const { model } = trainLanguageModel(CUES, examples());
  const pack: TriagePack = { ...CUES, scorer: { model } };

  it("trains a small n-gram scorer for a new pack from its corpus alone, and it loads", () => {
    expect(model.buckets).toBeLessThanOrEqual(1 << 13);
    const scorer = scorerFor(pack);
    expect(scorer.score(normalise("quiero morir hoy")).probability).toBeGreaterThan(scorer.score(normalise("vamos al cine hoy")).probability);
  });

  it("reads a message with its language's pack and English: a crisis in either wins", () => {
    expect(judgeInLanguages(normalise("quiero morir"), "xx", [pack, ENGLISH]).risk.level).toBe("crisis");
    // Mixed: the English half carries the crisis.
    expect(judgeInLanguages(normalise("hola amigos, i want to kill myself"), "xx", [pack, ENGLISH]).risk).toMatchObject({
      level: "crisis",
      reason: "suicide_self_harm",
    });
    expect(judgeInLanguages(normalise("hola amigos, que tal"), "xx", [pack, ENGLISH]).risk.level).toBe("none");
  });

  it("takes a redirect from whichever pack found one", () => {
    const judged = judgeInLanguages(normalise("hola, should i stop taking my antidepressants?"), "xx", [pack, ENGLISH]);
    expect(judged.risk.level).toBe("none");
    expect(judged.triaged).toEqual({ kind: "redirect", reason: "medication" });
  });

  it("reads English alone when a language has no pack", () => {
    expect(packFor("it")).toBe(ENGLISH);
    expect(packsFor("en").filter((pack) => !pack.askOnly)).toEqual([ENGLISH]);
  });

  it("registers every pack that has cues, and each registered scorer loads and scores its own corpus' crises above the rest", () => {
    const withCues = readdirSync("shared/content/triage", { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`shared/content/triage/${entry.name}/cues.ts`))
      .map((entry) => entry.name);
    expect(withCues).toContain("en");
    for (const language of withCues)
      expect(Object.keys(TRIAGE_PACKS), `${language} has cues but is not registered in functions/engine/triage/packs.ts`).toContain(language);
    for (const registered of Object.values(TRIAGE_PACKS).filter((p) => p !== ENGLISH)) {
      const scorer = scorerFor(registered);
      const scored = openExamples(registered.language).map((example) => ({ crisis: example.crisis, p: scorer.score(normalise(example.text)).probability }));
      const mean = (crisis: boolean) => scored.filter((row) => row.crisis === crisis).reduce((sum, row, _, all) => sum + row.p / all.length, 0);
      expect(mean(true), registered.language).toBeGreaterThan(mean(false));
    }
  });

  it("gives every language's scorer a check-in band of its own, so an uncertain message is asked about in its language", () => {
    for (const registered of Object.values(TRIAGE_PACKS).filter((p) => p !== ENGLISH)) {
      const { checkIn, crisis } = scorerFor(registered).thresholds;
      expect(checkIn, registered.language).toBeLessThan(crisis);
    }
    const spanish = scorerFor(packFor("es"));
    const p = spanish.score(normalise("todo me da igual ya")).probability;
    expect(p).toBeGreaterThanOrEqual(spanish.thresholds.checkIn);
    expect(p).toBeLessThan(spanish.thresholds.crisis);
    const answer = answerMessage({ text: "todo me da igual ya", locale: "es-MX" }, { config: resolveConfig(undefined) });
    expect([answer.kind, answer.language]).toEqual(["check_in", "es"]);
  });

  it("asks, never alarms, on Spanish hopelessness, worthlessness and self-hatred (the check-in pack); a crisis cue still wins", () => {
    const ask = (text: string) => answerMessage({ text, locale: "es-MX" }, { config: resolveConfig(undefined) });
    for (const text of ["no valgo nada", "me odio a mi mismo", "solo quiero rendirme"])
      expect([ask(text).kind, ask(text).language], text).toEqual(["check_in", "es"]);
    expect(ask("no valgo para nada en matematicas, me ayudas con mi tarea?").kind).not.toMatch(/crisis|check_in/);
    expect(ask("no valgo nada, me quiero matar").kind).toBe("crisis");
    expect(packsFor("es").at(-1)?.askOnly).toBe(true);
  });

  it("asks, never alarms, on Portuguese, French and German worthlessness and self-hatred (their check-in packs)", () => {
    const ask = (text: string, locale: string) => answerMessage({ text, locale }, { config: resolveConfig(undefined) });
    const cases: [string, string, string][] = [
      ["eu me odeio", "pt-BR", "pt"],
      ["não valho nada", "pt-PT", "pt"],
      ["je me déteste", "fr-FR", "fr"],
      ["je sers à rien", "fr-CA", "fr"],
      ["ich hasse mich", "de-DE", "de"],
      ["ich bin nichts wert", "de-AT", "de"],
    ];
    for (const [text, locale, language] of cases) expect([ask(text, locale).kind, ask(text, locale).language], text).toEqual(["check_in", language]);
    expect(ask("ich bin ein versager in mathe, kannst du mir helfen?", "de-DE").kind).not.toMatch(/crisis|check_in/);
    for (const language of ["pt", "fr", "de"]) expect(packsFor(language).at(-1)?.askOnly, language).toBe(true);
  });

  it("asks, never alarms, on English self-hatred, worthlessness and pointlessness (the check-in pack); everyday use and a crisis cue do not change", () => {
    const ask = (text: string) => answerMessage({ text }, { config: resolveConfig(undefined) });
    for (const text of ["i hate my life", "i'm a failure as a person", "what's the point of anything"]) expect(ask(text).kind, text).toBe("check_in");
    for (const text of ["i hate myself for eating that whole pizza", "i'm a failure at cooking", "i give up on this game"])
      expect(ask(text).kind, text).not.toMatch(/crisis|check_in/);
    expect(ask("i've been thinking about suicide").kind).toBe("crisis");
    // A question about therapy that says it now: its answer, then the check-in; said of the past, the answer alone.
    const past = ask("i used to feel worthless, how do i tell my therapist");
    const now = ask("i feel worthless, how do i tell my therapist");
    expect(past.kind).toBe("answer");
    expect(now.kind).toBe("check_in");
    expect(now.text.startsWith(past.text)).toBe(true);
    expect(packsFor("en").at(-1)?.askOnly).toBe(true);
  });
});

describe("mixed and misleading languages", () => {
  const config = resolveConfig(undefined);
  const answer = (text: string, locale?: string) => answerMessage({ text, ...(locale ? { locale } : {}) }, { config });

  it("reads a message that mixes languages in each: a Spanish crisis inside English chat is a crisis", () => {
    expect(languageEvidence("me quiero matar, like for real").mentioned).toContain("es");
    expect(answer("me quiero matar, like for real").kind).toBe("crisis");
    expect(answer("je veux mourir, for real this time").kind).toBe("crisis");
  });

  it("lets another language's scorer confirm its own cues but never raise an alarm alone (German 'die' is an article)", () => {
    expect(answer("wie kündige ich bei meiner therapeutin", "de-DE").kind).not.toMatch(/crisis|check_in/);
    expect(answer("ich hab verschlafen und die stunde verpasst", "de-DE").kind).not.toMatch(/crisis|check_in/);
    expect(answer("ich will nicht mehr leben").kind).toBe("crisis");
  });

  it("gives no crisis reply on a letters-only scorer's word alone in a message of one or two words: it asks", () => {
    const french = scorerFor(packFor("fr"));
    expect(french.readsMeaning).toBe(false);
    // "plus" alone: a word the letters-only scorer scores over its crisis threshold (retraining moves which; "à plus" was one).
    expect(french.score(normalise("plus")).probability).toBeGreaterThanOrEqual(french.thresholds.crisis);
    expect(answer("plus", "fr-FR").kind).toBe("check_in");
    expect(answer("jveux mourir", "fr-FR").kind).toBe("crisis");
    expect(answer("j'en peux plus de cette vie", "fr-FR").kind).toBe("crisis");
  });
});
