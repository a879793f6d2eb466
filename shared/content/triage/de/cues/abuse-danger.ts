import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";
import { ADULT, NOT_THERAPIST_VIOLENCE, VIOLENCE } from "../conditions.ts";

/** Danger from someone else: violence at home, sexual abuse, threats, being locked in (reason abuse_danger). */
export const abuseDanger: CueGroupRecord<CrisisReason> = {
  id: "abuse-danger",
  name: "Gewalt und Gefahr",
  reasons: { self: "abuse_danger", other: "abuse_danger" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "abuse-danger/hit",
      rationale:
        'A partner, parent or other person hits, beats or strangles the writer ("mein Freund schlägt mich", "er hat mich gewürgt"): violence, a danger to safety now. Games ("schlägt mich immer bei Mario Kart") are excluded.',
      who: "self",
      phrases: [
        String.raw`\b(?:schlagt|schlaegt|schlug|haut|haute|verprugelt|verpruegelt|prugelt|pruegelt|tritt|trat|wurgt|wuergt|ohrfeigt|misshandelt|vermobelt|vermoebelt|watscht) (?:mich|mi)\b(?! (?:immer |jedes mal |dauernd )?(?:bei|in|im|i am) (?:mario|fifa|schach|karten|uno|tennis|spiel|zocken|rennen|wettrennen|armdrucken|armdruecken))`,
        String.raw`\b(?:hat|hot|het|hend|haben) (?:mich|mi) (?:\S+ ){0,3}(?:geschlagen|gschlagn|verprugelt|verpruegelt|gewurgt|gewuergt|gwuergt|getreten|vergewaltigt|missbraucht|eingesperrt)\b`,
        String.raw`\b(?:sperrt|sperrte|schliesst) (?:mich|mi) (?:\S+ ){0,3}ein\b`,
        String.raw`\bsexuell (?:angegriffen|belaestigt|belastigt|missbraucht|bedrangt|bedraengt|genotigt|genoetigt|uebergriffig|ubergriffig)\b`,
        String.raw`\b(?:wurde|wurd|bin) (?:\S+ ){0,2}(?:vergewaltigt|missbraucht|sexuell belastigt|sexuell belaestigt)\b`,
        String.raw`\b(?:haut|schlagt|schlaegt) (?:mich|mi) mit (?:dem|nem|einem|am) (?:gurtel|guertel|gürtel|kochloffel|kochloeffel|stock|kabel)\b`,
      ],
      matches: [
        "mein freund schlägt mich und ich hab angst heim zu gehen",
        "er hat mich gestern gewürgt",
        "mein vater verprügelt mich wenn er betrunken ist",
        "ich wurde vergewaltigt und trau mich nicht es jemandem zu sagen",
        "meine mutter haut mich mit dem gürtel",
        "er hat mich eingesperrt und mein handy weggenommen",
      ],
    },
    {
      id: "abuse-danger/sexual-abuse",
      rationale: "An adult coming into a child's room at night and touching them: sexual abuse, a danger now.",
      who: "self",
      phrases: [
        String.raw`\b(?:fasst|fast|fasste|begrapscht|betatscht|beruhrt|beruehrt) (?:mich|mi) (?:\S+ ){0,2}(?:an|uberall|ueberall|unten)\b`,
        String.raw`\b(?:missbrauch|missbraucht|inzest|ubergriff|uebergriff)\w*`,
        String.raw`\bhat (?:mich|mi) (?:\S+ ){0,2}(?:angefasst|begrapscht|betatscht|unsittlich beruhrt)\b`,
      ],
      needs: NOT_THERAPIST_VIOLENCE,
      matches: ["mein stiefvater kommt nachts in mein zimmer und fasst mich an"],
    },
    {
      id: "abuse-danger/threatened",
      rationale: 'Threatened with death or harm, stalked ("hat gedroht mich umzubringen", "verfolgt mich"): danger from someone else now.',
      who: "self",
      phrases: [
        String.raw`\b(?:gedroht|droht|drohte|bedroht)\b[^.?!]{0,20}\b(?:mich umzubringen|mich zu toeten|mich zu toten|mich abzustechen|mich zu schlagen|mir was anzutun|mir etwas anzutun|umzubringen)\b`,
        String.raw`\b(?:verfolgt|stalkt|stalked|verfolgt) (?:mich|mi)\b`,
        String.raw`\b(?:er|sie) (?:tut|wird|will) (?:mir|mia) (?:was|etwas) an(?:tun)?\b|\b(?:macht|mach|mache) mir oppis\b`,
      ],
      matches: ["mein mann hat gedroht mich umzubringen wenn ich gehe", "mis ex verfolgt mich und hät gseit er macht mir öppis"],
    },
    {
      id: "abuse-danger/afraid-to-go-home",
      rationale: "Afraid to go home where there is violence: danger from someone else (needs a word of violence in the message).",
      who: "self",
      phrases: [String.raw`\bangst (?:\S+ )?(?:heim ?zu ?gehen|heimzugehen|nach hause zu gehen|nach hause|heim)\b`],
      needs: VIOLENCE,
      matches: ["mein freund schlägt mich und ich hab angst heim zu gehen"],
    },
    {
      id: "abuse-danger/grooming",
      rationale: "An adult messaging a child and asking for secrecy: grooming, a child at risk.",
      who: "self",
      phrases: [
        String.raw`\b(?:geheim halten|geheimhalten|unser geheimnis|niemandem (?:was |etwas |davon )*(?:erzahlen|erzaehlen|sagen|sage|verraten)|keinem (?:was )?sagen)\b`,
      ],
      needs: ADULT,
      matches: ["ein erwachsener aus meinem verein schreibt mir und sagt ich soll es geheim halten"],
    },
  ],
};
