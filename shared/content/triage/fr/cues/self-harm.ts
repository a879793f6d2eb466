import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Everyday accidents that borrow the words ("je me suis coupé en cuisinant"). */
const NOT_ACCIDENT = String.raw`(?! (?:en (?:cuisinant|epluchant|me rasant|bricolant|jardinant|tombant|jouant)|avec (?:une feuille|du papier|le four|la poele|le fer|une boite de conserve)|au (?:four|soleil|doigt)|le doigt|les doigts|une|un|des|du|de la|les cheveux|les ongles|la frange|la barbe|les pointes|les ponts|de (?:tout|mes potes|mes amis|ma famille|la realite|tout le monde|lui|elle))\b)`;

/** Self-harm: cutting, burning, hitting oneself, the urge to, its scars (VERA-MH Q4: non-suicidal self-injury). */
export const selfHarm: CueGroupRecord<CrisisReason> = {
  id: "self-harm",
  name: "automutilation",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "self-harm/scarification",
      rationale: "Se scarifier, se mutiler, scarif: the French words for self-injury, said of oneself (VERA-MH Q4).",
      who: "self",
      phrases: [
        String.raw`\b(?:je me|jme|j'me|me|je m'|jm'|m')(?:\s)?(?:scarifie|scarifier|mutile|mutiler|automutile|auto-mutile|scarif)\b`,
        String.raw`\b(?:mes|ma|la|de l'|de la|fais de l'|fait de l'|fais de la) ?(?:scarifications?|scarifs?|automutilations?|auto-mutilations?)\b`,
        String.raw`\b(?:me suis|m'suis|je me suis) (?:scarifiee?|mutilee?|automutilee?|encore scarifiee?|encore mutilee?)\b`,
      ],
      matches: ["je me scarifie depuis 2 ans et personne le sait", "jme mutile quand ça va pas"],
    },
    {
      id: "self-harm/cut-again",
      rationale: '"Je me suis (encore) coupée", "je me suis brûlé exprès": an act of self-injury reported; cooking and haircut accidents are excluded.',
      who: "self",
      phrases: [
        String.raw`\b(?:je me suis|jme suis|j'me suis|je me|jme|me suis|je m'suis) (?:encore |re|a nouveau |de nouveau |hier |cette nuit |)(?:coupee?s?|recoupee?|tailladee?|entaillee?|ouvert|ouverte|brulee?|griffee?|lacere?e?)\b${NOT_ACCIDENT}`,
        String.raw`\b(?:brulee?|coupee?|blessee?|frappee?|tailladee?)s?\b[^.?!]{0,30}\b(?:expres|volontairement|intentionnellement|pour me faire mal|pour avoir mal|pour me punir)\b`,
        String.raw`\bme (?:griffe|gratte|mords|pince|arrache la peau|frappe|cogne|tape)\b[^.?!]{0,40}\bjusqu'?(?:au sang|a saigner|a avoir des bleus|a me faire mal)\b`,
        String.raw`\bme (?:fais|fait|suis fait|suis faite) (?:du )?mal (?:expres|volontairement|pour (?:ressentir|sentir|me punir|me calmer|oublier))\b`,
        String.raw`\bme (?:tape|cogne|frappe) la tete contre (?:le|les|un) murs?\b[^.?!]{0,20}\bjusqu`,
      ],
      matches: [
        "je me suis encore coupée hier soir",
        "je me suis brûlé le bras exprès avec un briquet",
        "je me tape la tête contre le mur jusqu'à saigner",
        "je me griffe jusqu'au sang quand je stresse",
        "j'ai rechuté, je me suis coupé les cuisses",
      ],
      ignores: ["je me suis coupé en cuisinant", "je me suis coupé les cheveux tout seul"],
    },
    {
      id: "self-harm/urge",
      rationale: 'The urge to hurt oneself ("envie de me couper", "envie de me faire du mal"): self-harm ideation, which is asked about directly (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\b(?:envie|envi|besoin|pulsions?|veux|vais|jvais|tentee?|l'envie) (?:de |d')?(?:me couper|me recouper|me faire du mal|me faire mal(?! (?:au|a la|aux|en|avec))|me blesser|me scarifier|me bruler|me mutiler|me punir physiquement|me griffer|me taillader)\b`,
        String.raw`\bcomment (?:me faire du mal|me couper|me scarifier)\b`,
        String.raw`\b(?:recommence|recommencer|continue|rechute|arreter|arrete|arrive pas a arreter) (?:a |de )(?:me couper|me scarifier|me faire du mal|me bruler|me mutiler|me blesser)\b`,
        String.raw`\b(?:je me|jme|j'me) (?:fais du mal|fait du mal|coupe|coupes|blesse|brule|frappe|griffe|taillade)\b${NOT_ACCIDENT}(?! (?:une|un|des|du|de la|les doigts|le doigt|la parole|au|en)\b)`,
      ],
      matches: ["j'ai envie de me faire du mal", "l'envie de me couper revient tous les soirs"],
      ignores: ["j'ai peur de me faire mal au dos"],
    },
    {
      id: "self-harm/scars",
      rationale: "Hiding cuts or self-harm scars from others: ongoing self-injury (VERA-MH Q4).",
      who: "self",
      phrases: [
        String.raw`\b(?:cacher|cache|planquer|couvrir) (?:mes |les )?(?:cicatrices|coupures|marques|bleus|blessures|bras|poignets)\b[^.?!]{0,40}\b(?:scarif|coupure|mutil|mere|pere|parents|prof|maman|papa|ete|manches)`,
        String.raw`\bcicatrices? (?:de |d')?(?:scarif\w*|mutil\w*|coupures?)\b`,
      ],
      matches: ["comment cacher mes cicatrices de scarification a ma mère"],
    },
  ],
};
