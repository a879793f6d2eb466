import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

const MED = String.raw`(?:{PILLS}|antidepressivum|ssri|sertralin|zoloft|fluoxetin|escitalopram|cipralex|venlafaxin|trevilor|mirtazapin|quetiapin|aripiprazol|abilify|ritalin|medikinet|elvanse|methylphenidat|lamotrigin|lithium|bupropion|elontril|pregabalin|lyrica|opipramol|promethazin|dosis|mg|milligramm|medikation)`;

/** Questions on starting, stopping, dosing or mixing medicines: for the prescriber or a pharmacist. */
export const medication: CueGroupRecord<RedirectReason> = {
  id: "medication",
  name: "Medikamente",
  reasons: { self: "medication", other: "medication" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "medication/change-dose",
      rationale: "Stopping, doubling, changing or dosing a psychiatric medicine: the prescriber's decision (withdrawal and interactions can be dangerous).",
      who: "self",
      phrases: [
        String.raw`\b${MED}\b[^.?!]{0,40}\b(?:absetzen|abzusetzen|weglassen|verdoppeln|erhohen|erhoehen|reduzieren|halbieren|ausschleichen|wechseln|aufhoren|aufhoeren)\b`,
        String.raw`\b(?:absetzen|verdoppeln|erhohen|erhoehen|reduzieren|wechseln)\b[^.?!]{0,30}\b${MED}\b`,
        String.raw`\bwie ?viel (?:mg|milligramm)\b`,
        String.raw`\bwie ?viel (?:mg|milligramm|tabletten|tropfen)?\b[^.?!]{0,20}\b${MED}\b[^.?!]{0,30}\b(?:nehmen|soll|darf|einnehmen)\b`,
        String.raw`\b(?:welches|welche|welchen)\b[^.?!]{0,10}\b(?:antidepressivum|antidepressiva|medikament|medikamente|tabletten)\b[^.?!]{0,30}\b(?:empfehlen|empfiehlst|nehmen|raten|ratst)\b`,
      ],
      matches: [
        "kann ich mein sertralin einfach absetzen?",
        "wie viel mg tavor soll ich nehmen",
        "kann ich meine antidepressiva dosis verdoppeln wenn es nicht wirkt",
        "welches antidepressivum würdest du mir empfehlen?",
      ],
    },
    {
      id: "medication/mixing",
      rationale: "Mixing a medicine with alcohol or another medicine: interactions are a question for the prescriber or pharmacist.",
      who: "self",
      phrases: [
        String.raw`\b${MED}\b[^.?!]{0,50}\b(?:alkohol|bier|wein|trinken)\b[^.?!]{0,20}(?:$|darf|kann)`,
        String.raw`\b(?:darf|kann) (?:ich|man)\b[^.?!]{0,30}\b${MED}\b[^.?!]{0,30}\b(?:alkohol|trinken|mischen|kombinieren|zusammen)\b`,
        String.raw`\b${MED}\b[^.?!]{0,30}\b(?:mischen|kombinieren|zusammen nehmen|zusammen einnehmen)\b`,
      ],
      matches: ["mein psychiater hat mir lithium verschrieben, darf ich dazu alkohol trinken?", "is es gefährlich tavor und zolpidem zu mischen?"],
    },
  ],
};
