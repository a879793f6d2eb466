import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** A trivial condition makes a threat hyperbole ("ich bring sie um, wenn sie an mein Handy geht"). */
const NOT_TRIVIAL = String.raw`(?![^.?!]{0,30}\bwenn (?:er|sie|du|ihr) (?:nochmal|noch mal|wieder|schon wieder)?\s?(?:an mein|mein|meine|meinen|mir|spoilert|isst|nimmt|klaut))`;

/** Violence toward others, stated as wish, plan or fear of acting (VERA-MH: harm to others). */
export const harmToOthers: CueGroupRecord<CrisisReason> = {
  id: "harm-to-others",
  name: "Gewalt gegen andere",
  reasons: { self: "harm_to_others", other: "harm_to_others" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "harm-to-others/wants-to-kill-someone",
      rationale:
        'Wants or intends to kill a named person ("ich will meinen Bruder umbringen", "mach den Typen kalt"): a threat to others. Hyperbole with a trivial condition or a joke is excluded.',
      who: "self",
      jokeProne: true,
      phrases: [
        String.raw`\b(?:will|werde|werd|wer|mochte|moechte|bring|bringe|mach|mache) (?:\S+ ){0,1}(?:meinen|meine|mein|den|die|das|diesen|diese|ihn|sie|alle|jemanden|den typen|die tussi)\b(?: \S+){0,3} (?:umbringen|um|kalt|abstechen|abknallen|erschiessen|toten|toeten|fertigmachen)\b${NOT_TRIVIAL}`,
        String.raw`\b(?:bring|bringe) (?:ich )?(?:ihn|sie|den|die) um\b${NOT_TRIVIAL}`,
      ],
      matches: [
        "ich will meinen bruder umbringen und ich werds tun",
        "morgen mach ich den typen nach der schule kalt",
        "wenn mein chef mich feuert bring ich ihn um, ich mein das ernst",
      ],
      ignores: ["ich bring meine schwester um wenn sie nochmal an mein handy geht haha"],
    },
    {
      id: "harm-to-others/thoughts-of-hurting",
      rationale:
        'Thoughts or fear of hurting someone, especially one\'s baby or children ("Gedanken meinem Baby etwas anzutun", "Angst, dass ich meine Kinder schlag"): harm to others; in a new parent possibly a perinatal emergency.',
      who: "self",
      phrases: [
        String.raw`\b(?:gedanken|angst|drang|lust|bock|will|mochte|moechte)\b[^.?!]{0,30}\b(?:meinem|meiner|meinen|jemandem|irgendwem|dem|der) (?:\S+ )?(?:etwas|was|weh) ?(?:anzutun|antun|zu tun|tun)\b`,
        String.raw`\b(?:angst|sorge)\b[^.?!]{0,20}\b(?:ich|i) (?:meine|mein|meinen) (?:kinder|kind|baby|sohn|tochter|frau|mann) (?:schlag|schlage|verletze|verletz|schuttel|schuettel|schuttle)\b`,
        String.raw`\b(?:jemandem|irgendwem|irgendjemandem|leuten) weh ?(?:zu )?tun\b`,
      ],
      matches: [
        "ich habe gedanken meinem baby etwas anzutun",
        "i hab angst dass i meine kinder schlag, i halt des nimma aus",
        "ich will jemandem weh tun, egal wem",
      ],
    },
    {
      id: "harm-to-others/weapon-or-revenge",
      rationale: 'A weapon to take to school or work, or revenge with a plan ("die Leute leiden lassen, ich hab einen Plan"): a threat of violence to others.',
      who: "self",
      phrases: [
        String.raw`\b(?:messer|waffe|pistole|knarre|gewehr)\b[^.?!]{0,30}\b(?:in die schule|mit in die schule|zur schule|in die arbeit|zur arbeit|ins buro|ins buero|in die uni|in die klasse)\b`,
        String.raw`\b(?:leiden lassen|bezahlen lassen|mich rachen|mich raechen|rache)\b[^.?!]{0,40}\b(?:plan|messer|waffe|toten|toeten|umbringen|morgen|bald)\b`,
      ],
      matches: [
        "ich überlege ein messer mit in die schule zu nehmen um mich zu rächen",
        "ich will die leute die mich gemobbt haben leiden lassen, ich hab einen plan",
      ],
    },
  ],
};
