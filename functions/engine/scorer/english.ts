import { ENGLISH } from "../../../shared/content/triage/en/index.ts";
import { RiskScorer } from "./risk-scorer.ts";

/** The English scorer, checked when the Worker starts (a model that cannot load stops start-up with the reason). */
export const ENGLISH_SCORER = new RiskScorer(ENGLISH.language, ENGLISH.scorer);
