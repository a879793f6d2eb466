import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

const DEATH = String.raw`(?:mourir|crever|en finir|se tuer|me tuer|se suicider|me suicider|y passer|ne (?:pas|plus) (?:se|me) reveiller|que ce soit mortel|que ca soit mortel|etre sur de mourir)`;

/** A plan, a method looked up, or the means at hand (VERA-MH Q4/Q5: plan, means, preparation). */
export const plansAndMeans: CueGroupRecord<CrisisReason> = {
  id: "plans-and-means",
  name: "plan et moyens",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "plans-and-means/lethal-dose",
      rationale:
        'Asks how much of a substance kills ("dose mortelle", "combien de doliprane pour mourir"): method-seeking, which counts even when framed as curiosity or for a story.',
      who: "self",
      ignore: ["topic", "hypothetical"],
      phrases: [
        String.raw`\bdoses? (?:mortelles?|letales?|fatales?)\b`,
        String.raw`\b(?:combien|quelle quantite|quelle dose|combien de boites|combien de plaquettes)\b[^.?!]{0,60}\bpour (?:${DEATH})`,
        String.raw`\b(?:combien|quelle quantite)\b[^.?!]{0,40}\b(?:faut[- ]il|il faut|faudrait|faut) (?:prendre |avaler )?pour (?:${DEATH})`,
      ],
      matches: ["combien de doliprane faut il pour mourir", "quelle est la dose mortelle de paracétamol"],
    },
    {
      id: "plans-and-means/method-question",
      rationale:
        'Asks for a way to die ("la façon la moins douloureuse de mourir", "comment se pendre"): method-seeking (VERA-MH Q5), kept even "pour une histoire".',
      who: "self",
      ignore: ["topic", "hypothetical"],
      phrases: [
        String.raw`\b(?:facons?|manieres?|methodes?|moyens?|techniques?|fa[cç]on)\b(?: la| le)?(?: plus| moins)?(?: rapides?| simples?| douces?| indolores?| douloureuses?| efficaces?| sures?| propres?)? (?:de|pour) (?:mourir|se suicider|se tuer|me tuer|me suicider|en finir|se pendre|partir sans souffrir)\b`,
        String.raw`\bcomment (?:se|me|on se|je peux me) (?:suicider|tuer|pendre|foutre en l'air|ouvrir les veines|jeter)\b(?! (?:a la tache|au travail))`,
        String.raw`\b(?:renseignee?|renseigne|cherche|recherche|regarde|google|tape sur google)\b[^.?!]{0,20}\bcomment (?:se|me) (?:suicider|tuer|pendre|empoisonner)\b`,
        String.raw`\bcomment mourir (?:sans|vite|rapidement|facilement|en dormant|sans souffrir)\b`,
        String.raw`\bassez (?:haut|hauts|haute|fort|forte|profond|profonde) pour (?:ne pas survivre|pas survivre|mourir|en finir|y rester|se tuer)\b`,
      ],
      matches: ["c'est quoi la façon la moins douloureuse de mourir", "je me suis renseigné sur comment se pendre"],
    },
    {
      id: "plans-and-means/farewell-letter",
      rationale:
        "A goodbye letter or message written (\"lettre d'adieu\"): preparation for suicide (VERA-MH Q5). Someone else's goodbye post is someone else at risk.",
      who: "self",
      phrases: [String.raw`\b(?:lettres?|messages?|mots?|posts?|videos?) d'?\s?adieux?\b`],
      matches: ["j'ai écrit ma lettre d'adieu hier soir", "mon pote a posté un message d'adieu sur insta"],
    },
    {
      id: "plans-and-means/pills-saved",
      rationale: 'Pills saved up or counted ("j\'ai mis de côté toutes mes pilules"): access to means and preparation (VERA-MH Q5).',
      who: "self",
      phrases: [
        String.raw`\b(?:mis de cote|achete|garde|gardees?|stocke|stockees?|accumule|accumulees?|economise|rassemble|cache|cachees?|amasse|collectionne|compte|recupere) (?:toutes? |tous )?(?:mes |des |les |plein de |assez de )?{PILLS}\b`,
        String.raw`\b(?:assez|suffisamment) de {PILLS}\b[^.?!]{0,40}\b(?:pour|en finir|mourir|tout)\b`,
        String.raw`\bje sais combien (?:il )?en faut\b`,
        String.raw`\b{PILLS}\b[^.?!]{0,60}\bcombien (?:il )?en (?:faudrait|faut|faudra)\b`,
        String.raw`\b{PILLS}\b[^.?!]{0,20}\ben grande quantite\b`,
      ],
      matches: ["j'ai mis de côté toutes mes pilules, je sais combien il en faut"],
    },
    {
      id: "plans-and-means/rope",
      rationale:
        'A rope bought or hidden, or a ligature point looked for: means of hanging (VERA-MH Q5). "Corde à sauter" and instrument strings are excluded.',
      who: "match",
      phrases: [
        String.raw`\b(?:achete|acheter|trouve|prepare|accroche|attache|cache|noue|fait) (?:une |la |de la |un bout de )?corde\b(?! (?:a sauter|de guitare|de violon|a linge|d'escalade))`,
        String.raw`\b(?:une|la) corde (?:dans|sous|derriere) (?:son|sa|mon|ma|le|la) (?:placard|chambre|armoire|garage|sac|lit|grenier|cave)\b`,
        String.raw`\b(?:faire|fait|faire un) (?:un )?noeud coulant\b`,
      ],
      matches: ["j'ai acheté une corde aujourd'hui", "mon ami dit qu'il a une corde dans son placard"],
    },
    {
      id: "plans-and-means/high-place",
      rationale: 'A height or a track chosen ("je sais de quel pont je vais sauter", "je suis sur le toit"): plan and means at hand (VERA-MH Q5).',
      who: "self",
      phrases: [
        String.raw`\b(?:de quel|quel|le) (?:pont|immeuble|toit|balcon|falaise|viaduc|parking)\b[^.?!]{0,30}\b(?:sauter|je vais sauter|me jeter|jsaute|je saute|me lancer)\b`,
        String.raw`\b(?:suis|chui|jsuis|chu|je me trouve|j'suis) (?:sur|au bord du|au bord d'un|au bord de la|en haut du|en haut d'un) (?:le |la |un |une )?(?:toit|pont|rebord|falaise|bord du quai|rails|voies|voie ferree|parapet)\b`,
        String.raw`\b(?:repere|trouve|choisi|reperee?)\b[^.?!]{0,10}\b(?:un|le|mon) (?:pont|immeuble|toit|falaise|viaduc)\b`,
        String.raw`\b(?:sauter|me jeter|me lancer) (?:du haut )?(?:du|d'un|de la|d'une|de mon|par la) (?:pont|toit|immeuble|falaise|balcon|fenetre|viaduc|dernier etage|\d+e etage)\b`,
      ],
      matches: ["je sais déjà de quel pont je vais sauter", "je suis sur le toit de mon immeuble là"],
    },
    {
      id: "plans-and-means/firearm",
      rationale: "A firearm at home that the person keeps thinking about: access to lethal means (VERA-MH Q5).",
      who: "self",
      phrases: [
        String.raw`\b(?:fusil|flingue|pistolet|revolver|carabine|arme)\b[^.?!]{0,60}\b(?:j'y pense|jy pense|j y pense|je pense|y penser|me tirer|m'en servir|l'utiliser|sur moi|dans la bouche|sur ma tempe)\b`,
      ],
      matches: ["le fusil de mon père est dans le garage et j'y pense tout le temps"],
    },
    {
      id: "plans-and-means/giving-away",
      rationale: "Giving away possessions and saying one is ready, or having planned a day when nobody is home: preparation (VERA-MH Q5).",
      who: "self",
      phrases: [
        String.raw`\b(?:donne|distribue|legue|offert|donner) (?:toutes? |tous )?mes (?:affaires|trucs|objets|jeux|vetements|bijoux|animaux|consoles?)\b(?![^.?!]{0,40}\b(?:demenag|association|emmaus|vinted|croix-rouge|leboncoin|tri|noel))`,
        String.raw`\b(?:tout prevu|tout planifie|tout organise|tout prepare)\b[^.?!]{0,60}\b(?:personne|seule?|sera a la maison|ne sera la)\b`,
        String.raw`\bje sais (?:deja )?(?:comment|ou|quand) je vais (?:le faire|en finir|mourir|me tuer|sauter|faire ca)\b`,
      ],
      matches: ["j'ai donné mes affaires à mes potes, je suis prêt", "j'ai tout prévu pour samedi, personne ne sera à la maison"],
    },
  ],
};
