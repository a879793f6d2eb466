import type { NormalisedMessage } from "../normalise/normalise.ts";
import { withBarriersCompiled } from "../triage/regexp-code.ts";
import {
  DATE_CUES,
  DATE_SET_CUES,
  GOODBYE_CUES,
  LONG_AGO,
  NOT_YOUNG,
  OVERDOSE_CUES,
  PLAN_CUES,
  type SituationCue,
  THIRD_PERSON,
  UNREACHABLE_CUES,
  WOUND_CUES,
  YOUNG_PERSON_CUES,
} from "./situation-cues.ts";

/** What a crisis message says about the emergency, beyond triage's reason. */
export interface Situation {
  /** An overdose or a wound: a medical emergency first. */
  medical: "overdose" | "wound" | null;
  /** Someone who said goodbye and cannot be reached: the emergency number now. */
  friendUnreachable: boolean;
  /** A likely minor: the youth line first. */
  youngPerson: boolean;
  /** A plan with a time: the urgency said once, calmly. */
  datedPlan: boolean;
}

export const NO_SITUATION: Situation = { medical: null, friendUnreachable: false, youngPerson: false, datedPlan: false };

/** Pure: the same message always gives the same situation. Clauses keep a "years ago" to the part it belongs to. */
export function detectSituation(message: NormalisedMessage): Situation {
  const text = message.folded;
  const clauses = message.clauses.length > 0 ? message.clauses : [text];
  const current = (cues: readonly SituationCue[]) => clauses.some((clause) => !LONG_AGO.test(clause) && matches(cues, clause));
  return {
    medical: current(OVERDOSE_CUES) ? "overdose" : current(WOUND_CUES) ? "wound" : null,
    friendUnreachable: matches(GOODBYE_CUES, text) && matches(UNREACHABLE_CUES, text) && THIRD_PERSON.test(text),
    youngPerson: matches(YOUNG_PERSON_CUES, text) && !NOT_YOUNG.test(text),
    datedPlan: (matches(PLAN_CUES, text) && matches(DATE_CUES, text)) || matches(DATE_SET_CUES, text),
  };
}

function matches(cues: readonly SituationCue[], text: string): boolean {
  return cues.some((cue) => withBarriersCompiled(cue.pattern).test(text));
}
