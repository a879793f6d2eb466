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
import { suicidalIntent } from "./cues/suicidal-intent.ts";
import { veiled } from "./cues/veiled.ts";
import { voices } from "./cues/voices.ts";
import { LEXICON } from "./lexicon.ts";

/** The English cues, word lists and conditions: what `npm run build` derives the pack's generated tables from. */
export const CUES = {
  language: "en",
  crisis: [suicidalIntent, passiveIdeation, plansAndMeans, selfHarm, overdose, voices, veiled, hopelessness, harmToOthers, abuseDanger],
  /** A therapist crossing a line matters most, then what could affect someone's health. */
  redirect: [misconduct, medication, diagnosis, personalTherapy],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
