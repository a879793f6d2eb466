import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

/** The writer's therapist named before the behaviour, within the clause. */
const MY_THERAPIST = String.raw`\b(?:mein|meine|mei|mini|min|unser|unsere) (?:{THERAPIST})\b[^.?!]{0,80}`;

/** A therapist crossing a professional boundary: a redirect to the regulator or another clinician. */
export const misconduct: CueGroupRecord<RedirectReason> = {
  id: "misconduct",
  name: "Fehlverhalten in der Therapie",
  reasons: { self: "therapist_misconduct", other: "therapist_misconduct" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "misconduct/romantic-or-sexual",
      rationale:
        "A therapist proposing a drink or date, touching, or messaging at night that they think of the client: a boundary violation the client is not to blame for.",
      who: "self",
      phrases: [
        String.raw`${MY_THERAPIST}\b(?:was trinken|etwas trinken|essen gehen|ein date|treffen privat|privat treffen|sich privat|privat mit mir|angefasst|anfasst|gekusst|gekuesst|kusst|kuesst|angemacht|flirtet|nachts nachrichten|nachts|an mich denkt|denkt an mich|zu sich nach hause|umarmt mich lange)`,
      ],
      matches: [
        "mein therapeut hat mich gefragt ob wir was trinken gehen",
        "meine therapeutin hat mich in der sitzung komisch angefasst",
        "mein therapeut schreibt mir nachts nachrichten dass er an mich denkt",
      ],
    },
    {
      id: "misconduct/confidentiality-money-abuse",
      rationale: "A therapist breaking confidentiality without consent, asking to borrow money, or shouting at and insulting a client: misconduct to report.",
      who: "self",
      phrases: [
        String.raw`${MY_THERAPIST}\b(?:(?:erzahlt|erzaehlt|verzellt|redet) (?!mir\b|mi\b|mia\b)(?:\S+ ){0,3}(?:meiner|meinem|meinen|anderen|allen|den eltern|in der schule)|weitererzahlt|weitererzaehlt|weitergesagt|geld leihen|geld gliehe|gliehe|geld geben|geld borgen|leihen kann|schreit|schreit mi|schreit mich|beleidigt|beschimpft|macht sich lustig|demutigt|demuetigt)`,
      ],
      matches: [
        "mein psychologe erzählt meiner mutter von meinen sitzungen ohne mein einverständnis",
        "mei therapeut hat mi gfragt ob i eam geld leihen kann",
        "mini therapeutin schreit mi a und beleidigt mi wenn ich z spat chume",
      ],
    },
  ],
};
