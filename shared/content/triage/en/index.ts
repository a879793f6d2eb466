import type { TriagePack } from "../pack.ts";
import { ASK_CUES } from "./ask-cues.ts";
import { CUES } from "./cues.ts";
import { CUE_GATES as ASK_CUE_GATES } from "./generated/ask-cue-gates.ts";
import { CUE_GATES } from "./generated/cue-gates.ts";
import { RISK_MODEL, WORD_VECTORS } from "./scorer-data.ts";

/** The English triage pack's cues, without the gate tables built from them. */
export const ENGLISH_CUES = CUES;

export const ENGLISH: TriagePack = { ...CUES, gates: CUE_GATES, scorer: { vectors: WORD_VECTORS, model: RISK_MODEL } };

/** English wording that only asks (hopelessness, worthlessness, self-hatred): a check-in, read after ENGLISH. */
export const ENGLISH_ASK: TriagePack = { ...ASK_CUES, gates: ASK_CUE_GATES, scorer: ENGLISH.scorer, askOnly: true };
