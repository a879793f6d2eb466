import { assemblePack, type TriagePack } from "../pack.ts";
import { ASK_CUES } from "./ask-cues.ts";
import { CUES } from "./cues.ts";
import { CUE_GATES as ASK_CUE_GATES } from "./generated/ask-cue-gates.ts";
import { CUE_GATES } from "./generated/cue-gates.ts";
import { RISK_MODEL } from "./generated/risk-model.ts";

/** The Portuguese triage pack: its cues, and the gate tables and scorer `npm run build` made from them. */
export const PORTUGUESE: TriagePack = assemblePack(CUES, CUE_GATES, RISK_MODEL);

/** Wording that only asks (worthlessness, self-hatred): a check-in, read after PORTUGUESE and English. */
export const PORTUGUESE_ASK: TriagePack = { ...ASK_CUES, gates: ASK_CUE_GATES, scorer: PORTUGUESE.scorer, askOnly: true };
