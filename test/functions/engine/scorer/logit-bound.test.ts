import { describe, expect, it } from "vitest";
import { type NormalisedMessage, normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { CONTEXT_FEATURES } from "../../../../functions/engine/scorer/features.ts";
import { logitBound } from "../../../../functions/engine/scorer/logit-bound.ts";
import { RiskModel } from "../../../../functions/engine/scorer/risk-model.ts";
import type { RiskScorer } from "../../../../functions/engine/scorer/risk-scorer.ts";
import { messageWords } from "../../../../functions/engine/scorer/tokens.ts";
import type { Cancellation } from "../../../../functions/engine/triage/find-cues.ts";
import { scorerFor } from "../../../../functions/engine/triage/pack-scorers.ts";
import { TRIAGE_PACKS } from "../../../../functions/engine/triage/packs.ts";
import deTriage from "../../../corpus/de/triage.json" with { type: "json" };
import esTriage from "../../../corpus/es/triage.json" with { type: "json" };
import frTriage from "../../../corpus/fr/triage.json" with { type: "json" };
import ptTriage from "../../../corpus/pt/triage.json" with { type: "json" };
import questions from "../../../corpus/questions.json" with { type: "json" };
import posts from "../../../corpus/scorer-posts.json" with { type: "json" };
import triage from "../../../corpus/triage.json" with { type: "json" };

/**
 * `logitBound` (and `RiskScorer.surelyBelow`, which the conversation's reading uses to skip the scorer's mean vector)
 * must hold wherever the scorer reads: the logit `score` works out always lies within the bound's error of its estimate.
 */
const texts = (items: readonly unknown[]) => items.map((item) => (typeof item === "string" ? item : (item as { text: string }).text));
const ENGLISH_TEXTS = [...texts(triage), ...texts(questions), ...texts(posts)];
const runs = (all: readonly string[]) => all.map((_, i) => all.slice(Math.max(0, i - 5), i + 1).join("\n"));
const OTHER_TEXTS: Record<string, string[]> = { es: texts(esTriage), fr: texts(frTriage), pt: texts(ptTriage), de: texts(deTriage) };
const AWKWARD = ["", "a", "a".repeat(60), "i i i i i i", "zzzz qqqq xxxx", "i want to die ".repeat(200), `${"ok ".repeat(999)}fine`];

const fresh = (text: string): NormalisedMessage => normalise(text);

/** The logit the scorer works out for the message, from its features (the model is linear: logit then calibration). */
function scoredLogit(scorer: RiskScorer, message: NormalisedMessage, cancelled: ReadonlySet<Cancellation>): number {
  const { features } = scorer.score(message, cancelled);
  return new RiskModel(TRIAGE_PACKS[scorer.language]!.scorer.model).logit(features);
}

function check(scorer: RiskScorer, all: readonly string[], cancelled: ReadonlySet<Cancellation> = new Set()) {
  const linear = new RiskModel(TRIAGE_PACKS[scorer.language]!.scorer.model).linear!;
  let widest = 0;
  let below = 0;
  let atLeast = 0;
  for (const text of all) {
    const message = fresh(text);
    const logit = scoredLogit(scorer, message, cancelled);
    const { estimate, error } = logitBound(messageWords(message), scorer.vectors, linear, cancelled);
    expect(Math.abs(logit - estimate), text.slice(0, 40)).toBeLessThanOrEqual(error);
    widest = Math.max(widest, error);
    const { crisis, cueFloor } = scorer.thresholds;
    const { probability } = scorer.score(message, cancelled);
    if (scorer.surelyBelow(message, cancelled, crisis)) {
      below++;
      expect(probability, text.slice(0, 40)).toBeLessThan(crisis);
    }
    if (scorer.surelyAtLeast(message, cancelled, cueFloor)) {
      atLeast++;
      expect(probability, text.slice(0, 40)).toBeGreaterThanOrEqual(cueFloor);
    }
    if (scorer.surelyAtLeast(message, cancelled, crisis)) expect(probability, text.slice(0, 40)).toBeGreaterThanOrEqual(crisis);
  }
  return { widest, below, atLeast };
}

describe("logitBound: the scorer's logit without summing the mean vector, and how far off it can be", () => {
  // surelyAtLeast is checked against the cue floor (crisisIn's use) and the crisis threshold in every case below.
  it("bounds the English scorer's logit on every corpus message, each with its five predecessors, and the long posts", () => {
    const scorer = scorerFor(TRIAGE_PACKS.en!);
    const all = [...ENGLISH_TEXTS, ...runs(texts(triage)), ...AWKWARD];
    const { widest, below, atLeast } = check(scorer, all);
    // Tight enough to decide: the error is a hundredth of a logit at most (~0.002 on 1,000 words), and most texts (crisis-heavy corpora: 64%) are shown below the threshold.
    expect(widest).toBeLessThan(1e-2);
    expect(widest).toBeGreaterThan(0);
    expect(below).toBeGreaterThan(all.length * 0.5);
    expect(atLeast).toBeGreaterThan(all.length * 0.5);
  }, 120_000);

  it("holds with every context check cancelling, and in the other languages' scorers (no word vectors)", () => {
    const scorer = scorerFor(TRIAGE_PACKS.en!);
    for (const cancelling of CONTEXT_FEATURES) checkOne(scorer, new Set([cancelling]));
    for (const [language, all] of Object.entries(OTHER_TEXTS)) {
      const { below } = check(scorerFor(TRIAGE_PACKS[language]!), [...all, ...runs(all).filter((_, i) => i % 5 === 0), ...AWKWARD]);
      expect(below, language).toBeGreaterThan(all.length * 0.5);
    }
  }, 120_000);

  it("answers false where it cannot tell: a text scored at or above the threshold, and a threshold out of range", () => {
    const scorer = scorerFor(TRIAGE_PACKS.en!);
    const message = fresh("i want to kill myself tonight, i have the pills and nothing left to live for");
    expect(scorer.score(message).probability).toBeGreaterThanOrEqual(scorer.thresholds.crisis);
    expect(scorer.surelyBelow(message, new Set(), scorer.thresholds.crisis)).toBe(false);
    expect(scorer.surelyAtLeast(message, new Set(), scorer.thresholds.cueFloor)).toBe(true);
    const calm = fresh("how do i tell my therapist i felt unheard last week");
    expect(scorer.surelyBelow(calm, new Set(), scorer.thresholds.crisis)).toBe(true);
    expect(scorer.surelyBelow(calm, new Set(), 0)).toBe(false);
    expect(scorer.surelyBelow(calm, new Set(), 1)).toBe(false);
    expect(scorer.surelyAtLeast(calm, new Set(), 0)).toBe(false);
    expect(scorer.surelyAtLeast(calm, new Set(), scorer.thresholds.crisis)).toBe(false);
  });
});

function checkOne(scorer: RiskScorer, cancelled: ReadonlySet<Cancellation>) {
  check(
    scorer,
    ENGLISH_TEXTS.filter((_, i) => i % 9 === 0),
    cancelled,
  );
}
