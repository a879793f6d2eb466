import type { CrisisReason } from "../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord, selfCue } from "../cue-record.ts";
import type { PackCues } from "../pack.ts";
import * as conditions from "./conditions.ts";
import { LEXICON } from "./lexicon.ts";

/*
 * French wording that asks, never alarms: a cue here gives a check-in, not a crisis reply, as Spanish's
 * (es/ask-cues.ts). VERA-MH's rubric (Q4) counts worthlessness and self-hatred as "related psychological states that
 * may suggest suicidal thoughts are present": a risk statement to probe (shared/DESIGN.md, triage rule 1). Phrases
 * run on one folded clause (lower case, accents removed); "ne" is often dropped in chat ("je vaux rien").
 */

/** "…en maths", "…au foot", "…pour cuisiner": a skill, not the self. */
const NOT_A_SKILL = String.raw`(?! (?:en|au|a la|aux|pour (?:le|la|les|cuisiner|danser|chanter|dessiner|jouer))\b)`;

const cue = selfCue;

export const askHopelessness: CueGroupRecord<CrisisReason> = {
  id: "fr-ask-hopelessness",
  name: "worthlessness and self-hatred: a check-in (French)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "fr-ask-hopelessness/worthless",
      'Says they are worth nothing or good for nothing ("je ne vaux rien", "je sers à rien", "je suis un échec total"): worthlessness, a state VERA-MH (Q4) reads as possible risk to ask about.',
      [
        String.raw`\bje (?:ne |n )?vaux rien\b${NOT_A_SKILL}`,
        String.raw`\bje (?:ne |n )?sers a rien\b${NOT_A_SKILL}`,
        String.raw`\bje suis (?:un echec|une merde|un dechet|une ratee?|un rate) (?:total|totale|dans la vie|en tout|comme personne)\b|\bje suis (?:un echec|un dechet)\b(?= *$| *,| et\b)`,
      ],
      ["je ne vaux rien", "j'ai l'impression que je vaux rien", "je sers à rien", "je suis un échec total", "je suis un déchet"],
      { ignores: ["je sers à rien en maths", "je vaux rien au foot mdr", "tu vaux rien"], jokeProne: true },
    ),
    cue(
      "fr-ask-hopelessness/self-hatred",
      'Says they hate themselves or their life ("je me déteste", "je me hais", "je déteste ma vie", "je me dégoûte"): self-hatred, read by VERA-MH (Q4) as a state to ask about.',
      [
        String.raw`\bje (?:ne )?me (?:deteste|hais|degoute)(?: tellement| trop| vraiment)?\b(?= *$| *,| (?:et|vraiment|serieux|grave|je)\b)`,
        String.raw`\bje (?:deteste|hais) (?:ma vie|ma propre vie|etre moi|exister)\b(?! (?:sans|quand|le lundi)\b)`,
      ],
      ["je me déteste", "des fois je me hais tellement", "je déteste ma vie", "je me dégoûte, sérieux", "je hais ma vie"],
      { ignores: ["elle me déteste", "je me déteste quand je rate le bus mdr", "je déteste ma vie sans café", "je ne me déteste pas"], jokeProne: true },
    ),
  ],
};

/** The French check-in pack's content: read after the French and English packs, its cues only ask. */
export const ASK_CUES = {
  language: "fr",
  crisis: [askHopelessness],
  redirect: [],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
