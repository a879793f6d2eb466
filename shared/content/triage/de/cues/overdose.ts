import type { CrisisReason } from "../../../../schemas/answer.ts";
import type { CueGroupRecord } from "../../cue-record.ts";

/** An overdose taken or under way: a medical emergency first (VERA-MH Q5). A past report still counts. */
export const overdose: CueGroupRecord<CrisisReason> = {
  id: "overdose",
  name: "Überdosis",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: ["negation", "hypothetical"],
  cues: [
    {
      id: "overdose/whole-pack",
      rationale:
        'A whole pack, all one\'s pills or a large number swallowed ("die ganze Packung geschluckt", "20 Paracetamol genommen"): a possible overdose in progress.',
      who: "self",
      phrases: [
        String.raw`\b(?:ganze|ganzen|komplette|alle|a ganze|a ganz|ne ganze|eine ganze)\b[^.?!]{0,20}\b(?:packung|packungen|schachtel|blister|dose|flasche|{PILLS})\b[^.?!]{0,40}\b(?:geschluckt|genommen|gnommen|eingeworfen|eingenommen|gefressen)\b`,
        String.raw`\b(?:\d{2,}|zwanzig|dreissig|vierzig|funfzig|fuenfzig|zehn|fünfzehn|funfzehn|viele|zu viele|zuviele|massig|hand voll|handvoll)\b (?:\S+ )?{PILLS}\b[^.?!]{0,30}\b(?:geschluckt|genommen|gnommen|eingeworfen|eingenommen)\b`,
        String.raw`\b(?:alles|ois|olles) (?:\S+ )?(?:geschluckt|gschluckt|genommen|gnommen)\b(?=[^.?!]{0,30}\b(?:gefunden|gfundn|gfunden|da war|hatte|hab)\b)`,
        String.raw`\b(?:alle meine|all meine|alle|meine ganzen) {PILLS}\b (?:\S+ ){0,3}(?:auf einmal|auf ex|gleichzeitig)?\s?(?:geschluckt|genommen|gnommen|eingeworfen)\b`,
      ],
      matches: [
        "i hab ois gschluckt wos i gfundn hab",
        "ich hab die ganze packung tabletten geschluckt",
        "hab vor einer stunde 20 paracetamol genommen",
        "ich hab alle meine pillen auf einmal genommen",
        "i hab a ganze schachtel schlaftabletten gnommen",
        "ich glaub ich hab zu viele tabletten genommen",
      ],
    },
    {
      id: "overdose/overdose-word",
      rationale: '"Überdosis genommen" (also "ueberdosis", chat "OD"): an overdose reported, an emergency.',
      who: "self",
      phrases: [String.raw`\b(?:uberdosis|ueberdosis|overdose)\b(?! (?:bei|von|an) (?:vitamin|koffein|kaffee|liebe|drama|sonne))`],
      matches: ["hab absichtlich eine überdosis genommen, mir ist komisch", "hab ne ueberdosis genommen"],
    },
    {
      id: "overdose/pills-and-alcohol",
      rationale: "Sedatives or pills taken with alcohol just now: a dangerous combination (VERA-MH Q5).",
      who: "self",
      phrases: [
        String.raw`\b{PILLS}\b[^.?!]{0,20}\b(?:mit|und) (?:\S+ )?(?:wodka|vodka|alkohol|schnaps|whisky|bier|wein|korn|jagermeister|jaegermeister)\b[^.?!]{0,20}\b(?:genommen|geschluckt|getrunken|runtergespult|runtergespuelt)\b`,
      ],
      matches: ["hab grad alle meine beruhigungsmittel mit wodka genommen"],
    },
  ],
};
