import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Someone else said or did something that puts their life at risk. */
export const someoneElse: CueGroupRecord<CrisisReason> = {
  id: "someone-else",
  name: "jemand anderes in Gefahr",
  reasons: { self: "someone_else_at_risk", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "someone-else/wants-to-kill-themself",
      rationale:
        'Another person wants to or will kill themself ("sie will sich umbringen", "er bringt sich heute um", "redet vom Sterben"): someone else at risk; the writer needs the line and what to do.',
      who: "self",
      phrases: [
        String.raw`\bsich (?:\S+ ){0,2}(?:umbringen|umbringe|umbringa|umzubringen|toten|toeten|zu toten|zu toeten|das leben (?:zu )?nehmen|erhangen|erhaengen|aufhangen|aufhaengen|etwas antun|was antun|was anzutun|etwas anzutun)\b`,
        String.raw`\b(?:bringt|bringe|bringen) sich (?:\S+ ){0,3}um\b`,
        String.raw`\b(?:wirft|werfe|schmeisst|schmeißt|legt) sich (?:\S+ )?(?:vor|unter) (?:den|einen|nen|die) (?:zug|lkw|bus|bahn|u-bahn|s-bahn)\b`,
        String.raw`\bverabschiedet\b[^.?!]{0,40}\b(?:antwortet nicht|reagiert nicht|nicht erreichbar|geht nicht ran|meldet sich nicht)\b`,
        String.raw`\b(?:redet|spricht|schreibt|redete|sprach) (?:\S+ )?(?:vom|von|uber|ueber) (?:sterben|dem sterben|selbstmord|suizid|umbringen|tod|dem tod)\b`,
        String.raw`\b(?:er|sie|dass er|dass sie|der|die) (?:\S+ )?(?:nicht mehr leben|nimmer leben|sterben) (?:will|mochte|moechte|wollte)\b`,
        String.raw`\b(?:er|sie) (?:hat|het|hät|hat) (?:\S+ )?(?:gesagt|gseit|geschrieben) (?:\S+ )?(?:er|sie) (?:macht|mach) schluss\b`,
      ],
      matches: [
        "meine beste freundin hat gesagt dass sie sich umbringen will",
        "ein mädchen aus meiner klasse sagt sie bringt sich heute um",
        "mein 14-jähriger sohn redet vom sterben, ich hab angst",
        "meine mutter sagt seit papa weg ist dass sie nicht mehr leben will",
      ],
    },
    {
      id: "someone-else/self-harms",
      rationale: 'Another person self-harms ("meine Schwester ritzt sich"): someone else at risk.',
      who: "self",
      phrases: [String.raw`\b(?:ritzt|ritzen|verletzt|schneidet) sich\b(?! (?:beim|am|an der|in den finger))`],
      matches: ["meine schwester ritzt sich, was soll ich tun"],
    },
    {
      id: "someone-else/unresponsive",
      rationale: "Someone took pills and no longer answers: an emergency now.",
      who: "self",
      phrases: [
        String.raw`\b(?:genommen|geschluckt)\b[^.?!]{0,40}\b(?:antwortet nicht|antwortet nicht mehr|reagiert nicht|wacht nicht auf|bewusstlos|atmet kaum)\b`,
      ],
      matches: ["mein freund hat tabletten genommen und antwortet nicht mehr"],
    },
    {
      id: "someone-else/ends-it",
      rationale: 'A relative said they will "Schluss machen" and left ("min Vater hät gseit er macht Schluss und isch mit em Auto weg"): someone else at risk.',
      who: "self",
      phrases: [String.raw`\b(?:er|sie) (?:macht|mach|mache) schluss\b[^.?!]{0,40}\b(?:weg|fort|abgehauen|verschwunden|auto)\b`],
      matches: ["min vater hät gseit er macht schluss und isch mit em auto weg"],
    },
    {
      id: "someone-else/suicidal-thoughts",
      rationale: 'Someone else has suicidal thoughts ("jemand auf dem Server schreibt, dass er Suizidgedanken hat").',
      who: "self",
      phrases: [String.raw`\b(?:er|sie|dass er|dass sie) (?:\S+ )?\w*(?:suizid|selbstmord)\w*gedanken (?:hat|habe|hatte|hätte)\b`],
      matches: ["jemand auf dem server schreibt dass er suizidgedanken hat"],
    },
  ],
};
