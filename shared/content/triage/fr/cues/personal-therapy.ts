import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

/** Asking Alliance to be one's therapist or run a session: it is peer psychoeducation, not treatment. */
export const personalTherapy: CueGroupRecord<RedirectReason> = {
  id: "personal-therapy",
  name: "thérapie personnelle",
  reasons: { self: "personal_therapy", other: "personal_therapy" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "personal-therapy/be-my-therapist",
      rationale: '"Tu peux être ma psy ?", "fais-moi une séance", "suis-moi": a request for treatment that a bot must not offer.',
      who: "self",
      phrases: [
        String.raw`\b(?:etre|devenir|sois|serais|remplacer) (?:ma|mon) (?:{THERAPIST}|therapeute)\b`,
        String.raw`\b(?:fais|fait|faites)[- ](?:moi|avec moi) (?:une|la|ma|de la) (?:seance|therapie|consultation|psychotherapie|tcc)\b`,
        String.raw`\b(?:me faire|me faire une|faire avec moi une|me donner une|me faire de la) (?:seance|therapie|thérapie|psychotherapie|tcc|psychanalyse)\b`,
        String.raw`\bque tu me (?:soignes|suives|traites|guerisses|fasses (?:une|de la) therapie)\b`,
        String.raw`\b(?:me suivre|me soigner|me traiter|me prendre en charge)\b[^.?!]{0,30}(?:$|stp|svp|a la place|plutot)`,
        String.raw`\b(?:analyse|analyser|psychanalyse)[- ](?:moi|mon enfance|ma vie|mes reves)\b[^.?!]{0,60}\b(?:dis[- ]moi|qu'est-ce qui|ce qui va pas|ce qui cloche)`,
      ],
      matches: [
        "tu peux être ma psy ?",
        "fais-moi une séance de thérapie stp",
        "je préfère te parler à toi plutôt qu'à un psy, tu veux bien me suivre ?",
        "peux-tu me faire une thérapie par écrit à chaque semaine?",
        "analyse mon enfance et dis moi ce qui va pas chez moi",
      ],
    },
  ],
};
