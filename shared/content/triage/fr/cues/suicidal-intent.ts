import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Explicit wishes, thoughts and intentions to die by suicide, in French as people write it in chat. */
export const suicidalIntent: CueGroupRecord<CrisisReason> = {
  id: "suicidal-intent",
  name: "intention suicidaire",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "suicidal-intent/wants-to-die",
      rationale:
        'Veut mourir / se tuer / en finir: an explicit wish to die or to kill oneself (VERA-MH Q4: explicit suicidal thoughts). "veux pas mourir" does not match; figures of speech ("mourir de rire", "crever de chaud") are excluded in the DIE list.',
      who: "self",
      phrases: [String.raw`{I_WANT} (?:(?:juste|vraiment|tellement|seulement|trop|simplement|franchement|grave|tant) )*(?:{DIE}|{KILL_ME}|{END_IT})\b`],
      matches: [
        "je veux mourir, je supporte plus rien",
        "jveux me tuer",
        "j'veux en finir avec la vie",
        "je voudrais juste mourir",
        "je veux en finir une bonne fois pour toutes",
      ],
      ignores: ["je veux pas mourir, je suis juste crevée", "je veux en finir avec ce dossier", "je veux mourir de rire avec ce film"],
    },
    {
      id: "suicidal-intent/feels-like-dying",
      rationale:
        'Envie de mourir / de se suicider / d\'en finir: the commonest French wording of suicidal desire, including chat forms ("g envie de crever"). Not after "pas", "plus" or "jamais" (DESIRE).',
      who: "self",
      phrases: [
        String.raw`\b{DESIRE} (?:de |d'|d )?(?:{DIE}|{KILL_ME}|{END_IT}|me faire sauter la cervelle|partir pour (?:de bon|toujours)|plus exister|ne plus exister|disparaitre pour (?:de bon|toujours))\b(?![^.?!]{0,12}\b(?:quand|des que|chaque fois que|a chaque fois que|si) (?:j'entends|j'ecoute|je vois|je lis|je dois|il faut|on me parle|elle chante|il chante)\b)`,
      ],
      matches: [
        "j'ai envie d'en finir ce soir",
        "g envie de crever, vraiment, pas pour rire",
        "franchement j'ai envie de mourir",
        "envie de me tirer une balle, jsuis à bout",
        "j'ai envie de me pendre jpp de cette vie",
      ],
      ignores: [
        "j'ai envie de crever de chaud dans ce bus",
        "j'ai pas envie de mourir",
        "je meurs d'envie de voir ce film",
        "j'ai envie de me pendre quand j'entends cette chanson mdr",
      ],
    },
    {
      id: "suicidal-intent/going-to-kill-self",
      rationale:
        'Je vais me tuer / me suicider / me foutre en l\'air: a stated intention, the highest-risk wording (VERA-MH Q4: intent). Reflexive "me" makes it the writer\'s own act; "me faire tuer" (be told off) does not match.',
      who: "self",
      phrases: [
        String.raw`\b(?:je vais|jvais|j'vais|j vais|vais|je vai|jvai|je compte|j'ai decide de|jai decide de|g decide de|je suis pret a|chui pret a|je peux pas m'empecher de|je pense a|je pense serieusement a|je songe a|j'ai pense a|j'essaie de|je vas|m'as)\b (?:(?:surement|peut-etre|vraiment|bientot|enfin|juste) )*(?:{KILL_ME}|{END_IT}|me tuer|mourir ce soir|mourir cette nuit)`,
        String.raw`\b(?:je me|jme|j'me) (?:tue|suicide|pends|flingue|fous en l'air|fou en l'air|fr en l'air)\b(?! (?:a la tache|au travail|de rire)| a (?:\S+ ){0,2}\S+(?:er|ir|re)\b)`,
        String.raw`\bce soir je me (?:tue|suicide|fous en l'air)\b`,
      ],
      matches: [
        "je vais me foutre en l'air, c'est décidé",
        "je vais mettre fin à mes jours",
        "ce soir je me tue",
        "J'ai décidé de me donner la mort ce week-end.",
        "je pense à m'enlever la vie",
        "jvais me fr en l'air sérieux",
      ],
      ignores: [
        "je vais me faire tuer par ma mère, j'ai raté le bus",
        "je me tue à le dire",
        "je me tue à lui expliquer",
        "je me suis tué à la tâche pour ce dossier",
      ],
    },
    {
      id: "suicidal-intent/must-or-about-to-kill-self",
      rationale:
        'Je dois / il faut que / je suis sur le point de / à deux doigts de me tuer: intent with its time near (VERA-MH Q4: intent). "Me tuer au travail", "me tuer à la tâche" are figures of speech; "ma mère est sur le point de me tuer" is someone else\'s anger.',
      who: "self",
      phrases: [
        String.raw`(?<!\b(?:pas|jamais|plus) )(?<!\b(?:est|sont|va|vont) )\b(?:je dois|jdois|j'dois|dois|je devrais|faut que je|faut que j'|il faut que je|il faut que j'|je suis sur le point de|jsuis sur le point de|chui sur le point de|sur le point de|je suis a deux doigts de|a deux doigts de|je m'apprete a|jm'apprete a|c'est le moment de|il est temps de|il est l'heure de|je finirai par|c'est le moment d'|il est temps d'|il est l'heure d')(?:(?<=')|\b )(?:(?:vraiment|bientot|enfin|juste|ce soir|maintenant) )*(?:{KILL_ME}|{END_IT}|me tuer|me tue|m'tuer|me suicide|en finisse)\b(?! (?:a la tache|au (?:travail|boulot|taf|sport)|de rire|pour (?:ce|cet|cette|mon|ma|mes) (?:taf|boulot|travail|exam|examen|projet))| a (?:\S+ ){0,2}\S+(?:er|ir|re)\b)`,
      ],
      matches: [
        "je suis sur le point de me tuer",
        "je dois me tuer, y'a plus d'autre solution",
        "il faut que je me tue ce soir",
        "je suis à deux doigts de me foutre en l'air",
        "il est temps d'en finir",
      ],
      ignores: [
        "je dois me tuer au travail pour payer le loyer",
        "ma mère est sur le point de me tuer, j'ai raté le bac",
        "je dois pas me tuer à la tâche",
        "il faut que je me tue à réviser",
      ],
    },
    {
      id: "suicidal-intent/suicide-word",
      rationale:
        '"me suicider", "je suis suicidaire", "idées suicidaires": the word itself, said of oneself. Negated forms ("pas d\'idées suicidaires", "aucune pensée suicidaire") are excluded.',
      who: "self",
      phrases: [
        String.raw`(?<!\b(?:pas|jamais|aucune envie|aucunement)\b(?: \S+){0,2} )\bme suicid(?:er|e|ais|erai)\b`,
        String.raw`{I_AM} (?:encore |tres |un peu |vraiment |completement |trop |de nouveau |toujours )?(?:suicidaire|suicidal)s?\b`,
        String.raw`(?<!\b(?:pas|plus|aucune?s?|jamais|sans|zero|0|ni)(?: du tout)? (?:d'|de |des )?)\b(?:idees?|pensees?|envies?|tendances?|pulsions?|crises?) (?:suicidaires?|de suicide|de me suicider|de me tuer|de mort)\b`,
        String.raw`\bsuicidaire (?:encore|de nouveau|a nouveau|again)\b`,
        String.raw`\b(?:pense|penser|pensee|songe|songer|reflechis|jpense|pensais)(?: (?:de plus en plus|(?!pas\b|plus\b|jamais\b|pu\b|pus\b|rien\b)\S+)){0,4} (?:au|a la|a) (?:suicide|mort|me tuer|mourir|en finir|m'enlever la vie|mettre fin a mes jours)\b`,
        String.raw`\bsuicidal (?:again|encore)\b`,
        String.raw`\bprefere(?:rais|rai)? (?:encore )?(?:mourir|crever|etre morte?)\b(?! (?:que de |plutot que de |que d')?(?:chanter|parler|aller|manger|faire|porter|regarder|ecouter|danser|appeler|demander|lire|travailler|sortir|avouer|refaire))`,
        String.raw`\b(?:pense|pensais|reflechis|imagine|jpense)\b[^.?!]{0,30}\bcomment (?:je (?:pourrais|vais|peux|pourrai) |on peut |)(?:me tuer|me suicider|mourir|en finir|le faire)\b`,
      ],
      matches: [
        "je pense a me suicider depuis des semaines",
        "j'ai des idées suicidaires et je sais pas a qui en parler",
        "je suis suicidaire encore une fois, super",
        "je pense au suicide à tous les jours pis ça empire",
        "chaque nuit je pense à comment je pourrais me tuer",
        "je sui suicidaire",
      ],
      ignores: ["j'ai pas du tout d'idées suicidaires", "je fais un exposé sur le suicide chez les ados", "je sui fatigué ce soir"],
    },
    {
      id: "suicidal-intent/part-of-me",
      rationale: 'Ambivalence ("une partie de moi veut mourir"): still suicidal desire and a reason to ask directly (VERA-MH Q4).',
      who: "self",
      phrases: [String.raw`\bune partie de moi (?:veut|voudrait|a envie de) (?:{DIE}|mourir|en finir|disparaitre)`],
      matches: ["une partie de moi veut mourir et l'autre non"],
    },
    {
      id: "suicidal-intent/method-slang",
      rationale:
        'A method named as one\'s own plan in chat ("je vais sauter par la fenêtre", "m\'ouvrir les veines", "me jeter sous un train"): intent and means together.',
      who: "self",
      phrases: [
        String.raw`\b(?:vais|jvais|j'vais|veux|envie de|envi de|je vais|compte) (?:me )?(?:sauter|me jeter|jeter|me lancer|m'ouvrir|ouvrir) (?:par la fenetre|du (?:pont|toit|balcon|haut)|d'un (?:pont|toit|immeuble|balcon)|sous (?:un|le) (?:train|metro|camion|bus|rer)|les veines|du \d+e)\b`,
        String.raw`\bm'ouvrir les veines\b`,
        String.raw`\b(?:me jeter|me lancer|me coucher) sous (?:un|le|les) (?:train|metro|camion|bus|rer|tram|voitures?)\b`,
      ],
      matches: ["je vais sauter par la fenêtre jte jure", "vais m'ouvrir les veines ce soir"],
    },
    {
      id: "suicidal-intent/leave-for-good",
      rationale: 'Coded leaving ("partir pour de bon", "plus exister", "me unalive"): euphemisms teenagers use for suicide online.',
      who: "self",
      phrases: [
        String.raw`(?:\bj?'?(?:veux|vx|veu|veut)|\benvie de|\bvais) (?:plus|pu|pus|ne plus) exister\b`,
        String.raw`\bpartir pour (?:de bon|toujours)\b(?! (?:a |en |au |aux |dans |vivre|m'installer))`,
        String.raw`\bme (?:unalive|kill myself)\b`,
        String.raw`\bkill myself\b`,
      ],
      matches: ["jveux plus exister wsh", "j'ai envie de partir pour de bon tu vois ce que je veux dire", "envie de me unalive ptn"],
      ignores: ["il est parti pour de bon au Canada"],
    },
  ],
};
