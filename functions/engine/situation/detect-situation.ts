import type { NormalisedMessage } from "../normalise/normalise.ts";
import { CUT_CONJUNCTIONS } from "../normalise/split-clauses.ts";
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
import { gateOpen, type SituationGates, situationGates, type TextWords, textWords } from "./situation-gates.ts";

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
  const { medical, union } = medicalEmergency(message.clauses.length > 0 ? message.clauses : [text], gates);
  const whole = lazyMatcher(text, gates, union);
  return {
    medical,
    friendUnreachable: whole(GOODBYE_CUES) && whole(UNREACHABLE_CUES) && THIRD_PERSON.test(text),
    youngPerson: whole(YOUNG_PERSON_CUES) && !NOT_YOUNG.test(text),
    datedPlan: (whole(PLAN_CUES) && whole(DATE_CUES)) || whole(DATE_SET_CUES),
  };
}

/**
 * An overdose when a clause holds one, else a wound when a clause holds one, neither put in the past by its clause
 * ("years ago"). Each clause's words are read once for both kinds (a copy kept of the few where a wound cue's gate
 * opens, for when no clause holds an overdose), and gathered into `union`, the whole text's gate words, when every
 * clause was read: a message's clauses are its folded text cut where no word runs across (splitClauses), less the
 * contrastive conjunctions it cuts at, which are added. Words added that the text lacks could only open a gate, and a
 * gate only spares a pattern that cannot match, so the union gives the situation reading the whole text gives.
 */
function medicalEmergency(clauses: readonly string[], gates: SituationGates | null): { medical: Situation["medical"]; union: TextWords | null } {
  let wounds: [string, TextWords | null][] | undefined;
  const union = gates && textWords(CUT_WORDS, gates);
  for (const clause of clauses) {
    const words = gates && textWords(clause, gates, gates.clauseWords, union!);
    if (holdsNow(clause, OVERDOSE_CUES, gates, words)) return { medical: "overdose", union: null };
    if (!gates || WOUND_CUES.some((cue) => gateOpen(gates, cue, words!))) (wounds ??= []).push([clause, words ? words.slice() : null]);
  }
  return { medical: wounds?.some(([clause, words]) => holdsNow(clause, WOUND_CUES, gates, words)) ? "wound" : null, union };
}

/** The words splitClauses cuts at and so leaves out of every clause. */
const CUT_WORDS = CUT_CONJUNCTIONS.join(" ");

/**
 * Whether one of the cues whose gates the clause's words open matches it, and the clause does not put it in the
 * past ("years ago" is read only then: most clauses match no cue).
 */
function holdsNow(clause: string, cues: readonly SituationCue[], gates: SituationGates | null, words: TextWords | null): boolean {
  for (const cue of cues) {
    if (gates && words && !gateOpen(gates, cue, words)) continue;
    if (withBarriersCompiled(cue.pattern).test(clause)) return !LONG_AGO.test(clause);
  }
  return false;
}

/** Whether any of the cues matches the text, its words (`known`, else read once on first need). */
function lazyMatcher(text: string, gates: SituationGates | null, known: TextWords | null): (cues: readonly SituationCue[]) => boolean {
  let words: TextWords | undefined = known ?? undefined;
  return (cues) =>
    cues.some((cue) => {
      if (gates) {
        words ??= textWords(text, gates);
        if (!gateOpen(gates, cue, words)) return false;
      }
      return withBarriersCompiled(cue.pattern).test(text);
    });
}
