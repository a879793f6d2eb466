import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";
import { ADULT, VIOLENCE } from "../conditions.ts";

/** Hit, strangled, raped, threatened, locked in: done to the writer by someone. */
const DONE_TO_ME = String.raw`(?:me |m')(?:frappe|frappait|bat|battait|cogne|cognait|gifle|giflait|tabasse|tabassait|etrangle|etranglait|a etranglee?|a frappee?|a battue?|a cognee?|a giflee?|a tabassee?|viole|a violee?|violait|tripote|tripotait|a tripotee?|brule|brulait|enferme|a enfermee?|sequestre|a sequestree?|pousse dans les escaliers|jette des objets|menace|menacait|a menacee?|force a)`;

/** Danger from someone else: violence at home, sexual abuse, threats, being trapped (reason abuse_danger). */
export const abuseDanger: CueGroupRecord<CrisisReason> = {
  id: "abuse-danger",
  name: "violences et danger",
  reasons: { self: "abuse_danger", other: "abuse_danger" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "abuse-danger/hit-by-someone",
      rationale:
        'A partner, parent or other person hits, strangles or beats the writer: domestic or family violence, a danger to safety now. Games ("me bat à Mario Kart") are excluded.',
      who: "self",
      phrases: [
        String.raw`\b(?:{PERSON}|il|elle|ils|on) (?:ne )?${DONE_TO_ME}\b(?! (?:a (?:mario|fifa|la course|chaque partie|tous les jeux|plate couture|la console)|aux (?:echecs|cartes|jeux)|au (?:foot|tennis|ping|jeu|basket|sprint)|toujours a|en (?:course|maths|notes)))`,
        String.raw`\b(?:etranglee?|tabassee?|battue?|violee?|agressee? sexuellement|abusee? sexuellement)\b(?! (?:a |au |aux |en (?:maths|jeu)))`,
        String.raw`\bavec (?:une|la|sa) (?:ceinture|ceinturon|baton|cable|fil)\b[^.?!]{0,20}\b(?:frappe|bat|tape)\b|\b(?:frappe|bat|tape)\b[^.?!]{0,20}\bavec (?:une|la|sa) (?:ceinture|ceinturon|baton|cable)\b`,
      ],
      matches: [
        "mon copain me frappe et j'ai peur de rentrer ce soir",
        "mon chum m'a étranglée hier soir",
        "mon père me bat quand il a bu",
        "quelqu'un m'a violée et j'ose pas en parler",
        "ma mère me frappe avec une ceinture",
      ],
      ignores: ["ma soeur me bat à mario kart"],
    },
    {
      id: "abuse-danger/sexual-abuse",
      rationale: "An adult touching a child at night or in secret, rape, incest: sexual abuse, a danger now.",
      who: "self",
      phrases: [
        String.raw`\b(?:me|m') (?:touche|tripote|caresse|oblige a|force a|fait des choses)\b`,
        String.raw`\b(?:attouchements?|inceste|abus sexuels?|agression sexuelle|viol)\b(?! (?:en france|chez les|c'est quoi|statistiques))`,
      ],
      needs: VIOLENCE,
      matches: ["mon beau-père vient dans ma chambre la nuit et me touche"],
    },
    {
      id: "abuse-danger/threatened",
      rationale: "Threatened with death or harm, stalked by an ex: danger from someone else now.",
      who: "self",
      phrases: [
        String.raw`\bmenacee? de (?:me tuer|me frapper|me faire du mal|me buter|me defoncer|me faire la peau|tuer|m'egorger)\b`,
        String.raw`\b(?:dit|dis|jure|ecrit) (?:qu'il|qu'elle|qu'ils) (?:allait|allaient|va|vont|pourrait) me (?:tuer|faire du mal|frapper|buter|faire la peau|defoncer|retrouver)\b`,
        String.raw`\b(?:me suit|me traque|me harcele|me surveille) partout\b`,
      ],
      matches: ["mon mari m'a menacée de me tuer si je pars", "mon ex me suit partout et il a dit qu'il allait me faire du mal"],
    },
    {
      id: "abuse-danger/trapped",
      rationale: "Locked in, phone taken: coercive control and being unable to get help, a danger now.",
      who: "self",
      phrases: [
        String.raw`\b(?:suis|chui|jsuis) (?:enfermee?|sequestree?|coincee? (?:chez moi|dans ma chambre))\b`,
        String.raw`\b(?:pris|confisque|casse|vole) (?:mon|ma) (?:telephone|tel|portable|phone|cellulaire|cell)\b[^.?!]{0,40}\b(?:enferm|peux pas sortir|laisse pas sortir|cle)`,
        String.raw`\b(?:enfermee?|sequestree?)\b[^.?!]{0,40}\b(?:pris|confisque) (?:mon|ma) (?:telephone|tel|portable|phone|cell)`,
      ],
      matches: ["je suis enfermée chez moi, il a pris mon téléphone"],
    },
    {
      id: "abuse-danger/afraid-to-go-home",
      rationale: "Afraid to go home where there is violence: danger from someone else (needs a word of violence in the message).",
      who: "self",
      phrases: [String.raw`\bpeur (?:de |d')(?:rentrer|retourner|aller)(?: chez moi| a la maison| a la maison ce soir| ce soir)?\b`],
      needs: VIOLENCE,
      matches: ["mon copain me frappe et j'ai peur de rentrer ce soir"],
    },
    {
      id: "abuse-danger/grooming",
      rationale: "An adult messaging a child and asking for secrecy: grooming, a child at risk.",
      who: "self",
      phrases: [String.raw`\b(?:garder le secret|garde le secret|que je garde (?:ca|le) secret|c'est notre secret|le dire a personne|dire a personne)\b`],
      needs: ADULT,
      matches: ["un adulte de mon club m'envoie des messages et veut que je garde le secret"],
    },
  ],
};
