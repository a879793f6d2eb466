import { NO_WORD_VECTORS, type ScorerData } from "../../../shared/content/triage/scorer-data.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import type { Cancellation } from "../triage/find-cues.ts";
import { denseLength, extractFeatures, type Features } from "./features.ts";
import { logitBound } from "./logit-bound.ts";
import { hiddenLayerProblem, RiskModel, type RiskModelData, type RiskScore, type WordInfluence } from "./risk-model.ts";
import { messageWords } from "./tokens.ts";
import { wordWindows } from "./windows.ts";
import { MAX_LEVELS, WordVectors, type WordVectorsData, wordCount } from "./word-vectors.ts";

export interface ScoredMessage extends RiskScore {
  features: Features;
}

/**
 * A language's learned risk scorer: its model and word vectors (none but English's), checked when constructed
 * (a model that does not fit its vectors is an error at start-up, never a silent "no risk") and decoded on first use.
 */
export class RiskScorer {
  readonly language: string;
  private readonly vectorsData: WordVectorsData;
  private readonly modelData: RiskModelData;
  private decoded?: { vectors: WordVectors; model: RiskModel };

  constructor(language: string, { vectors: vectorsData = NO_WORD_VECTORS, model: modelData }: ScorerData) {
    this.language = language;
    this.vectorsData = vectorsData;
    this.modelData = modelData;
    const words = wordCount(vectorsData.words);
    const values = vectorsData.levels.length;
    const problem =
      values !== words * vectorsData.dimensions
        ? `its word vectors hold ${values} values for ${words} words × ${vectorsData.dimensions}`
        : !(vectorsData.levelCount >= 2 && vectorsData.levelCount <= MAX_LEVELS)
          ? `its word vectors have ${vectorsData.levelCount} levels (2 to ${MAX_LEVELS} can be read)`
          : modelData.dense.length !== denseLength(vectorsData.dimensions, modelData.features)
            ? `its model has ${modelData.dense.length} dense weights for ${vectorsData.dimensions}-dimensional vectors and features ${JSON.stringify(modelData.features ?? {})}`
            : base64Length(modelData.sparse) !== modelData.buckets
              ? `its model has ${base64Length(modelData.sparse)} n-gram weights for ${modelData.buckets} buckets`
              : hiddenLayerProblem(modelData);
    if (problem) throw new Error(`The ${language} risk scorer cannot load: ${problem}. Run \`npm run build\`.`);
  }

  /** Whether it reads words' meaning (word vectors) as well as their letters (the n-gram models of other languages do not). */
  get readsMeaning(): boolean {
    return this.vectorsData.dimensions > 0;
  }

  get thresholds(): RiskModelData["thresholds"] {
    return this.modelData.thresholds;
  }

  private get parts(): { vectors: WordVectors; model: RiskModel } {
    return (this.decoded ??= { vectors: new WordVectors(this.vectorsData), model: new RiskModel(this.modelData) });
  }

  get vectors(): WordVectors {
    return this.parts.vectors;
  }

  /** The message's probability; a long one's is its most worrying window's when that is higher (with that window's features). */
  score(message: NormalisedMessage, cancelled?: ReadonlySet<Cancellation>): ScoredMessage {
    const { vectors, model } = this.parts;
    const words = messageWords(message);
    const options = this.modelData.features;
    const weights = model.ngramWeights;
    const features = extractFeatures(words, vectors, cancelled, options, weights);
    let best: ScoredMessage = { ...model.score(features), features };
    for (const window of wordWindows(words, this.modelData.windowWords ?? 0)) {
      const windowFeatures = extractFeatures(window, vectors, cancelled, options, weights);
      const score = model.score(windowFeatures);
      if (score.probability > best.probability) best = { ...score, features: windowFeatures };
    }
    return best;
  }

  /**
   * True when the message's probability (`score`'s, with these cancellations) is surely below `threshold`, proved by
   * `logitBound` without summing the mean vector; false when that cannot tell (score it then). Only for a linear model
   * read whole (no windows, no extra dense features), as every pack's is; any other always answers false.
   */
  surelyBelow(message: NormalisedMessage, cancelled: ReadonlySet<Cancellation>, threshold: number): boolean {
    return this.surely(message, cancelled, threshold, -1);
  }

  /** `score`, or null when `surelyBelow` shows the probability is under `threshold` (then the features are never summed). */
  scoreUnlessSurelyBelow(message: NormalisedMessage, cancelled: ReadonlySet<Cancellation>, threshold: number): RiskScore | null {
    return this.surelyBelow(message, cancelled, threshold) ? null : this.score(message, cancelled);
  }

  /** `surelyBelow`'s counterpart: true when the probability is surely at or above `threshold`. */
  surelyAtLeast(message: NormalisedMessage, cancelled: ReadonlySet<Cancellation>, threshold: number): boolean {
    return this.surely(message, cancelled, threshold, 1);
  }

  private surely(message: NormalisedMessage, cancelled: ReadonlySet<Cancellation>, threshold: number, side: -1 | 1): boolean {
    const { vectors, model } = this.parts;
    const linear = model.linear;
    const { slope, intercept } = this.modelData.calibration;
    const plain = !this.modelData.windowWords && !this.modelData.features?.maxPool && !this.modelData.features?.length;
    if (!linear || !plain || !(slope > 0) || !(threshold > 0 && threshold < 1)) return false;
    const { estimate, error } = logitBound(messageWords(message), vectors, linear, cancelled);
    // The threshold's logit: 1e-6 beyond it, the calibrated probability is past the threshold by far more than its
    // rounding (~1e-7 against ~1e-15).
    const at = (Math.log(threshold / (1 - threshold)) - intercept) / slope;
    return side < 0 ? estimate + error < at - 1e-6 : estimate - error > at + 1e-6;
  }

  /** The words that moved the score most, strongest first. */
  influences(scored: ScoredMessage): WordInfluence[] {
    return this.parts.model.influences(scored.features, this.parts.vectors);
  }
}

function base64Length(text: string): number {
  const padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}
