import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { CUT_CONJUNCTIONS } from "../../../../functions/engine/normalise/split-clauses.ts";
import { detectSituation, detectSituationWith } from "../../../../functions/engine/situation/detect-situation.ts";
import { SITUATION_GATES } from "../../../../functions/engine/situation/generated/situation-gates.ts";
import { ALL_SITUATION_CUES, LONG_AGO, OVERDOSE_CUES, type SituationCue, WOUND_CUES } from "../../../../functions/engine/situation/situation-cues.ts";
import { gateOpen, situationGates, situationGatesFor, textWords } from "../../../../functions/engine/situation/situation-gates.ts";
import { SITUATION_GATES_PATH, situationGatesModule } from "../../../../functions/engine/situation/situation-gates-build.ts";
import { withBarriersCompiled } from "../../../../functions/engine/triage/regexp-code.ts";
import { storyWithCrisis, storyWithQuestion } from "../../../../scripts/bench/long-messages.ts";

const CORPUS = join(import.meta.dirname, "../../../corpus");

/** Every corpus message (English and each language's), sealed splits left unread as the house rules say. */
function corpusTexts(): string[] {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith(".json") && name !== "conversations.json");
  for (const language of ["es", "pt", "fr", "de"])
    for (const name of readdirSync(join(CORPUS, language))) if (name.endsWith(".json")) files.push(`${language}/${name}`);
  return files
    .filter((file) => !file.includes("sealed"))
    .flatMap((file) => {
      const items = JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as unknown;
      return Array.isArray(items) ? items.flatMap((item) => (typeof item?.text === "string" ? [item.text as string] : [])) : [];
    });
}

/** The medical emergency as first written: every overdose cue on every clause ("years ago" first), then every wound cue. */
function medicalAsFirstRead({ clauses, folded }: { clauses: string[]; folded: string }): "overdose" | "wound" | null {
  const read = clauses.length > 0 ? clauses : [folded];
  const current = (cues: readonly SituationCue[]) =>
    read.some((clause) => !LONG_AGO.test(clause) && cues.some((cue) => withBarriersCompiled(cue.pattern).test(clause)));
  return current(OVERDOSE_CUES) ? "overdose" : current(WOUND_CUES) ? "wound" : null;
}

describe("the situation cues' gate tables", () => {
  it("match the situation cues (run npm run build:triage after editing one)", () => {
    expect(readFileSync(SITUATION_GATES_PATH, "utf8")).toBe(situationGatesModule(ALL_SITUATION_CUES));
  });

  it("gate nearly every cue, and are read back for the cues they were built from", () => {
    const gates = situationGates();
    expect(gates).not.toBeNull();
    expect(gates!.byCue.size).toBe(SITUATION_GATES.gates.filter((gate) => gate !== null).length);
    expect(gates!.byCue.size).toBeGreaterThanOrEqual(ALL_SITUATION_CUES.length - 3);
  });

  it("are not used for cues they were not built from", () => {
    expect(situationGatesFor(ALL_SITUATION_CUES, { ...SITUATION_GATES, fingerprint: SITUATION_GATES.fingerprint + 1 })).toBeNull();
    expect(situationGatesFor(ALL_SITUATION_CUES.slice(1), SITUATION_GATES)).toBeNull();
    const edited = ALL_SITUATION_CUES.map((cue, id) => (id === 3 ? { ...cue, pattern: new RegExp(`${cue.pattern.source}|x`) } : cue));
    expect(situationGatesFor(edited, SITUATION_GATES)).toBeNull();
  });

  it("read a text's words as the patterns' word boundaries do", () => {
    const gates = situationGates()!;
    const cut = ALL_SITUATION_CUES.find((cue) => cue.id === "wound-cut-too-deep")!;
    const opens = (text: string) => gateOpen(gates, cut, textWords(text, gates));
    expect(opens("i cut, myself-deeply")).toBe(true);
    expect(opens("cuts so deep")).toBe(true);
    expect(opens("i cutdeep")).toBe(false);
    expect(opens("a haircut too deep")).toBe(false);
    expect(opens("i cut it")).toBe(false);
  });

  it("never change a situation: gated and ungated agree on every corpus text, the cues' examples and the long stories", () => {
    const texts = [
      ...corpusTexts(),
      ...ALL_SITUATION_CUES.flatMap((cue) => cue.examples),
      storyWithCrisis(4000),
      storyWithQuestion(4000),
      storyWithCrisis(1000),
    ];
    expect(texts.length).toBeGreaterThan(8000);
    // Runs of six corpus messages as one text, as a message read with its context is.
    const joined = texts.slice(0, 3000).flatMap((_, at) => (at % 6 === 0 ? [texts.slice(at, at + 6).join("\n")] : []));
    const gates = situationGates();
    let found = 0;
    let medical = 0;
    for (const text of [...texts, ...joined]) {
      const message = normalise(text);
      const gated = detectSituationWith(message, gates);
      expect(gated, text).toEqual(detectSituationWith(message, null));
      expect(detectSituation(message)).toEqual(gated);
      expect(gated.medical, text).toBe(medicalAsFirstRead(message));
      if (gated.medical) medical++;
      if (gated.medical || gated.friendUnreachable || gated.youngPerson || gated.datedPlan) found++;
    }
    // The comparison covers texts where situations are found, not only texts where none is.
    expect(found).toBeGreaterThan(200);
    expect(medical).toBeGreaterThan(50);
    // About 5 s on a busy 2-core machine: the default 5 s timeout failed it under load.
  }, 30_000);

  it("read the whole text's words from its clauses: every gate word of the folded text is in a clause or is a word clauses are cut at", () => {
    const gates = situationGates()!;
    const cut = textWords(CUT_CONJUNCTIONS.join(" "), gates);
    const texts = [...corpusTexts(), storyWithCrisis(4000), storyWithQuestion(4000), "i took them all but however, i'm 15; whereas: my school. except"];
    for (const text of texts) {
      const message = normalise(text);
      const union = Uint8Array.from(cut);
      for (const clause of message.clauses) textWords(clause, gates, undefined, union);
      const whole = textWords(message.folded, gates);
      expect(
        whole.every((held, k) => held === 0 || union[k] === 1),
        text,
      ).toBe(true);
    }
  }, 30_000);
});
