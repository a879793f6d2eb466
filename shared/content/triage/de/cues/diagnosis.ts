import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

const CONDITION = String.raw`(?:bipolar|manisch|adhs|ads|autist|autistisch|autismus|asperger|borderline|borderline-storung|borderline-stoerung|persoenlichkeitsstoerung|personlichkeitsstorung|depressiv|depression|depri|zwangsstorung|zwangsstoerung|zwangsgestort|zwangsgestoert|angststorung|angststoerung|schizophren|psychopath|narzisst|narzisstisch|magersuchtig|magersuechtig|bulimisch|essstorung|essstoerung|ptbs|traumatisiert|dissoziativ|hochbegabt|hochsensibel|hsp|\w*storung|\w*stoerung)`;

/** Asking Alliance to name a condition: only a clinician can diagnose. */
export const diagnosis: CueGroupRecord<RedirectReason> = {
  id: "diagnosis",
  name: "Diagnose",
  reasons: { self: "diagnosis", other: "diagnosis" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "diagnosis/do-i-have",
      rationale:
        '"Bin ich bipolar?", "hab ich ADHS?", "glaubst du, ich hab eine Borderline-Störung?": a request for a diagnosis, which needs an assessment by a clinician.',
      who: "self",
      phrases: [
        String.raw`\b(?:bin ich|hab ich|habe ich|hab i|bin i|han ich|han i|ob ich|dass ich)\b(?: \S+){0,2} ${CONDITION}\b(?=[^.?!]{0,40}(?:$|oder|was meinst du|was denkst du|sag du|sag mir))`,
        String.raw`\b(?:glaubst|denkst|meinst) du\b[^.?!]{0,20}\b(?:ich bin|ich hab|ich habe|ich hatte|ich haette)\b(?: \S+){0,2} ${CONDITION}\b`,
        String.raw`\b(?:was fur|was fuer|welche) (?:e |eine |ne )?(?:storung|stoerung|storig|krankheit|diagnose)\b(?: \S+){0,2} (?:hab|habe|han|hett) (?:ich|i)\b`,
        String.raw`\b(?:diagnostizier|diagnostiziere|diagnostizieren)\w* (?:mich|mi)\b|\b(?:mich|mi) (?:\S+ )?diagnostizieren\b|\bstell (?:mir )?(?:eine|ne) diagnose\b`,
      ],
      matches: [
        "bin ich bipolar?",
        "hab ich adhs was meinst du",
        "glaubst du ich hab eine borderline-störung?",
        "bin ich depressiv oder einfach nur müde? sag du es mir",
        "was für e störig han ich, mini luune wechslet zäh mal am tag",
        "kannst du mich diagnostizieren? ich hab alle symptome von autismus",
      ],
      ignores: ["was ist eine bipolare störung genau"],
    },
  ],
};
