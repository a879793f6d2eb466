import type { PackCues } from "../pack.ts";
import * as conditions from "./conditions.ts";
import { abuseDanger } from "./cues/abuse-danger.ts";
import { diagnosis } from "./cues/diagnosis.ts";
import { harmToOthers } from "./cues/harm-to-others.ts";
import { hopelessness } from "./cues/hopelessness.ts";
import { medication } from "./cues/medication.ts";
import { misconduct } from "./cues/misconduct.ts";
import { overdose } from "./cues/overdose.ts";
import { passiveIdeation } from "./cues/passive-ideation.ts";
import { personalTherapy } from "./cues/personal-therapy.ts";
import { plansAndMeans } from "./cues/plans-and-means.ts";
import { selfHarm } from "./cues/self-harm.ts";
import { someoneElse } from "./cues/someone-else.ts";
import { suicidalIntent } from "./cues/suicidal-intent.ts";
import { LEXICON } from "./lexicon.ts";

/** The French triage pack's cues (fr-FR, fr-CA, fr-BE), without the gate tables and scorer built from them. */
export const CUES = {
  language: "fr",
  crisis: [suicidalIntent, passiveIdeation, plansAndMeans, selfHarm, overdose, someoneElse, hopelessness, harmToOthers, abuseDanger],
  /** A therapist crossing a line matters most, then what could affect someone's health. */
  redirect: [misconduct, medication, diagnosis, personalTherapy],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
