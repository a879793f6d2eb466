import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Living, as people say they no longer want it. */
const LIVE = String.raw`(?:vivre|exister|etre en vie|rester en vie|continuer a vivre|continuer|etre la|me reveiller|respirer)`;

/** Passive wishes to be dead or not to exist, and feeling a burden (VERA-MH Q4: passive suicidal thoughts). */
export const passiveIdeation: CueGroupRecord<CrisisReason> = {
  id: "passive-ideation",
  name: "idées suicidaires passives",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "passive-ideation/no-longer-wants-to-live",
      rationale:
        'Ne veut plus vivre / plus envie de vivre: a passive wish not to be alive (VERA-MH Q4). In French the negation is the signal here ("je veux plus vivre", "j\'ai pas envie de vivre").',
      who: "self",
      phrases: [
        String.raw`\bj?'?(?:veux|veu|veut|voudrais|vx) (?:plus|pu|pus|pas|jamais plus|vraiment plus|juste plus) (?:${LIVE}|etre ici|etre sur terre|etre vivante?)\b(?! (?:chez|avec|ici|la-bas|dans|a |en |au |aux |comme|seule?|sans|pres|loin|sous))`,
        String.raw`\b(?:plus|pu|pus|pas|aucune|aucunement) (?:du tout )?(?:envie|envi|le gout|la force|l'energie|le courage) (?:de |d')(?:vivre|exister|continuer a vivre|me battre pour vivre|rester en vie)\b`,
        String.raw`\bj'?ai (?:plus|pu|pus) envie de rien(?:,| et)? (?:meme pas )?(?:de )?vivre\b`,
      ],
      matches: ["j'ai plus envie de vivre", "je ne veux plus être là", "je veux plus vivre", "j'ai pas envie de vivre"],
      ignores: ["je veux plus vivre chez mes parents"],
    },
    {
      id: "passive-ideation/never-wake-up",
      rationale: "S'endormir et ne jamais se réveiller, ne pas se réveiller demain: a passive wish to be dead (VERA-MH Q4).",
      who: "self",
      phrases: [
        String.raw`\b(?:ne (?:jamais|plus|pas)|jamais|plus jamais|pas) (?:me )?reveiller\b(?! (?:a temps|a l'heure|trop tot|avant|pour|tot|en retard))`,
        String.raw`\bm'endormir (?:et|pour) (?:ne )?(?:jamais|plus|pas)\b`,
        String.raw`\bne (?:jamais|pas|plus) m'etre reveillee?\b`,
        String.raw`\bne (?:jamais|pas) (?:etre nee?|avoir ete nee?|avoir existe|exister|etre venue? au monde)\b`,
        String.raw`\b(?:dormir|m'endormir|me coucher) pour toujours\b`,
      ],
      matches: ["j'aimerais m'endormir et ne jamais me réveiller", "si je pouvais ne pas me réveiller demain ce serait bien"],
      ignores: ["j'ai peur de pas me reveiller a l'heure demain"],
    },
    {
      id: "passive-ideation/better-off-without-me",
      rationale: 'Tout le monde serait mieux sans moi / je suis un poids: perceived burdensomeness, a core risk factor (VERA-MH Q4, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\b(?:serai(?:en)?t|seront|irai(?:en)?t|iront|vivrai(?:en)?t) (?:tellement |bien |beaucoup |vraiment |juste )?mieux sans moi\b`,
        String.raw`\b(?:je suis|jsuis|chui|chu|je ne suis qu'|je suis qu'|suis) (?:juste |qu'|rien qu')?(?:un|une) (?:poids|fardeau|boulet|charge)\b(?! (?:en moins|de \d))`,
        String.raw`\b(?:plus simple|plus facile|mieux) (?:si|quand) j'?(?:etais|serais|etait) (?:plus|pu|pus|pas) la\b`,
        String.raw`\bsi j'?(?:etais|serais) (?:plus|pu|pus) la\b`,
        String.raw`\bsi (?:je n'|j')existais (?:pas|plus)\b`,
        String.raw`\b(?:aimerais|voudrais|veux|prefererais)(?: ca| juste| tellement)* (?:ne )?(?:plus|pu|pus) etre la\b`,
        String.raw`\bsans moi (?:ce serait|ca serait|tout serait|ils seraient|elle serait|il serait) (?:mieux|plus simple|plus facile)\b`,
      ],
      matches: [
        "tout le monde serait mieux sans moi",
        "à quoi bon continuer, je suis un poids pour ma famille",
        "ma vie vaut pus rien, ça serait plus simple si j'étais pu là",
        "je suis un fardeau et ça changera jamais",
      ],
      ignores: ["ils s'amusent mieux sans moi au foot"],
    },
    {
      id: "passive-ideation/nobody-would-notice",
      rationale:
        '"Si je mourais, personne ne le remarquerait": imagining one\'s own death and its absence of consequence, a passive ideation marker (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\bsi (?:je|j') ?(?:mourais|mourrais|crevais|disparaissais|etais morte?|etais plus la|me suicidais|partais pour de bon)\b`,
        String.raw`\b(?:personne|pas grand monde|nul) (?:ne )?(?:remarquerait|verrait|s'en rendrait compte|me regretterait|pleurerait|s'en apercevrait)\b`,
      ],
      matches: ["si je mourais demain ça changerait rien pour personne", "personne ne remarquerait si je disparaissais"],
    },
    {
      id: "passive-ideation/wants-to-disappear",
      rationale: 'Vouloir disparaître (pour de bon): in French a common passive-ideation euphemism; "disparaître sous terre" (embarrassment) is excluded.',
      who: "self",
      phrases: [
        String.raw`\b(?:veux|voudrais|aimerais|aimerai|envie de|envi de|juste|rever de) (?:(?:juste|ca|tellement|vraiment|simplement) )*(?:disparaitre|m'effacer|plus exister|ne plus exister|m'evaporer)\b(?! (?:sous terre|de honte|quelques jours|une semaine|un moment|deux jours|en vacances|du groupe|de (?:la|ce|cette) (?:conv|photo|video|groupe|serveur)|des reseaux))`,
      ],
      matches: ["j'aimerais ça juste disparaître pour de bon", "j'ai envie de disparaître"],
      ignores: ["je voulais disparaître sous terre tellement j'avais honte", "j'ai envie de disparaître quelques jours à la mer"],
    },
    {
      id: "passive-ideation/no-point-living",
      rationale: "Ne voit plus l'intérêt ni le sens de vivre: loss of reasons for living (VERA-MH Q4: passive ideation, hopelessness).",
      who: "self",
      phrases: [
        String.raw`\b(?:vois|trouve|vois meme) (?:plus|pu|pus|pas|aucun|aucune) (?:l'interet|d'interet|le sens|de sens|de raison|la raison|le but|de but|raison)s? (?:de |d'|a )?(?:vivre|continuer|ma vie|exister|me lever|rester en vie)\b`,
        String.raw`\b(?:plus|pu|pus|aucune?s?|pas de|pas une) (?:de )?(?:raisons?|raison valable) (?:de |d')(?:vivre|continuer|rester|me lever|exister)\b`,
        String.raw`\b(?:pourquoi|jsp pourquoi|je sais pas pourquoi|j'sais pas pourquoi|chai pas pourquoi) (?:je|j') ?(?:continue a vivre|vis encore|suis encore (?:en vie|la|vivante?)|suis toujours (?:en vie|la)|existe encore|continue)\b`,
        String.raw`\ba quoi bon (?:vivre|continuer|exister|me lever|rester en vie|tout ca)\b`,
        String.raw`\bma vie (?:ne )?vaut (?:plus |pu |pus |)rien\b`,
        String.raw`\bma vie (?:n'a (?:plus |aucun )|a (?:plus |aucun |pu |pus )|vaut (?:plus|pu|pus|rien))(?:de )?(?:sens|valeur|interet|rien)\b`,
        String.raw`\b(?:ca|cela|c|sa) (?:ne |n')?vaut (?:plus |pu |pus |vraiment |meme )?pas (?:la peine|le coup) (?:de |d')(?:continuer a |continuer de )?(?:vivre|exister|rester en vie|etre en vie|continuer(?= *$| *,| comme ca| et\b))\b(?! (?:ici|la-bas|dans|a |en |au |aux |chez|avec|comme|sans|pres|loin))`,
        String.raw`\b(?:la|ma) vie (?:ne |n')?vaut (?:plus |pu |pus |)(?:pas )?(?:la peine|le coup)(?: d'etre vecue)?\b(?= *$| *,| (?:d'etre vecue|pour moi|et|de toute facon)\b)`,
        String.raw`\b(?:vivre|exister) (?:ne |n')?(?:en )?vaut (?:plus |pu |pus |)(?:pas )?la peine\b`,
        String.raw`\b(?:la|ma) vie (?:n'a |a )(?:pas de|plus de|aucun|plus aucun|pu de|pus de|pas|plus|aucune) (?:sens|interet|but)\b(?= *$| *,| (?:pour moi|et|de toute facon|du tout)\b)`,
      ],
      matches: [
        "je vois plus l'intérêt de vivre",
        "jsp pourquoi je continue a vivre",
        "j'ai pu de raison de continuer",
        "ma vie vaut pus rien",
        "ça ne vaut pas la peine de continuer à vivre",
        "ça vaut pas la peine de vivre",
        "la vie ne vaut pas la peine d'être vécue",
        "la vie n'a pas de sens",
      ],
      ignores: [
        "ça vaut pas la peine de vivre à paris avec ce loyer",
        "ma vie n'a pas de sens sans café le matin",
        "ça vaut pas la peine de continuer ce projet",
      ],
    },
    {
      id: "passive-ideation/tired-of-living",
      rationale: "Fatigué·e d'exister, marre de vivre, tanné de vivre (Québec): exhaustion with life itself, passive ideation (VERA-MH Q4).",
      who: "self",
      phrases: [
        String.raw`\b(?:marre|ras le bol|ras-le-bol|fatiguee?|epuisee?|tannee?|ecoeuree?|lasse?|degoutee?|crevee?) (?:de |d')(?:vivre|exister|la vie|etre en vie|ma vie de merde|respirer|etre moi)\b`,
        String.raw`\bvivre me (?:fatigue|pese|epuise|fait mal|degoute|tue)\b`,
        String.raw`\bla vie me (?:fatigue|pese|epuise|degoute)\b`,
        String.raw`\b(?:jpp|j'en peux plus|jen peux plus|n'en peux plus|en peux plus) (?:de |d')(?:vivre|la vie|exister|ma vie)\b`,
      ],
      matches: ["chui fatiguée d'exister", "j'en ai marre de vivre", "chu tanné de vivre", "vivre me fatigue, j'ai envie que ça s'arrête"],
    },
    {
      id: "passive-ideation/wish-hit-by-car",
      rationale:
        "Hoping an accident or illness would end one's life (\"qu'une voiture me renverse\"): passive ideation without a plan of one's own (VERA-MH Q4).",
      who: "self",
      phrases: [
        String.raw`\b(?:espere|esperer|souhaite|aimerais|voudrais|prie|reve) (?:qu'|que )?(?:un|une|le|la) (?:voiture|camion|bus|train|accident|maladie|cancer|avion|balle|tram) (?:me |m')(?:renverse|ecrase|percute|emporte|tue|fauche|tombe dessus)\b`,
        String.raw`\b(?:voiture|camion|bus|train|accident|maladie|cancer) (?:me |m')(?:renverse|ecrase|emporte|tue|fauche)\b`,
        String.raw`\bque (?:tout|ca|ma vie) s'arrete (?:pour toujours|pour de bon|definitivement|une fois pour toutes|a jamais)\b`,
      ],
      matches: ["des fois j'espère qu'une voiture me renverse", "je voudrais juste que tout s'arrête pour toujours"],
    },
    {
      id: "passive-ideation/dark-thoughts",
      rationale: '"Idées noires": the everyday French clinical euphemism for thoughts of death or suicide; clinicians ask about them by this name.',
      who: "self",
      phrases: [
        String.raw`(?<!\b(?:pas|plus|aucune?s?|jamais|sans|zero|ni)(?: du tout)? (?:d'|de |des )?)(?<!\bsi (?:j'ai|jai|je fais|j'avais) (?:des |encore des )?)(?<!\b(?:j'ai eu|jai eu|g eu|j'avais|javais) (?:des |quelques |souvent des )?)\bidees? noires?\b`,
        String.raw`\b(?:idees? noires?|idees? suicidaires?|pensees? suicidaires?)\b[^.?!]{0,60}\bj'?en (?:ai|fais|ai eu) (?:tous les jours|chaque jour|souvent|tout le temps|beaucoup|plein|tous les soirs|toutes les nuits|encore)\b`,
      ],
      matches: ["ma thérapeute me demande si j'ai des idées noires, j'en ai tous les jours, je lui dis?"],
      ignores: ["j'ai plus d'idées noires depuis un an"],
    },
  ],
};
