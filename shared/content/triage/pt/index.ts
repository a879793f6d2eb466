import { assemblePack, type TriagePack } from "../pack.ts";
import { CUES } from "./cues.ts";
import { CUE_GATES } from "./generated/cue-gates.ts";
import { RISK_MODEL } from "./generated/risk-model.ts";

/** The Portuguese triage pack: its cues, and the gate tables and scorer `npm run build` made from them. */
export const PORTUGUESE: TriagePack = assemblePack(CUES, CUE_GATES, RISK_MODEL);
