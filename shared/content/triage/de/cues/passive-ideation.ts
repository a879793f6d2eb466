import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Passive wishes to be dead or not to exist, and feeling a burden (VERA-MH Q4: passive suicidal thoughts). */
export const passiveIdeation: CueGroupRecord<CrisisReason> = {
  id: "passive-ideation",
  name: "passive Suizidgedanken",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "passive-ideation/never-wake-up",
      rationale: '"Einschlafen und nie wieder aufwachen", "wünschte, ich würde nicht mehr aufwachen": a passive wish to be dead (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\b(?:nie wieder|nie mehr|nicht mehr|nimmer|nimma|einfach nicht mehr|nie) (?:\S+ )?(?:aufwachen|aufwache|aufwacha)\b(?! (?:kann|konnte|wegen|vor|bis|um))`,
        String.raw`\b(?:einschlafen|einschlafe) und (?:nie|nicht) (?:wieder|mehr)\b`,
        String.raw`\b(?:hoffe|hoff|wunsche|wuensche|wunschte|wuenschte|bete|bet)\w*\b[^.?!]{0,20}\b(?:wache|wach|wachen) (?:\S+ ){0,2}(?:nicht|nie|nimmer|nimma) (?:mehr )?auf\b`,
      ],
      matches: ["ich wünschte, ich würde einfach nicht mehr aufwachen", "einschlafen und nie wieder aufwachen, das wärs"],
    },
    {
      id: "passive-ideation/better-off-without-me",
      rationale: '"Alle wären besser dran ohne mich", "ich bin nur eine Last": perceived burdensomeness, a core risk factor (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\b(?:besser|leichter|einfacher|glucklicher|gluecklicher|eifacher|besser dran) (?:dran )?ohne (?:mich|mi)\b`,
        String.raw`\bohne mich (?:waere|ware|wars|waers|wars|war|waer|wer|wa) (?:es |alles |das leben |)(?:besser|leichter|einfacher)\b`,
        String.raw`\b(?:bin|ich bin) (?:doch )?(?:nur |eh nur |bloss |bloß |halt nur |einfach nur )?(?:eine|ne|a|e) (?:last|belastung|burde|buerde|zumutung)\b`,
        String.raw`\b(?:waer|war|ware|waere|wars|wer|wa|waers) (?:es )?(?:eifacher|einfacher|leichter|besser) wenn (?:ich|i|ig) (?:nume|numme|nuem|num|nicht mehr|nimmer|nimma|weg) (?:da|do)?\b`,
      ],
      matches: [
        "alle wären besser dran ohne mich",
        "ich bin nur eine last für meine familie, ohne mich wärs leichter",
        "es wär eifacher wenn ich nüme da wär",
        "ich bin eine last und das wird sich nie ändern",
      ],
    },
    {
      id: "passive-ideation/if-i-were-dead",
      rationale:
        '"Wenn ich morgen tot wäre, würde es keinen interessieren", "niemand würde merken, wenn ich weg wäre": imagining one\'s own death and its absence of consequence (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\bwenn (?:ich|i|ig) (?:\S+ ){0,2}(?:tot|weg|nicht mehr da|nimmer da|nimma da|nume da|gestorben) (?:waere|ware|wär|waer|war|wer|bin|sein wuerde|sein wurde)\b`,
        String.raw`\b(?:niemand|keiner|keinen|koaner|keine sau|niemanden) (?:wuerde|wurde|tat|taet|wurds|wuerds) (?:\S+ )?(?:merken|vermissen|interessieren|auffallen|kummern|kuemmern)\b`,
        String.raw`\b(?:war|waer|ware|waere) (?:ich |i )?(?:lieber |am liebsten |einfach |echt )?tot\b`,
        String.raw`\b(?:ich|i) (?:war|waer|ware|waere) (?:lieber |am liebsten |einfach |echt )?tot\b`,
        String.raw`\b(?:wuensch|wunsch)\w* (?:mir )?(?:manchmal )?(?:ich )?(?:waer|war|ware|waere) (?:nie geboren|tot|nicht da|nicht mehr da)\b`,
        String.raw`\b(?:wenn|dass) es mich (?:gar )?nicht (?:mehr )?(?:gabe|gaebe|gab|gibt|geben wurde|geben wuerde)\b`,
        String.raw`\b(?:egal|niemand|keiner|keinen|koaner)\b[^.?!]{0,30}\bwenn (?:ich|i) (?:sterbe|sterb|tot bin|weg bin|nicht mehr da bin|sterben wurde|sterben wuerde)\b`,
        String.raw`\b(?:will|mochte|moechte|wunsch\w*|wuensch\w*)\b[^.?!]{0,20}\b(?:dass|das) (?:es|alles) (?:\S+ )?(?:fur|fuer) immer (?:aufhort|aufhoert|vorbei ist|endet)\b`,
        String.raw`\b(?:nie|niemals) geboren (?:worden )?(?:waer|war|ware|waere|zu sein)\b`,
        String.raw`\b(?:war|waer|ware|waere) (?:ich |i )?(?:nie|niemals) geboren\b`,
      ],
      matches: [
        "wenn ich morgen tot wäre würde es keinen interessieren",
        "niemand würde merken wenn ich weg wäre",
        "manchmal wünsch ich mir ich wär nie geboren worden und es wär einfach vorbei",
      ],
    },
    {
      id: "passive-ideation/no-sense-in-living",
      rationale:
        '"Ich sehe keinen Sinn mehr im Leben", "hab keinen Grund mehr weiterzuleben", "keine Lust mehr zu leben": loss of reasons for living (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\b(?:keinen|keine|kein|ka|koan|koa|null|kei) (?:sinn|grund|zweck|bock|lust|kraft)\b(?: \S+){0,2} (?:mehr )?(?:im leben|i am leben|zu leben|zum leben|weiterzuleben|weiter zu leben|auf das leben|aufs leben|am leben|mehr zu leben|zu existieren|mehr zu existieren|uf s labe|ufs labe|uf s laebe|ufs laebe|ufs lebe)\b`,
        String.raw`\b(?:keinen|kein|ka) (?:sinn|grund) mehr\b(?=[^.?!]{0,30}\b(?:leben|weiter|existieren|aufzustehen)\b)`,
        String.raw`\b(?:warum|wieso|weshalb|kp warum|kein plan warum|keine ahnung warum|ka warum) (?:ich|i) (?:ueberhaupt |uberhaupt |eigentlich |noch )*(?:noch )?(?:lebe|leb|existiere|weitermache|hier bin|da bin)\b`,
        String.raw`\b(?:das )?leben (?:hat|macht) (?:keinen|kein) sinn mehr\b`,
        String.raw`\b(?:wozu|wofur|wofuer|warum) (?:noch |ueberhaupt |uberhaupt )*(?:leben|weiterleben|weitermachen)\b(?= *$|,)`,
        String.raw`\b(?:es|s|des|das) (?:lohnt|lohnd) sich (?:einfach |echt |wirklich |doch |eh )?(?:nicht|net|ned|nit|nimmer|nimma|nie) ?(?:mehr )?(?:weiterzuleben|weiter zu leben|zu leben|zu existieren|am leben zu bleiben|weiterzumachen)\b`,
        String.raw`\b(?:das|des|mein|s) leben (?:lohnt|lohnd) sich (?:einfach |echt |wirklich |eh )?(?:nicht|net|ned|nit|nimmer|nimma)(?: mehr)?\b(?= *$| *,| (?:fur mich|fuer mich|und|eh|sowieso)\b)`,
        String.raw`\b(?:das|des|mein) leben (?:hat|macht|ergibt) (?:keinen|kein|null) sinn\b(?= *$| *,| (?:fur mich|fuer mich|und|eh|sowieso|mehr)\b)`,
        String.raw`\b(?:mein|das) leben ist (?:nicht|nichts) (?:mehr )?(?:lebenswert|wert)\b(?= *$| *,| (?:und|fur mich|fuer mich)\b)`,
      ],
      matches: [
        "ich sehe keinen sinn mehr im leben",
        "ich hab keine lust mehr zu leben",
        "kp warum ich überhaupt noch lebe",
        "ich hab keinen grund mehr weiterzuleben",
        "es lohnt sich nicht weiterzuleben",
        "es lohnt sich einfach nicht mehr zu leben",
        "das leben lohnt sich nicht",
        "mein leben hat keinen sinn",
      ],
      ignores: ["es lohnt sich nicht, in dieser stadt zu leben", "das leben hat keinen sinn ohne kaffee", "es lohnt sich nicht, das projekt weiterzumachen"],
    },
    {
      id: "passive-ideation/tired-of-life",
      rationale: '"So müde vom Leben", "lebensmüde", "das Leben satt": exhaustion with life itself, passive ideation (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\b(?:mude|muede|satt|erschopft|erschoepft|fertig) (?:vom|von dem|mit dem) leben\b`,
        String.raw`\b(?:das|des) leben (?:so |echt |total |einfach )?satt\b`,
        String.raw`\b(?:ich bin|bin|i bin|ich fuehl mich|ich fuhl mich) (?:so |total |einfach |echt )?(?:lebensmude|lebensmuede)\b`,
      ],
      matches: ["ich bin so müde vom leben"],
    },
    {
      id: "passive-ideation/disappear",
      rationale: '"Einfach verschwinden, für immer": in German chat a passive-ideation euphemism; "im Erdboden versinken" (embarrassment) is not included.',
      who: "self",
      phrases: [
        String.raw`\b(?:will|mochte|moechte|wurde gern|wuerde gern|wunschte|wuenschte|mag) (?:\S+ ){0,2}(?:verschwinden|weg sein|nicht mehr existieren|aufhoeren zu existieren|aufhoren zu existieren)\b(?=[^.?!]{0,20}\b(?:fur immer|fuer immer|ganz|endgueltig|endgultig|fur alle|fuer alle|vergessen werden)\b| *$|,)`,
      ],
      matches: ["ich will einfach verschwinden, für immer"],
      ignores: ["ich will einfach verschwinden für ein paar tage in den urlaub"],
    },
    {
      id: "passive-ideation/hit-by-car",
      rationale:
        "Hoping a car or an illness would end one's life (\"hoff i dass mi a Auto zsammfahrt\"): passive ideation without a plan of one's own (VERA-MH Q4).",
      who: "self",
      phrases: [
        String.raw`\b(?:hoff|hoffe|wunsch|wuensch|wunsche|wuensche)\w* (?:\S+ ){0,4}(?:auto|lkw|zug|bus|krebs|unfall|krankheit)\b[^.?!]{0,30}\b(?:zsammfahrt|zusammenfahrt|uberfahrt|ueberfaehrt|ueberfahrt|umbringt|erwischt|holt|totfahrt|todfahrt)\b`,
      ],
      matches: ["manchmal hoff i dass mi a auto zsammfahrt"],
    },
  ],
};
