import type { CrisisReason } from "../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord, selfCue } from "../cue-record.ts";
import type { PackCues } from "../pack.ts";
import * as conditions from "./conditions.ts";
import { LEXICON } from "./lexicon.ts";

/*
 * Spanish wording that asks, never alarms: a cue here gives a check-in (a kind, direct question about suicide and
 * one line), not a crisis reply. VERA-MH's rubric (Q4) counts hopelessness, worthlessness and self-hatred as
 * "related psychological states that may suggest suicidal thoughts are present": a risk statement the bot must
 * probe, not one that by itself is a crisis (shared/DESIGN.md, triage rule 1: "where risk is possible but unclear,
 * the reply is a check-in"). Real Spanish tweets annotated for suicidal intent use these words often; so do tweets
 * about a bad day, which a question does not hurt. Phrases run on one folded clause, as the crisis cues do.
 */

/** Not after a denial: "no", "nunca", "tampoco", "ni" (as the crisis cues' NOT_DENIED). */
const NOT_DENIED = String.raw`(?<!\bno )(?<!\bnunca )(?<!\btampoco )(?<!\bni )`;
/** "…en matemáticas", "…de cocinar", "…para el fútbol": a skill, not the self. */
const NOT_A_SKILL = String.raw`(?! (?:en|de|pa|para (?:el|la|los|las|jugar|cocinar|bailar|cantar|dibujar)\b))`;

const cue = selfCue;

export const askHopelessness: CueGroupRecord<CrisisReason> = {
  id: "es-ask-hopelessness",
  name: "hopelessness, worthlessness and self-hatred: a check-in (Spanish)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "es-ask-hopelessness/worthless",
      'Says they are worth nothing or good for nothing ("no valgo nada", "no sirvo para nada", "soy un fracaso"): worthlessness, a state VERA-MH (Q4) reads as possible risk to ask about.',
      [
        String.raw`${NOT_DENIED}\bno valgo (?:nada|para nada|ni (?:verga|madre|mierda|un peso|putos pesos)|una mierda|verga|nada para nadie)\b${NOT_A_SKILL}`,
        String.raw`${NOT_DENIED}\bno sirvo (?:para|pa) nada\b${NOT_A_SKILL}`,
        String.raw`\b(?:soy|me siento) (?:un|una) (?:fracaso|fracasad[oa]|basura|inutil) (?:total|como persona|en la vida|en todo)\b|\bme siento (?:una|un) (?:basura|fracaso)\b(?= *$| *,| y\b)`,
      ],
      ["no valgo nada", "siento que no valgo nada", "no sirvo para nada y valgo verga para todo", "soy un fracaso en la vida", "me siento una basura"],
      { ignores: ["no valgo para nada en matematicas", "no sirvo para nada de cocina jaja", "tu no vales nada"], jokeProne: true },
    ),
    cue(
      "es-ask-hopelessness/self-hatred",
      'Says they hate themselves or their life ("me odio a mí mismo", "odio mi vida", "odio ser yo", "me doy asco"): self-hatred, read by VERA-MH (Q4) as a state to ask about.',
      [
        String.raw`${NOT_DENIED}\bme odio(?: (?:tanto|mucho|demasiado))?(?: a mi mism[oa]| yo mism[oa])?\b(?= *$| *,| (?:a mi mism[oa]|por (?:ser|todo|no)|y|de verdad|en serio|sabes|neta|odio)\b)`,
        String.raw`${NOT_DENIED}\bodio (?:mi vida|ser yo|mi existencia|existir)\b(?! (?:sin|cuando|los lunes)\b)`,
        String.raw`\bme doy asco(?: como persona)?\b(?= *$| *,| (?:y|como persona|de verdad)\b)`,
      ],
      ["me odio a mi mismo", "a veces me odio a mí misma", "odio mi vida", "no me soporto, odio ser yo", "me doy asco como persona"],
      { ignores: ["mi hermana me odia", "me odio por comer tanto pastel jajaja", "odio mi vida sin cafe", "no me odio"], jokeProne: true },
    ),
    cue(
      "es-ask-hopelessness/cannot-bear-it",
      'Cannot bear it any more, or does not want to go on like this ("no soporto más", "no lo soporto más", "no quiero seguir así"): distress at its limit, to ask about (VERA-MH Q4: "so tired of everything").',
      [
        String.raw`\bno (?:lo |me )?soporto mas\b(?= *$| *,| (?:esto|esta vida|mi vida|este dolor|estar asi|sentirme asi|nada|de verdad|en serio)\b)`,
        String.raw`\bno quiero seguir (?:asi|de esta manera|sintiendome asi)\b(?! (?:con|en) )`,
      ],
      ["no soporto más", "no lo soporto mas, de verdad", "no soporto mas este dolor", "no quiero seguir así"],
      { ignores: ["no soporto mas este clima", "no lo soporto mas a mi jefe", "no quiero seguir asi con el proyecto"] },
    ),
    cue(
      "es-ask-hopelessness/giving-up",
      'Wants to give up, on life or altogether ("solo quiero rendirme", "quiero rendirme a la vida"): VERA-MH (Q4) names "just give up" among vague statements of risk.',
      [
        String.raw`${NOT_DENIED}\b(?:quiero|solo quiero|nada mas quiero|quisiera|me quiero) rendir(?:me)?\b(?= *$| *,| (?:a la vida|con (?:todo|la vida)|de (?:todo|vivir)|y (?:ya|dejar todo|no))\b)`,
      ],
      ["solo quiero rendirme", "quiero rendirme a la vida", "a veces solo quiero rendirme y dejar todo"],
      { ignores: ["no quiero rendirme", "quiero rendirme en el examen de manejo"] },
    ),
    cue(
      "es-ask-hopelessness/thinking-of-suicide",
      'Says they are thinking of suicide in the present progressive ("estoy pensando en el suicidio", "ando pensando seriamente en el suicidio"): real tweets use it both in earnest and as exaggeration about homework, so it asks rather than alarms ("pienso en el suicidio" stays a crisis cue).',
      [
        String.raw`${NOT_DENIED}\b(?:estoy|ando|sigo|aca|aqui) pensando (?:seriamente |mucho |otra vez )?en el suicidio\b|\b(?:nunca|jamas) (?:habia|he) pensado tanto en el suicidio\b`,
      ],
      ["estoy pensando seriamente en el suicidio", "jamás había pensado tanto en el suicidio"],
      { ignores: ["la que esta pensando en el suicidio dile que piense en sus padres"] },
    ),
  ],
};

/** The Spanish check-in pack's content: read after the Spanish and English packs, its cues only ask. */
export const ASK_CUES = {
  language: "es",
  crisis: [askHopelessness],
  redirect: [],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
