import { describe, expect, it } from "vitest";
import { crisisIn } from "../../../../functions/engine/context/crisis-in.ts";
import { type NormalisedMessage, normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { assessRisk } from "../../../../functions/engine/scorer/assess-risk.ts";
import { triageInContext } from "../../../../functions/engine/triage/cancellations.ts";
import { scorerFor } from "../../../../functions/engine/triage/pack-scorers.ts";
import { ENGLISH, TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import questions from "../../../corpus/questions.json" with { type: "json" };
import triage from "../../../corpus/triage.json" with { type: "json" };

const TEXTS = [...triage, ...questions].map(({ text }) => text);

/** The full judgement (every cue, redirects and the scorer read) as a crisis reason or null. */
function fullCrisis(message: NormalisedMessage, pack = ENGLISH): string | null {
  const scorer = scorerFor(pack);
  const copy = { ...message };
  const verdict = triageInContext(copy, pack);
  const risk = assessRisk(copy, verdict, scorer);
  return risk.level === "crisis" ? risk.reason : null;
}

describe("crisisIn: the full judgement's crisis, reading only what can make one", () => {
  it("agrees with the full judgement on each corpus message's five predecessors read as one text, and on each message", () => {
    let skipped = 0;
    let crises = 0;
    for (let i = 0; i < TEXTS.length; i++) {
      for (const message of [normalise(TEXTS.slice(Math.max(0, i - 5), i).join("\n") || TEXTS[i]!), normalise(TEXTS[i]!)]) {
        const reason = crisisIn({ ...message }, ENGLISH, scorerFor(ENGLISH));
        expect(reason, `${i}`).toBe(fullCrisis(message));
        if (reason) crises++;
        const verdict = triageInContext({ ...message }, ENGLISH, () => false);
        if (verdict.result?.kind !== "crisis" && verdict.cancelled.size > 0) skipped++;
      }
    }
    // Both ways out are taken often: a cancelled cue with no scorer read, and a crisis.
    expect(skipped).toBeGreaterThan(200);
    expect(crises).toBeGreaterThan(200);
  }, 60_000);

  it("agrees where a cancelled cue, a redirect or a cue with a low score decide, in every language's pack", () => {
    const texts = [
      "i don't want to die, i'm just exhausted",
      "back then i wanted to kill myself",
      "should i stop my meds",
      "should i stop my meds? i want to die",
      "lol i'm going to kill myself if this meeting runs over",
      "no quiero morir, solo estoy cansada",
      "je ne veux pas mourir",
      "ich will nicht mehr leben",
      "não aguento mais, quero morrer",
    ];
    for (const pack of Object.values(TRIAGE_PACKS)) {
      for (const text of texts) expect(crisisIn(normalise(text), pack, scorerFor(pack)), `${pack.language}: ${text}`).toBe(fullCrisis(normalise(text), pack));
    }
  });
});
