import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

const CONDITION = String.raw`(?:bipolaire|tdah|tda|hyperactif|hyperactive|autiste|autisme|tsa|asperger|borderline|trouble (?:de (?:la )?personnalite(?: limite| borderline)?|personnalite limite|borderline|bipolaire|anxieux|obsessionnel|alimentaire|du spectre)|tpl|toc|tag|depressife?|depressive?|en depression|depression|une depression|schizophrene|schizo|psychopathe|pervers narcissique|narcissique|paranoiaque|dyslexique|hpi|zebre|anorexique|boulimique|ptsd|tspt|stress post-traumatique|trouble dissociatif|dissociatif|dpdr)`;

/** Asking Alliance to name a condition: only a clinician can diagnose. */
export const diagnosis: CueGroupRecord<RedirectReason> = {
  id: "diagnosis",
  name: "diagnostic",
  reasons: { self: "diagnosis", other: "diagnosis" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "diagnosis/am-i",
      rationale: '"Est-ce que je suis bipolaire ?", "j\'ai un TDAH ?": a request for a diagnosis, which needs an assessment by a clinician.',
      who: "self",
      phrases: [
        String.raw`\b(?:est-ce que je suis|est ce que je suis|je suis|suis-je|jsuis|chui|tu crois que je suis|tu penses que je suis|penses-tu que je suis|je serais|serais-je)\b[^.?!]{0,20}\b${CONDITION}\b[^.?!]{0,30}(?:$|ou juste|ou pas|dis[- ]moi|d'apres toi|selon toi)`,
        String.raw`\b(?:j'ai|jai|g|est-ce que j'ai|est ce que j'ai|tu crois que j'ai|tu penses que j'ai|penses-tu que j'ai|j'aurais)\b[^.?!]{0,10}\b(?:un|une|le|la|des)? ?${CONDITION}\b[^.?!]{0,30}(?:$|d'apres toi|selon toi|dis[- ]moi)`,
        String.raw`\b(?:c'est quoi|quel est|ca serait quoi) mon (?:trouble|diagnostic|probleme mental)\b`,
        String.raw`\b(?:diagnostique|diagnostiquer|diagnostiques)[- ]moi\b|\bme diagnostiquer\b|\bfaire mon diagnostic\b`,
      ],
      matches: [
        "est-ce que je suis bipolaire ?",
        "j'ai un TDAH d'après toi ?",
        "penses-tu que j'ai un trouble de personnalité limite?",
        "jsuis dépressive ou juste fatiguée ? dis moi",
        "c'est quoi mon trouble, je change d'humeur 10 fois par jour",
        "tu peux me diagnostiquer ? j'ai tous les symptômes de l'autisme",
      ],
      ignores: ["c'est quoi le trouble bipolaire exactement"],
    },
  ],
};
