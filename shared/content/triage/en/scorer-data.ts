import { SCORER_TEXT } from "#english-scorer-text";
import { riskModelFrom, wordVectorsFrom } from "../data-module.ts";
import type { RiskModelData, WordVectorsData } from "../scorer-data.ts";

/** The English word vectors (generated/word-vectors.txt), read when the Worker starts; decoded for lookup on first use. */
export const WORD_VECTORS: WordVectorsData = wordVectorsFrom(SCORER_TEXT.vectors, "shared/content/triage/en/generated/word-vectors.txt");

/** The English risk model (generated/risk-model.txt). */
export const RISK_MODEL: RiskModelData = riskModelFrom(SCORER_TEXT.model, "shared/content/triage/en/generated/risk-model.txt");
