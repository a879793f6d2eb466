import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { decideRisk } from "../../../../functions/engine/scorer/decide.ts";
import { ENGLISH_SCORER } from "../../../../functions/engine/scorer/english.ts";
import { RiskScorer } from "../../../../functions/engine/scorer/risk-scorer.ts";
import { wordWindows } from "../../../../functions/engine/scorer/windows.ts";
import { WordVectors } from "../../../../functions/engine/scorer/word-vectors.ts";
import { RISK_MODEL, WORD_VECTORS } from "../../../../shared/content/triage/en/scorer-data.ts";

/** The shipped model read by 64-word windows, as the long-posts experiment did (docs/triage.md). */
const WINDOWED = new RiskScorer("en", { vectors: WORD_VECTORS, model: { ...RISK_MODEL, windowWords: 64 } });
const probability = (text: string) => ENGLISH_SCORER.score(normalise(text)).probability;

describe("the English risk scorer", () => {
  it("loads, with thresholds in order", () => {
    const { crisis, checkIn, cueFloor } = ENGLISH_SCORER.thresholds;
    expect(0).toBeLessThan(cueFloor);
    expect(cueFloor).toBeLessThan(checkIn);
    expect(checkIn).toBeLessThanOrEqual(crisis);
    expect(crisis).toBeLessThan(1);
  });

  it("scores known examples: plain crises high, ordinary questions and chat low", () => {
    for (const text of ["i am suicidal", "i want to die", "i want to kill myself tonight"])
      expect(probability(text), text).toBeGreaterThanOrEqual(ENGLISH_SCORER.thresholds.checkIn);
    for (const text of [
      "why does my therapist say we",
      "what is the therapeutic alliance?",
      "lol that game last night was wild",
      "can you recommend a good pizza place",
    ]) {
      expect(probability(text), text).toBeLessThan(ENGLISH_SCORER.thresholds.checkIn);
    }
    expect(probability("i want to end my life")).toBeGreaterThan(probability("i want to end my shift early"));
  });

  it("names the words that moved the score", () => {
    const scored = ENGLISH_SCORER.score(normalise("i am suicidal"));
    const [strongest] = ENGLISH_SCORER.influences(scored);
    expect(strongest?.word).toBe("suicidal");
    expect(strongest!.weight).toBeGreaterThan(0);
  });

  it("never throws, whatever the text", () => {
    const longStory = "we drove to the lake, fished off the dock and played cards by the fire. ".repeat(60);
    for (const text of [
      longStory,
      `${longStory} i want to die ${longStory}`,
      "word ".repeat(1_200),
      "",
      "   ",
      "🙂".repeat(2_000),
      "我不想活了",
      "ничего",
      "a".repeat(4_000),
      "'''",
      "x' y'' 'z",
      "\u0000\u200b",
    ]) {
      for (const scorer of [ENGLISH_SCORER, WINDOWED]) {
        const { probability: p, reason } = scorer.score(normalise(text));
        expect(Number.isFinite(p), text.slice(0, 10)).toBe(true);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(reason).toMatch(/_/);
      }
    }
  });

  it("a model with windowWords reads a long message by windows: one crisis paragraph in a long, calm story is not averaged away", () => {
    const story =
      "This weekend we drove up to the lake with my cousins and their dogs. The weather was perfect, the water was cold but clear, and we spent the whole afternoon fishing off the old wooden dock. My uncle grilled burgers and corn, and my little cousin caught her very first fish, a tiny perch that she insisted on naming before we let it go. In the evening we played cards by the fire and argued about the rules like we always do. On Sunday we hiked the trail to the waterfall, took about a hundred photos, and stopped for ice cream on the way home.";
    const crisis =
      "But none of that matters to me anymore. I have been planning how to end it, I have the pills counted out, and I wrote letters to my mum and my sister. I don't want to be here after this week and I am tired of pretending.";
    const message = normalise(`${story} ${crisis} ${story}`);
    // The shipped model reads the whole message: the windowed experiment did not win (docs/triage.md).
    expect(ENGLISH_SCORER.score(message).probability).toBeLessThan(ENGLISH_SCORER.thresholds.checkIn);
    expect(WINDOWED.score(message).probability).toBeGreaterThanOrEqual(ENGLISH_SCORER.thresholds.crisis);
    expect(WINDOWED.score(normalise(`${story} ${story}`)).probability).toBeLessThan(ENGLISH_SCORER.thresholds.checkIn);
    const short = normalise("i want to end my life");
    expect(WINDOWED.score(short).probability).toBe(ENGLISH_SCORER.score(short).probability);
  });

  it("windows overlap by half and cover every word; a short message has none", () => {
    const words = Array.from({ length: 10 }, (_, i) => `w${i}`);
    expect(wordWindows(words, 10)).toEqual([]);
    expect(wordWindows(words, 4)).toEqual([words.slice(0, 4), words.slice(2, 6), words.slice(4, 8), words.slice(6, 10)]);
    expect(wordWindows(words, 6)).toEqual([words.slice(0, 6), words.slice(3, 9), words.slice(4, 10)]);
    expect(wordWindows(words, 0)).toEqual([]);
  });

  it("a model that does not fit its vectors stops start-up with the reason, never a silent 'no risk'", () => {
    expect(() => new RiskScorer("en", { vectors: WORD_VECTORS, model: { ...RISK_MODEL, sparse: RISK_MODEL.sparse.slice(0, 400) } })).toThrow(
      /en risk scorer cannot load: .*n-gram weights/,
    );
    expect(() => new RiskScorer("en", { vectors: WORD_VECTORS, model: { ...RISK_MODEL, dense: RISK_MODEL.dense.slice(1) } })).toThrow(/dense weights/);
    expect(() => new RiskScorer("en", { vectors: { ...WORD_VECTORS, dimensions: 63 }, model: RISK_MODEL })).toThrow(/word vectors/);
    expect(() => new RiskScorer("en", { vectors: { ...WORD_VECTORS, levelCount: 64 }, model: RISK_MODEL })).toThrow(/64 levels/);
  });

  it("reads the dense features and hidden layer a model names, and refuses them when they do not fit", () => {
    const extra = WORD_VECTORS.dimensions + 2;
    // Max-pooled vectors and the length features, weighted zero, and a hidden unit whose output weight is zero: the same scores.
    const widened = { ...RISK_MODEL, features: { maxPool: true, length: true }, dense: [...RISK_MODEL.dense, ...Array(extra).fill(0)] };
    const units = 3;
    const silent = { ...widened, hidden: { weights: Array(units * widened.dense.length).fill(0.01), bias: [0.5, -0.5, 0], out: [0, 0, 0] } };
    const wide = new RiskScorer("en", { vectors: WORD_VECTORS, model: widened });
    const deep = new RiskScorer("en", { vectors: WORD_VECTORS, model: silent });
    for (const text of ["i am suicidal", "what is the therapeutic alliance?", "", "🙂".repeat(2_000), "word ".repeat(1_200)]) {
      const p = probability(text);
      expect(wide.score(normalise(text)).probability, text.slice(0, 10)).toBeCloseTo(p, 5);
      expect(deep.score(normalise(text)).probability, text.slice(0, 10)).toBeCloseTo(p, 5);
    }
    // One unit always on (tanh(1)) moves the logit by its output weight.
    const on = { ...widened, hidden: { weights: Array(widened.dense.length).fill(0), bias: [1], out: [2] } };
    const { slope, intercept } = RISK_MODEL.calibration;
    const logit = (p: number) => (Math.log(p / (1 - p)) - intercept) / slope;
    const moved = new RiskScorer("en", { vectors: WORD_VECTORS, model: on }).score(normalise("i feel a bit low today")).probability;
    expect(logit(moved) - logit(probability("i feel a bit low today"))).toBeCloseTo(2 * Math.tanh(1), 3);
    expect(() => new RiskScorer("en", { vectors: WORD_VECTORS, model: { ...RISK_MODEL, features: { maxPool: true } } })).toThrow(/dense weights/);
    expect(() => new RiskScorer("en", { vectors: WORD_VECTORS, model: { ...silent, hidden: { ...silent.hidden, out: [0, 0] } } })).toThrow(/hidden layer/);
    expect(() => new RiskScorer("en", { vectors: WORD_VECTORS, model: { ...silent, hidden: { ...silent.hidden, bias: [Number.NaN, 0, 0] } } })).toThrow(
      /hidden layer/,
    );
  });

  it("word vectors holding a character that is no level are refused when decoded", () => {
    expect(() => new WordVectors({ ...WORD_VECTORS, levels: `~${WORD_VECTORS.levels.slice(1)}` })).toThrow(/not a level at 0/);
    expect(new WordVectors(WORD_VECTORS).has("therapist")).toBe(true);
  });
});

describe("decideRisk", () => {
  const thresholds = { crisis: 0.8, checkIn: 0.3, cueFloor: 0.05 };
  const none = { crisis: null, cancelled: false, redirect: false };
  it("a cue's crisis stands unless the scorer is almost sure it is not one; then a check-in", () => {
    expect(decideRisk({ ...none, crisis: "abuse_danger" }, { probability: 0.06, reason: "suicide_self_harm" }, thresholds)).toEqual({
      level: "crisis",
      reason: "abuse_danger",
    });
    expect(decideRisk({ ...none, crisis: "abuse_danger" }, { probability: 0.01, reason: "suicide_self_harm" }, thresholds)).toEqual({
      level: "check_in",
      reason: "abuse_danger",
    });
  });
  it("without a cue, the probability: crisis, check-in band, none", () => {
    expect(decideRisk(none, { probability: 0.8, reason: "someone_else_at_risk" }, thresholds)).toEqual({ level: "crisis", reason: "someone_else_at_risk" });
    expect(decideRisk(none, { probability: 0.3, reason: "suicide_self_harm" }, thresholds)).toEqual({ level: "check_in", reason: "suicide_self_harm" });
    expect(decideRisk(none, { probability: 0.29, reason: "suicide_self_harm" }, thresholds)).toEqual({ level: "none" });
  });
  it("where a context check cancelled a crisis cue, or a redirect held, the words alone only ask", () => {
    expect(decideRisk({ ...none, cancelled: true }, { probability: 0.9, reason: "suicide_self_harm" }, thresholds)).toEqual({
      level: "check_in",
      reason: "suicide_self_harm",
    });
    expect(decideRisk({ ...none, redirect: true }, { probability: 0.9, reason: "suicide_self_harm" }, thresholds)).toEqual({
      level: "check_in",
      reason: "suicide_self_harm",
    });
    expect(decideRisk({ ...none, redirect: true }, { probability: 0.5, reason: "suicide_self_harm" }, thresholds)).toEqual({ level: "none" });
  });
});
