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
import { gateOpen, situationGates, type TextWords, textWords } from "./situation-gates.ts";

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
  return detectSituationWith(message, situationGates());
}

/**
 * The situation read with these gate tables (null: every cue runs on every text, as the tests compare). A cue is
 * run only on a text holding a word its pattern cannot match without, so the situation is the same either way.
 */
export function detectSituationWith(message: NormalisedMessage, gates: ReturnType<typeof situationGates>): Situation {
  const text = message.folded;
  const clauses = message.clauses.length > 0 ? message.clauses : [text];
  const whole = lazyMatcher(text, gates);
  const clauseWords: TextWords[] = [];
  const current = (cues: readonly SituationCue[]) =>
    clauses.some((clause, at) => {
      const open = gates ? cues.filter((cue) => gateOpen(gates, cue, (clauseWords[at] ??= textWords(clause, gates)))) : cues;
      return open.length > 0 && !LONG_AGO.test(clause) && open.some((cue) => withBarriersCompiled(cue.pattern).test(clause));
    });
  return {
    medical: current(OVERDOSE_CUES) ? "overdose" : current(WOUND_CUES) ? "wound" : null,
    friendUnreachable: whole(GOODBYE_CUES) && whole(UNREACHABLE_CUES) && THIRD_PERSON.test(text),
    youngPerson: whole(YOUNG_PERSON_CUES) && !NOT_YOUNG.test(text),
    datedPlan: (whole(PLAN_CUES) && whole(DATE_CUES)) || whole(DATE_SET_CUES),
  };
}

/** Whether any of the cues matches the text, its words read once on first need. */
function lazyMatcher(text: string, gates: ReturnType<typeof situationGates>): (cues: readonly SituationCue[]) => boolean {
  let words: TextWords | undefined;
  return (cues) =>
    cues.some((cue) => {
      if (gates) {
        words ??= textWords(text, gates);
        if (!gateOpen(gates, cue, words)) return false;
      }
      return withBarriersCompiled(cue.pattern).test(text);
    });
}
