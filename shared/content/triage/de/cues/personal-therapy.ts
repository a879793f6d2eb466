import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

/** Asking Alliance to be one's therapist or run a session: it is peer psychoeducation, not treatment. */
export const personalTherapy: CueGroupRecord<RedirectReason> = {
  id: "personal-therapy",
  name: "persönliche Therapie",
  reasons: { self: "personal_therapy", other: "personal_therapy" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "personal-therapy/be-my-therapist",
      rationale: '"Kannst du meine Therapeutin sein?", "mach eine Therapiesitzung mit mir", "behandle mich": a request for treatment a bot must not offer.',
      who: "self",
      phrases: [
        String.raw`\b(?:meine|mein|mei|mini|min) (?:{THERAPIST}) (?:sein|werden|ersetzen)\b`,
        String.raw`\b(?:sei|werd|werde|bist du) (?:mein|meine) (?:{THERAPIST})\b`,
        String.raw`\b(?:therapiesitzung|therapie-sitzung|sitzung|therapie|therapiestunde|verhaltenstherapie|kvt)\b[^.?!]{0,20}\bmit mir\b[^.?!]{0,20}\b(?:machen|mache|durchfuhren|durchfuehren|halten)?`,
        String.raw`\b(?:mach|mache|machst|kannst du)\b[^.?!]{0,20}\b(?:therapie|therapiesitzung|sitzung) mit mir\b`,
        String.raw`\b(?:kannst du|willst du|konntest du|koenntest du) (?:mich|mi) (?:\S+ )?(?:behandeln|therapieren|heilen|begleiten statt)\b`,
        String.raw`\b(?:analysier|analysiere|analysieren)\w* (?:\S+ )?(?:meine kindheit|mich|meine traume|meine traeume|mein leben)\b[^.?!]{0,40}\b(?:sag|was mit mir|stimmt)\b`,
      ],
      matches: [
        "kannst du meine therapeutin sein?",
        "mach bitte eine therapiesitzung mit mir",
        "ich red lieber mit dir als mit einem psychologen, kannst du mich behandeln?",
        "kannst du jede woche therapie mit mir machen per chat?",
        "analysier meine kindheit und sag mir was mit mir nicht stimmt",
      ],
    },
  ],
};
