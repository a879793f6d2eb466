import type { RedirectReason } from "../../../../shared/schemas/answer.ts";
import type { CueGroup } from "../cue.ts";
import { diagnosis } from "./diagnosis.ts";
import { medication } from "./medication.ts";
import { misconduct } from "./misconduct.ts";
import { personalTherapy } from "./personal-therapy.ts";

/** In priority order: a therapist crossing a line matters most, then what could affect someone's health. */
export const REDIRECT_GROUPS: readonly CueGroup<RedirectReason>[] = [misconduct, medication, diagnosis, personalTherapy];
