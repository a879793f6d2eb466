import type { CrisisReason } from "../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord, selfCue } from "../cue-record.ts";
import type { PackCues } from "../pack.ts";
import * as conditions from "./conditions.ts";
import { LEXICON } from "./lexicon.ts";

/*
 * German wording that asks, never alarms: a cue here gives a check-in, not a crisis reply, as Spanish's
 * (es/ask-cues.ts). VERA-MH's rubric (Q4) counts worthlessness and self-hatred as "related psychological states that
 * may suggest suicidal thoughts are present": a risk statement to probe (shared/DESIGN.md, triage rule 1). Phrases
 * run on one folded clause (lower case, umlauts folded: "nichts wert", "hasse").
 */

/** "…in Mathe", "…beim Fußball", "…im Sport": a skill, not the self. */
const NOT_A_SKILL = String.raw`(?! (?:in|im|beim|bei|fur (?:den|die|das))\b)`;

const cue = selfCue;

export const askHopelessness: CueGroupRecord<CrisisReason> = {
  id: "de-ask-hopelessness",
  name: "worthlessness and self-hatred: a check-in (German)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "de-ask-hopelessness/worthless",
      'Says they are worth nothing or good for nothing ("ich bin nichts wert", "ich bin wertlos", "ich tauge zu nichts", "ich bin ein totaler Versager"): worthlessness, a state VERA-MH (Q4) reads as possible risk to ask about.',
      [
        String.raw`\bich bin (?:(?:einfach|echt|halt|eh) )?(?:nichts|nix) wert\b${NOT_A_SKILL}`,
        String.raw`\bich bin (?:(?:einfach|echt|so|total|halt|eh) )?wertlos\b${NOT_A_SKILL}`,
        String.raw`\bich tauge (?:zu )?(?:nichts|nix)\b${NOT_A_SKILL}`,
        String.raw`\bich bin ein (?:totaler |kompletter )?versager\b(?= *$| *,| (?:und|auf ganzer linie|im leben)\b)`,
      ],
      ["ich bin nichts wert", "ich bin einfach wertlos", "ich tauge zu nichts", "ich bin ein totaler versager", "ich bin ein versager auf ganzer linie"],
      { ignores: ["ich bin ein versager in mathe", "ich tauge nix beim fußball haha", "das handy ist nichts wert"], jokeProne: true },
    ),
    cue(
      "de-ask-hopelessness/self-hatred",
      'Says they hate themselves or their life ("ich hasse mich", "ich hasse mein Leben", "ich ekel mich vor mir selbst"): self-hatred, read by VERA-MH (Q4) as a state to ask about.',
      [
        String.raw`\bich hasse mich(?: selbst)?(?: so| so sehr| einfach)?\b(?= *$| *,| (?:und|so sehr|wirklich|echt|einfach)\b)`,
        String.raw`\bhasse ich mich(?: selbst)?(?: so| so sehr| einfach)?\b(?= *$| *,| (?:und|so sehr|wirklich|echt|einfach)\b)`,
        String.raw`\bich hasse (?:mein leben|mein dasein|es ich zu sein|meine existenz)\b(?! (?:ohne|wenn|montags)\b)`,
        String.raw`\bich (?:ekel|ekle) mich vor mir(?: selbst)?\b`,
      ],
      ["ich hasse mich", "manchmal hasse ich mich so sehr", "ich hasse mein leben", "ich ekel mich vor mir selbst"],
      { ignores: ["er hasst mich", "ich hasse mich dafür dass ich so viel schokolade esse haha", "ich hasse mein leben ohne kaffee"], jokeProne: true },
    ),
  ],
};

/** The German check-in pack's content: read after the German and English packs, its cues only ask. */
export const ASK_CUES = {
  language: "de",
  crisis: [askHopelessness],
  redirect: [],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
