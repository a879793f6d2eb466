import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Hopelessness and being at the end of one's strength: enough to ask directly about suicide (a check-in). */
export const hopelessness: CueGroupRecord<CrisisReason> = {
  id: "hopelessness",
  name: "désespoir",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "hopelessness/no-hope",
      rationale: "No hope left, nothing will ever improve: hopelessness, a strong predictor of suicidal thinking (VERA-MH Q4: related psychological states).",
      who: "self",
      phrases: [
        String.raw`\b(?:plus|pu|pus) (?:aucun |d'|de |le moindre )?espoirs?\b`,
        String.raw`\b(?:rien|ca|ma vie) (?:ne )?(?:va|ira) (?:jamais|plus jamais) (?:s'ameliorer|aller mieux|changer|s'arranger)\b`,
        String.raw`\b(?:ca|ma vie|rien|tout) (?:n')?ira (?:jamais|plus jamais) (?:mieux|bien)\b`,
        String.raw`\b(?:tout est foutu|tout est fini pour moi|c'est fini pour moi|je suis foutue?|y'a plus rien a faire pour moi)\b`,
      ],
      matches: ["je n'ai plus aucun espoir, tout est foutu", "rien ne va jamais s'améliorer"],
    },
    {
      id: "hopelessness/cannot-go-on",
      rationale:
        'Cannot go on, at the end of one\'s rope ("je tiens plus", "au bout du rouleau", "je peux plus continuer comme ça"): exhaustion of coping that warrants asking directly.',
      who: "self",
      phrases: [
        String.raw`\b(?:je|j'|j) ?(?:ne )?(?:tiens|tient) (?:plus|pu|pus)\b(?! (?:debout|en place|la route|ma langue|le coup de|sur mes))`,
        String.raw`\b(?:peux|peut|pe|pourrai) (?:plus|pu|pus) continuer(?: comme ca| a vivre| ainsi)?\b`,
        String.raw`\bau bout du rouleau\b`,
        String.raw`\b(?:je n'en|j'en|jen|j en) (?:peux|peut|pe) (?:plus|pu|pus) (?:de vivre|de (?:la|cette|ma) vie)\b`,
        String.raw`\bje (?:ne )?supporte (?:plus|pu) (?:(?:ma|la|cette) vie|de vivre|d'exister)\b`,
      ],
      matches: [
        "je tiens plus, je peux plus continuer comme ça",
        "rien ne va jamais s'améliorer, je suis au bout du rouleau",
        "j'en peux plus de cette vie",
        "je n'en peux plus de ma vie",
      ],
    },
  ],
};
