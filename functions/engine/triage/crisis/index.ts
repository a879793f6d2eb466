import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import type { CueGroup } from "../cue.ts";
import { abuseDanger } from "./abuse-danger.ts";
import { harmToOthers } from "./harm-to-others.ts";
import { hopelessness } from "./hopelessness.ts";
import { overdose } from "./overdose.ts";
import { passiveIdeation } from "./passive-ideation.ts";
import { plansAndMeans } from "./plans-and-means.ts";
import { selfHarm } from "./self-harm.ts";
import { suicidalIntent } from "./suicidal-intent.ts";
import { veiled } from "./veiled.ts";
import { voices } from "./voices.ts";

export const CRISIS_GROUPS: readonly CueGroup<CrisisReason>[] = [
  suicidalIntent, passiveIdeation, plansAndMeans, selfHarm, overdose, voices, veiled, hopelessness, harmToOthers, abuseDanger,
];

/** When a message carries several kinds of risk, the reply leads with the writer's own safety. */
export const CRISIS_PRIORITY: readonly CrisisReason[] = ["suicide_self_harm", "abuse_danger", "harm_to_others", "someone_else_at_risk"];
