import { RISK_MODEL } from "../../../shared/content/generated/en/risk-model.ts";
import { WORD_VECTORS } from "../../../shared/content/generated/en/word-vectors.ts";
import { RiskScorer } from "./risk-scorer.ts";

/** The English scorer, checked when the Worker starts (a model that cannot load stops start-up with the reason). */
export const ENGLISH_SCORER = new RiskScorer("en", WORD_VECTORS, RISK_MODEL);
