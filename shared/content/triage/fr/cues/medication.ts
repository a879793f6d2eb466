import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

const MED = String.raw`(?:{PILLS}|traitement|sertraline|zoloft|fluoxetine|prozac|paroxetine|deroxat|escitalopram|seroplex|citalopram|venlafaxine|effexor|mirtazapine|norset|quetiapine|xeroquel|seroquel|aripiprazole|abilify|ritaline|ritalin|concerta|methylphenidate|lamotrigine|depakote|risperdal|olanzapine|zyprexa|bupropion|wellbutrin|lyrica|pregabaline|hydroxyzine|melatonine|isrs|antipsychotiques?|regulateurs? d'humeur|stabilisateurs? d'humeur|dose|posologie|mg)`;

/** Questions on starting, stopping, dosing or mixing medicines: for the prescriber or a pharmacist. */
export const medication: CueGroupRecord<RedirectReason> = {
  id: "medication",
  name: "médicaments",
  reasons: { self: "medication", other: "medication" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "medication/change-dose",
      rationale: "Stopping, doubling, changing or dosing a psychiatric medicine: a prescriber's decision (withdrawal and interactions can be dangerous).",
      who: "self",
      phrases: [
        String.raw`\b(?:arreter|arrete|stopper|doubler|augmenter|baisser|diminuer|sauter|changer de|changer mon|changer ma|sevrer|reduire|espacer|couper)\b[^.?!]{0,30}\b${MED}\b`,
        String.raw`\b${MED}\b[^.?!]{0,30}\b(?:d'un coup|du jour au lendemain|arreter|doubler|augmenter)\b`,
        String.raw`\bcombien (?:de |d')?(?:mg|milligrammes|comprimes|gouttes|cachets)\b`,
        String.raw`\b(?:quel|lequel|laquelle|quels|quelle)\b[^.?!]{0,20}\b(?:antidepresseurs?|anxiolytiques?|medicaments?|traitement)\b[^.?!]{0,30}\b(?:conseilles|recommandes|me conseilles|prendre|choisir)\b`,
        String.raw`\b(?:antidepresseurs?|anxiolytiques?|medicaments?)\b[^.?!]{0,20}\b(?:tu me conseilles|tu conseilles|tu recommandes|me recommandes)\b`,
      ],
      matches: [
        "je peux arrêter mon sertraline d'un coup ?",
        "combien de mg de xanax je devrais prendre",
        "je peux doubler ma dose d'antidépresseur si ça marche pas ?",
        "je voudrais changer d'antidépresseur, lequel tu me conseilles ?",
      ],
    },
    {
      id: "medication/mixing",
      rationale: "Mixing a medicine with alcohol or another medicine: interactions are a question for the prescriber or pharmacist.",
      who: "self",
      phrases: [
        String.raw`\b(?:melanger|melange|combiner|prendre)\b[^.?!]{0,30}\b${MED}\b[^.?!]{0,20}\b(?:et|avec)\b`,
        String.raw`\b${MED}\b[^.?!]{0,40}\b(?:boire de l'alcool|boire|alcool|biere|vin)\b[^.?!]{0,15}(?:avec|$)`,
        String.raw`\b${MED}\b[^.?!]{0,40}\bavec\b[^.?!]{0,15}\b(?:alcool|biere|vin)\b`,
        String.raw`\bdangereux de (?:melanger|combiner|prendre)\b`,
      ],
      matches: ["mon psychiatre m'a prescrit du lithium, je peux boire de l'alcool avec?", "c'est dangereux de mélanger le lexomil et le zolpidem ?"],
    },
  ],
};
