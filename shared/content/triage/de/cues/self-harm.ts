import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Self-harm: "ritzen", cutting, burning, hitting oneself, the urge, its scars (VERA-MH Q4: non-suicidal self-injury). */
export const selfHarm: CueGroupRecord<CrisisReason> = {
  id: "self-harm",
  name: "Selbstverletzung",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "self-harm/ritzen",
      rationale:
        '"Ritzen" and "SVV" (selbstverletzendes Verhalten): the everyday German words for self-cutting, said of oneself (VERA-MH Q4). Another person\'s ("sie ritzt sich") is someone else at risk.',
      who: "self",
      phrases: [
        String.raw`\b(?:ich )?(?:ritze|ritz|ritzte|ritzen|geritzt|ritz mich|ritze mich)\b(?! (?:ein|initialen|namen|herz))`,
        String.raw`\b(?:svv|selbstverletzung\w*|selbstverletzend\w*|selbst verletzen|selbst zu verletzen)\b(?! (?:bei|in der|unter) (?:jugendlichen|teenagern|studie))`,
        String.raw`\bverletze? (?:mich|mi) (?:selbst|selber)\b`,
        String.raw`\b(?:ich|i) (?:schneide|schneid|schlag|schlage|verbrenn|verbrenne|kratz|kratze|beiss|beisse) (?:mich|mi)\b(?! (?:beim|an|am|durch|nicht|nie|mit dem messer beim|rum|heraus|raus|zusammen))`,
      ],
      needs: /^(?![\s\S]*\b(?:vor (?:\S+ )?(?:jahren|monaten)|jetzt nicht mehr|seit (?:\S+ )?(?:jahren|monaten) nicht|fruher|frueher|damals)\b)/,
      matches: [
        "ich ritze mich seit zwei jahren und keiner weiß es",
        "hab mich gestern wieder geritzt",
        "ich verletze mich selbst wenn es mir schlecht geht",
        "selbstverletzung ist das einzige was noch hilft",
      ],
    },
    {
      id: "self-harm/act",
      rationale: "An act of self-injury reported: cut, burned on purpose, hitting one's head until it bleeds (VERA-MH Q4). Kitchen accidents do not match.",
      who: "self",
      phrases: [
        String.raw`\b(?:absichtlich|extra|mit absicht|bewusst)\b[^.?!]{0,40}\b(?:verbrannt|geschnitten|aufgeschnitten|verletzt|geschlagen|gebrannt)\b`,
        String.raw`\b(?:mir|mia) (?:\S+ ){0,2}(?:den arm|die arme|die handgelenke|die oberschenkel|die beine|die haut)\b[^.?!]{0,20}\b(?:aufgeschnitten|aufgeritzt|zerschnitten|verbrannt|aufgekratzt)\b`,
        String.raw`\b(?:kopf|schadel|schaedel) gegen die wand\b[^.?!]{0,20}\b(?:bis|blut)`,
        String.raw`\b(?:hab|habe|hob|hatte|han) (?:ich |i )?(?:mich|mi) (?:(?!nicht\b|nie\b|beim\b|am\b|an\b|in\b|i\b)\S+ ){0,3}(?:geschnitten|verbrannt|verletzt|blutig gekratzt)\b(?! (?:beim|am|an der|an dem|mit dem messer beim|in der kuche|in der kueche))`,
      ],
      matches: [
        "ich hab mir absichtlich den arm mit dem feuerzeug verbrannt",
        "i hau mein kopf gegen die wand bis es blutet",
        "rückfall, hab mir die oberschenkel aufgeschnitten",
      ],
      ignores: ["ich hab mich beim kochen geschnitten"],
    },
    {
      id: "self-harm/urge",
      rationale: 'The urge to hurt oneself ("ich will mir weh tun", "der Drang mich zu schneiden"): self-harm ideation, asked about directly (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\b(?:will|mochte|moechte|muss|drang|druck|bedurfnis|beduerfnis|lust|bock)\b(?: \S+){0,3} (?:mir (?:selbst |selber )?weh ?(?:zu )?tun|mir (?:selbst |selber )?(?:was|etwas) an ?(?:zu )?tun|mich (?:zu )?(?:schneiden|ritzen|verletzen|verbrennen|schlagen))\b`,
        String.raw`\bmir (?:selbst |selber )?weh ?(?:zu )?tun\b`,
        String.raw`\b(?:tu|tue|tat) mir (?:\S+ )?weh\b(?=[^.?!]{0,30}\b(?:absichtlich|extra|spuren|spueren|bestrafen)\b)|\b(?:tu|tue|tat) mir (?:absichtlich|extra|bewusst) weh\b`,
      ],
      matches: ["ich will mir weh tun", "der drang mich zu schneiden kommt jeden abend"],
    },
    {
      id: "self-harm/scars",
      rationale: 'Hiding self-harm scars or cuts ("wie versteck ich meine Narben"): ongoing self-injury (VERA-MH Q4).',
      who: "self",
      phrases: [
        String.raw`\b(?:narben|schnitte|wunden)\b[^.?!]{0,30}\b(?:ritzen|geritzt|svv|verstecken|versteck|verdecken|mutter|eltern|sommer)\b|\b(?:versteck|verstecke|verdecke|verdeck)\w* (?:ich )?(?:meine )?(?:narben|schnitte|arme)\b`,
      ],
      matches: ["wie versteck ich meine narben vom ritzen vor meiner mutter"],
    },
  ],
};
