import type { CrisisReason } from "../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord, selfCue } from "../cue-record.ts";
import type { PackCues } from "../pack.ts";
import * as conditions from "./conditions.ts";
import { LEXICON } from "./lexicon.ts";

/*
 * Portuguese wording that asks, never alarms: a cue here gives a check-in, not a crisis reply, as Spanish's
 * (es/ask-cues.ts). VERA-MH's rubric (Q4) counts worthlessness and self-hatred as "related psychological states that
 * may suggest suicidal thoughts are present": a risk statement to probe (shared/DESIGN.md, triage rule 1). Phrases
 * run on one folded clause (lower case, accents removed).
 */

/** Not after a denial: "não", "nunca", "nem". */
const NOT_DENIED = String.raw`(?<!\bnao )(?<!\bnunca )(?<!\bnem )`;
/** "…em matemática", "…de cozinhar", "…pra futebol": a skill, not the self. */
const NOT_A_SKILL = String.raw`(?! (?:em|de|no|na|pra (?:o|a|jogar|cozinhar|dancar|cantar|desenhar)|para (?:o|a|jogar|cozinhar|dancar|cantar|desenhar))\b)`;

const cue = selfCue;

export const askHopelessness: CueGroupRecord<CrisisReason> = {
  id: "pt-ask-hopelessness",
  name: "worthlessness and self-hatred: a check-in (Portuguese)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "pt-ask-hopelessness/worthless",
      'Says they are worth nothing or good for nothing ("não valho nada", "não sirvo pra nada", "sou um fracasso na vida"): worthlessness, a state VERA-MH (Q4) reads as possible risk to ask about.',
      [
        String.raw`${NOT_DENIED}\b(?:eu )?nao valho nada\b${NOT_A_SKILL}`,
        String.raw`${NOT_DENIED}\b(?:eu )?nao sirvo (?:pra|para) nada\b${NOT_A_SKILL}`,
        String.raw`\b(?:sou|me sinto) (?:um|uma) (?:fracasso|fracassad[oa]|lixo|inutil) (?:total|como pessoa|na vida|em tudo)\b|\bme sinto (?:um|uma) lixo\b(?= *$| *,| e\b)`,
      ],
      ["não valho nada", "sinto que não valho nada", "eu não sirvo pra nada", "sou um fracasso na vida", "me sinto um lixo"],
      { ignores: ["não sirvo pra nada em matemática", "não valho nada no futebol kkk", "você não vale nada"], jokeProne: true },
    ),
    cue(
      "pt-ask-hopelessness/self-hatred",
      'Says they hate themselves or their life ("eu me odeio", "odeio minha vida", "odeio ser eu", "tenho nojo de mim"): self-hatred, read by VERA-MH (Q4) as a state to ask about.',
      [
        String.raw`${NOT_DENIED}\b(?:eu )?me odeio(?: tanto| muito| demais)?\b(?= *$| *,| (?:e|de verdade|serio|sério|mesmo|odeio)\b)`,
        String.raw`${NOT_DENIED}\bodeio (?:a )?(?:minha vida|ser eu|existir|a minha existencia)\b(?! (?:sem|quando|nas segundas)\b)`,
        String.raw`\btenho nojo de mim(?: mesm[oa])?\b`,
      ],
      ["eu me odeio", "às vezes me odeio tanto", "odeio minha vida", "odeio a minha vida", "tenho nojo de mim mesma"],
      { ignores: ["ela me odeia", "me odeio por ter comido tanto kkk", "odeio minha vida sem café", "não me odeio"], jokeProne: true },
    ),
  ],
};

/** The Portuguese check-in pack's content: read after the Portuguese and English packs, its cues only ask. */
export const ASK_CUES = {
  language: "pt",
  crisis: [askHopelessness],
  redirect: [],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
