import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** A trivial condition makes a threat hyperbole ("je la tue si elle touche à mon chargeur"). */
const NOT_TRIVIAL = String.raw`(?![^.?!]{0,25}\bsi (?:il|elle|ils|elles|tu|on) (?:touche|mange|prend|pique|casse|recommence|ose|finit|spoile|me spoile|lit|utilise|vole mon|termine|boit))`;

/** Violence toward others, stated as wish, plan or fear of acting (VERA-MH: harm to others). */
export const harmToOthers: CueGroupRecord<CrisisReason> = {
  id: "harm-to-others",
  name: "violence envers autrui",
  reasons: { self: "harm_to_others", other: "harm_to_others" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "harm-to-others/wants-to-kill-someone",
      rationale:
        'Wants or intends to kill or badly hurt a named person ("je vais buter ce mec"): a threat to others. Hyperbole with a trivial condition or a joke is excluded.',
      who: "self",
      jokeProne: true,
      phrases: [
        String.raw`\b(?:envie|envi|veux|vais|jvais|j'vais|compte|pense a|je vais|m'as) (?:de |d')?(?:tuer|buter|defoncer|poignarder|egorger|etrangler|flinguer|tabasser|planter|descendre|crever) (?:mon|ma|mes|ce|cette|ces|cet|le|la|les|quelqu'un|tout le monde|n'importe qui|ceux|celle|celui|mon)\b(?! ?(?:boss|niveau|level|game|jeu|match|monstre|zombie|dragon|mob|exam|partiel|controle|bac|son|chanson|piste|dancefloor|temps|ennui|moustique|mouche|araignee|cafard|plante|gateau|pizza|ranked|quiz|raid|donjon)\b)${NOT_TRIVIAL}`,
        String.raw`\b(?:j'?vais|je vais|vais|m'as) (?:le|la|les) (?:tuer|buter|planter|egorger|descendre|defoncer|crever)\b${NOT_TRIVIAL}`,
        String.raw`\bje (?:le|la|les|vais le|vais la|vais les) (?:tue|bute|plante|egorge|descends|tuer|buter|planter|egorger|descendre)\b${NOT_TRIVIAL}`,
      ],
      matches: [
        "j'ai envie de tuer mon frère, je vais le faire",
        "je vais buter ce mec demain à la sortie du lycée",
        "si mon patron me vire je le tue, je suis sérieux",
      ],
      ignores: ["je vais tuer ma sœur si elle touche encore à mon chargeur lol"],
    },
    {
      id: "harm-to-others/thoughts-of-hurting",
      rationale:
        "Thoughts or fear of hurting someone, especially one's baby or children (\"j'ai peur de frapper mes enfants\"): harm to others, and in a new parent possibly a perinatal emergency.",
      who: "self",
      phrases: [
        String.raw`\b(?:envie|envi|pensees?|idees?|peur|veux|vais|pulsions?|tentee?) (?:de |d')?(?:faire du mal|faire mal|blesser|frapper|secouer|taper|etouffer|noyer) (?:a |à )?(?:mon|ma|mes|quelqu'un|n'importe qui|des gens|les gens|un enfant|mon bebe|ma fille|mon fils|mes enfants|mes eleves)\b`,
        String.raw`\b(?:envie|envi|veux|besoin) (?:de |d')?(?:faire (?:du )?mal|blesser) (?:a )?(?:quelqu'un|n'importe qui|des gens)\b`,
      ],
      matches: [
        "j'ai des pensées de faire du mal à mon bébé",
        "j'ai peur de frapper mes enfants, je sens que je vais craquer",
        "j'ai envie de faire mal à quelqu'un, n'importe qui",
      ],
    },
    {
      id: "harm-to-others/weapon-to-school",
      rationale: "A weapon to be taken to school or work, or revenge with a plan: a threat of violence to others.",
      who: "self",
      phrases: [
        String.raw`\b(?:couteau|arme|flingue|pistolet|fusil|machette|cutter)\b[^.?!]{0,30}\b(?:a l'ecole|au lycee|au college|au travail|en cours|au bureau|a la fac|au cegep|a l'ecole pour|en classe)\b`,
        String.raw`\b(?:faire souffrir|faire payer|me venger (?:de|sur)) (?:ceux|celles|tous ceux|les gens|ce|cette|mes|mon|ma|la|le|les)\b[^.?!]{0,50}\b(?:plan|couteau|arme|tuer|sang|demain|bientot)\b`,
      ],
      matches: ["j'pense à amener un couteau à l'école pour me venger", "je veux faire souffrir ceux qui m'ont harcelé, j'ai un plan"],
    },
  ],
};
