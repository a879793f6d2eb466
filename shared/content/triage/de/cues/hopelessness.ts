import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Hopelessness and being at the end of one's strength: enough to ask directly about suicide (a check-in). */
export const hopelessness: CueGroupRecord<CrisisReason> = {
  id: "hopelessness",
  name: "Hoffnungslosigkeit",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "hopelessness/no-hope",
      rationale:
        'No hope left, it will never get better ("es wird nie besser", "keine Hoffnung mehr"): hopelessness, a strong predictor of suicidal thinking (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\b(?:keine|ka|koa|null) hoffnung mehr\b`,
        String.raw`\b(?:es|das|alles|mein leben) wird (?:nie|niemals|eh nie|nimmer) (?:mehr )?(?:besser|gut)\b`,
        String.raw`\b(?:es|des|das) hat (?:alles )?(?:keinen|ka|koan|kein) sinn mehr\b`,
      ],
      matches: ["es wird nie besser, ich bin am ende", "ich hab keine hoffnung mehr, alles ist kaputt", "i pack des ollas nimma, es hat ka sinn mehr"],
    },
    {
      id: "hopelessness/cannot-go-on",
      rationale:
        '"Ich kann nicht mehr und ich will nicht mehr", "ich pack das alles nicht mehr", "bin am Ende": exhaustion of coping that warrants asking directly.',
      who: "self",
      phrases: [
        String.raw`^(?:ich |i )?(?:kann|konn|koan) (?:einfach |echt |wirklich |halt )?(?:nicht|nimma|nimmer|net|ned) mehr *$|^(?:ich |i )?(?:kann|koan) (?:einfach |echt )?(?:nimma|nimmer) *$`,
        String.raw`\bkann nicht mehr\b[^.?!]{0,10}\b(?:und )?(?:ich )?will (?:auch )?nicht mehr\b`,
        String.raw`\b(?:pack|packe|schaff|schaffe) (?:\S+ ){0,2}(?:nicht mehr|nimma|nimmer|ned mehr)\b(?=[^.?!]{0,40}\b(?:sinn|leben|aus|ende|kraft)\b| *$|,)`,
        String.raw`\b(?:bin|ich bin) (?:total |völlig |vollig |einfach )?am ende\b(?! (?:der|des|vom|von|meiner|meines|mit meinem latein))`,
      ],
      matches: ["ich kann nicht mehr und ich will nicht mehr", "es wird nie besser, ich bin am ende"],
    },
  ],
};
