import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Someone else said or did something that puts their life at risk (a friend, a child, a parent, a server member). */
export const someoneElse: CueGroupRecord<CrisisReason> = {
  id: "someone-else",
  name: "un proche en danger",
  reasons: { self: "someone_else_at_risk", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "someone-else/wants-to-kill-themself",
      rationale:
        'Another person wants to, or will, kill themself ("elle voulait se suicider", "il va se tuer ce soir"): someone else at risk; the writer needs the line and what to do.',
      who: "self",
      phrases: [
        String.raw`\b(?:se|s') ?(?:suicider|suicide|suicident|suicidait|tuer|tue|pendre|foutre en l'air|fout en l'air|jeter sous|jeter du|ouvrir les veines|enlever la vie|donner la mort)\b(?! (?:a la tache|au travail|en voiture|en moto|a rouler|a force|de rire|a le dire))`,
        String.raw`\b(?:il|elle|iel|ils|elles|qu'il|qu'elle|qu'iel) (?:ne )?(?:veut|voulait|veulent|voudrait|va|allait|vont) (?:plus |pas )?(?:vivre|mourir|en finir|disparaitre|mettre fin a ses jours)\b`,
        String.raw`(?<!\b(?:je|j'|on|tu|nous|vous|si je|quand je|jamais) )\b(?:parle|parlait|parlent) (?:de |du )(?:mourir|suicide|se tuer|en finir|sa mort)\b`,
        String.raw`\b(?:allait|va|veut|voulait) en finir\b`,
      ],
      matches: [
        "ma meilleure amie m'a dit qu'elle voulait se suicider",
        "mon fils de 14 ans parle de mourir, j'ai peur",
        "une fille de ma classe dit qu'elle va se tuer ce soir",
        "mon père a dit qu'il allait en finir et il est parti avec la voiture",
        "ma mère me dit qu'elle veut plus vivre depuis que papa est parti",
      ],
      ignores: ["il va se tuer à la tâche ce pauvre"],
    },
    {
      id: "someone-else/self-harms",
      rationale: 'Another person self-harms ("ma sœur se scarifie"): someone else at risk.',
      who: "self",
      phrases: [
        String.raw`\b(?:se|s') ?(?:scarifie|scarifient|mutile|mutilent|automutile|fait du mal|font du mal|coupe (?:les bras|les poignets|les cuisses|les veines)|brule expres)\b`,
      ],
      matches: ["ma sœur se scarifie, je fais quoi"],
    },
    {
      id: "someone-else/unresponsive",
      rationale: "Someone took pills or hurt themself and no longer answers: an emergency now.",
      who: "self",
      phrases: [
        String.raw`\b(?:pris|avale|prise|avalee|dit adieu|fait ses adieux|fait ses au revoir)\b[^.?!]{0,60}\b(?:repond plus|repond pas|reveille pas|reveille plus|inconscient|inconsciente|respire mal|respire plus|bouge plus)\b`,
      ],
      matches: ["mon copain a pris des médicaments et il répond plus"],
    },
    {
      id: "someone-else/suicidal-thoughts",
      rationale: 'Someone else has suicidal thoughts ("un membre du serveur dit qu\'il a des idées suicidaires").',
      who: "self",
      phrases: [String.raw`\b(?:il|elle|iel|qu'il|qu'elle|ils|elles) (?:a|ont|avait) des (?:idees|pensees) (?:suicidaires|noires|de suicide)\b`],
      matches: ["un membre du serveur dit qu'il a des idées suicidaires"],
    },
  ],
};
