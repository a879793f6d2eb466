import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

/** The writer's therapist named before the behaviour, within the clause. */
const MY_THERAPIST = String.raw`\b(?:mon|ma|notre) (?:{THERAPIST}|therapeute)\b[^.?!]{0,60}`;

/** A therapist crossing a professional boundary: a redirect to the regulator or another clinician. */
export const misconduct: CueGroupRecord<RedirectReason> = {
  id: "misconduct",
  name: "manquement du thérapeute",
  reasons: { self: "therapist_misconduct", other: "therapist_misconduct" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "misconduct/romantic-or-sexual",
      rationale: "A therapist proposing a date or drink, touching, flirting or messaging at night: a boundary violation the client is not to blame for.",
      who: "self",
      phrases: [
        String.raw`${MY_THERAPIST}\b(?:propose de sortir|proposee? de sortir|propose un verre|propose d'aller boire|invitee? (?:a diner|au resto|chez (?:lui|elle))|embrasse|a embrassee?|touchee?|m'a touchee?|me touche|drague|me drague|m'a draguee?|caresse|envoie des messages (?:la nuit|le soir)|m'ecrit la nuit|pense a moi|dit que je suis belle|dit que je suis beau|veut me voir en dehors|sortir boire un verre)`,
      ],
      matches: [
        "mon psy m'a proposé de sortir boire un verre avec lui",
        "ma thérapeute m'a touchée de façon bizarre pendant la séance",
        "mon psy m'envoie des messages la nuit en disant qu'il pense à moi",
      ],
    },
    {
      id: "misconduct/confidentiality-money-abuse",
      rationale: "A therapist breaking confidentiality without consent, asking for a loan, or shouting at and insulting a client: misconduct to report.",
      who: "self",
      phrases: [
        String.raw`${MY_THERAPIST}\b(?:parle de mes seances|raconte mes seances|a raconte|dit a ma mere|dit a mes parents|prete[rz]? de l'argent|lui preter de l'argent|demande de l'argent|m'a demande (?:de lui preter|de l'argent)|emprunte|crie dessus|me crie dessus|m'insulte|insulte|m'humilie|se moque de moi)`,
      ],
      matches: [
        "mon psychologue parle de mes séances à ma mère sans mon accord",
        "mon thérapeute m'a demandé de lui prêter de l'argent",
        "ma psy me crie dessus et m'insulte quand je suis en retard",
      ],
    },
  ],
};
