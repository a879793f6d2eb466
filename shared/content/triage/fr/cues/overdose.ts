import type { CrisisReason } from "../../../../schemas/answer.ts";
import type { CueGroupRecord } from "../../cue-record.ts";

/** Taken or swallowed, as people report it. */
const TOOK = String.raw`(?:(?:viens|vient|venons) (?:de prendre|d'avaler|de gober|de boire|d'ingurgiter)|pris|prise|avale|avalee|gobe|gobee|bu|englouti|prit|pri|pris tout)`;

/** An overdose taken or under way: a medical emergency first (VERA-MH Q5). Checks: a past report still counts. */
export const overdose: CueGroupRecord<CrisisReason> = {
  id: "overdose",
  name: "surdose",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: ["negation", "hypothetical"],
  cues: [
    {
      id: "overdose/whole-box",
      rationale:
        'A whole box, all of one\'s pills or a large number swallowed ("j\'ai avalé toute la boîte", "20 comprimés"): a possible overdose in progress, an emergency.',
      who: "self",
      phrases: [
        String.raw`\b${TOOK}\b[^.?!]{0,30}\b(?:toute (?:la|ma|une)|toutes (?:mes|les)|tous (?:mes|les)|une (?:boite|plaquette)|la (?:boite|plaquette)|une? (?:dizaine|vingtaine|trentaine|quinzaine|cinquantaine)|plein|\d{2,}|trop) (?:entiere )?(?:de |d')?(?:boite |plaquette |flacon |tube )?(?:(?:de |d'|des |mes )?(?:entiere )?)?{PILLS}\b`,
        String.raw`\b${TOOK}\b[^.?!]{0,20}\b(?:toute la boite|toute la plaquette|une plaquette entiere|une boite entiere|tout le flacon|tout le tube)\b`,
        String.raw`\btrop de {PILLS}\b`,
      ],
      matches: [
        "j'ai avalé toute la boîte de médocs",
        "j'ai pris 20 comprimés de doliprane il y a une heure",
        "j'ai pris toutes mes pilules d'un coup",
        "jai pris trop de cachets je crois",
        "j'ai avalé une plaquette entière de somnifères",
        "jai pris une dizaine de lexomil et une bouteille de vodka",
      ],
    },
    {
      id: "overdose/overdose-word",
      rationale: '"J\'ai fait une overdose / une surdose (exprès)": an overdose reported, an emergency.',
      who: "self",
      phrases: [
        String.raw`\b(?:fait|faire|fais|pris|prendre) (?:une |un )?(?:overdose|surdose|od)\b`,
        String.raw`\b(?:overdose|surdose) (?:expres|volontaire)\b`,
      ],
      matches: ["j'ai fait une overdose exprès, je me sens bizarre"],
    },
    {
      id: "overdose/pills-and-alcohol",
      rationale: "Sedatives or pills taken with alcohol just now: a dangerous combination (VERA-MH Q5).",
      who: "self",
      phrases: [
        String.raw`\b${TOOK}\b[^.?!]{0,40}\b{PILLS}\b[^.?!]{0,30}\b(?:avec|et|plus) (?:de l'|une bouteille de |du |de la |un litre de |des )?(?:alcool|vodka|whisky|vin|bieres?|rhum|gin|tequila|pastis|shots)\b`,
      ],
      matches: ["je viens de prendre tous mes anxiolytiques avec de l'alcool"],
    },
  ],
};
