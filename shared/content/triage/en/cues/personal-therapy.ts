import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";

const CAN_YOU =
  "(?:(?:can|could|will|would|please|pls) you (?:please |just |pls )?|(?:i would like|i want|i need|i would love|i would really like|i would appreciate it if) you to )";
const PROBLEM =
  "(?:trauma|depression|anxiety|ptsd|cptsd|grief|childhood|abuse|panic attacks|ocd|issues|problems|breakup|divorce|addiction|eating disorder|bpd|adhd|phobia|insecurities|attachment issues|self esteem|anger|emotions|past)";

/** Asking the bot to be their therapist, run a session or treat them. */
export const personalTherapy: CueGroupRecord<RedirectReason> = {
  id: "personal-therapy",
  name: "personal therapy",
  reasons: { self: "personal_therapy", other: "personal_therapy" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "personal-therapy/be-my-therapist",
      rationale: "Be my therapist. Asks the bot to be their therapist, run a session or treat them: it is not one, and says where to find one.",
      who: "self",
      phrases: [
        String.raw`\b${CAN_YOU}(?:be|act as|act like|pretend to be|become|play) (?:my|a|the) (?:personal |new |free |own )?(?:{THERAPIST}|life coach)\b`,
        String.raw`\bbe my {W}?{THERAPIST}\b`,
        String.raw`\byou be the {THERAPIST}\b`,
        String.raw`\bact as my {THERAPIST}\b`,
        String.raw`(?:^|\b(?:can you|could you|please|just|now|you) )(?:act|behave|talk|respond|reply|pretend|play) (?:like|as) (?:my|a|the) {THERAPIST}\b`,
        String.raw`\b(?:you are|you will be|you could be|you can be|pretend you are|act like you are|you play) (?:my|the) {THERAPIST}\b(?=[^.?!]{0,40}\b(?:i am|i will be|me) (?:your|the) (?:client|patient)\b|[^.]*\brole ?play)`,
        String.raw`\brole ?play\b[^.?!]{0,40}\b(?:therapist|therapy session|counsell?or|client)\b`,
        String.raw`\bpretend (?:you are|to be) (?:my|a) {THERAPIST}\b`,
        String.raw`\b(?:want|need) you to be my {THERAPIST}\b`,
        String.raw`\byou are (?:basically |kind of |like |literally |now )?my {THERAPIST}(?: now)?\b`,
        String.raw`\bcan you be mine\b`,
      ],
      matches: ["be my therapist pls", "can you be my therapist"],
    },
    {
      id: "personal-therapy/treat-me",
      rationale: "Treat me. Asks the bot to be their therapist, run a session or treat them: it is not one, and says where to find one.",
      who: "self",
      phrases: [String.raw`\b${CAN_YOU}(?:treat|counsel|therapi[sz]e|analy[sz]e|psychoanaly[sz]e|fix|cure|heal) (?:me|my \w+)\b`],
      matches: ["can you counsel me", "can you fix my anxiety"],
    },
    {
      id: "personal-therapy/do-a-session",
      rationale: "Do a session. Asks the bot to be their therapist, run a session or treat them: it is not one, and says where to find one.",
      who: "self",
      phrases: [
        String.raw`\b(?:can|could|will|would|shall) (?:you|we) (?:please )?(?:do|run|give me|have|start|try) (?:a |an |some )?{W}?(?:therapy|counselling|counseling|cbt|dbt|emdr|ifs|exposure|hypnotherapy|psychoanalysis|session)(?: session| sessions| exercise)?(?: with me| together| on me| about| for)?\b`,
        String.raw`\b(?:do|doing|start|have) (?:a )?(?:therapy|cbt|dbt|emdr|counselling|counseling) (?:session )?(?:with me|together)\b`,
        String.raw`\blet us do (?:cbt|dbt|emdr|therapy|a session)\b`,
        String.raw`\bgive me a (?:therapy |counselling |counseling )?session\b`,
        String.raw`\b(?:walk|guide|take) me through (?:a |an )?(?:cbt|dbt|emdr|therapy|counselling) (?:session|exercise)\b`,
        String.raw`\b(?:do|doing|have|start) therapy with me\b`,
        String.raw`\b(?:walk|guide|take|talk) me through (?:a |an |some )?(?:exposure(?: therapy)?|cbt|dbt|emdr|therapy|ifs|schema therapy|act|counselling|counseling)\b(?=[^.?!]{0,25}\b(?:for my|with my|on me|with me|to (?:fix|treat|cure|help) my)\b)`,
        String.raw`\b(?:therapy|sessions?|appointments?) (?:from|with) you\b`,
        String.raw`\blet us (?:do|have|start) (?:a |some )?(?:therapy|counselling|counseling|cbt|dbt|emdr) ?(?:session)?\b`,
      ],
      matches: ["can you do emdr with me", "let's have a therapy session"],
    },
    {
      id: "personal-therapy/treat-my-condition-imperative",
      rationale: "Treat my condition (imperative). Asks the bot to be their therapist, run a session or treat them: it is not one, and says where to find one.",
      who: "self",
      phrases: [
        String.raw`(?:^|\b(?:please|pls|just|so) )(?:treat|counsel|therapi[sz]e|analy[sz]e|psychoanaly[sz]e|cure|heal) (?:me|my \w+)\b`,
        String.raw`(?:^|\b(?:please|pls|just|so) )help me (?:process|work through|heal from|get over|recover from|overcome|treat) (?:my |this )?{W}?${PROBLEM}\b`,
      ],
      matches: ["psychoanalyse me based on my messages", "treat my ptsd please i can't afford therapy"],
    },
    {
      id: "personal-therapy/an-exercise-with-me",
      rationale: "An exercise with me. Asks the bot to be their therapist, run a session or treat them: it is not one, and says where to find one.",
      who: "self",
      phrases: [
        String.raw`\b(?:do|doing|try|run|fill in|fill out|complete|go through) (?:a |an |some )?(?:cbt |dbt |emdr |act |ifs )?(?:thought record|worksheet|exercise|technique|skill|chain analysis|exposure|session|grounding exercise)s? with me\b`,
      ],
      matches: ["can you do a cbt session with me", "please run an emdr session with me"],
    },
    {
      id: "personal-therapy/help-me-with-my-trauma",
      rationale: "Help me with my trauma. Asks the bot to be their therapist, run a session or treat them: it is not one, and says where to find one.",
      who: "self",
      phrases: [
        String.raw`\b${CAN_YOU}help me (?:with|process|work through|heal from|get over|deal with|cope with|recover from|overcome|fix|treat) (?:my |this )?{W}?${PROBLEM}\b`,
      ],
      matches: ["can you help me with my trauma", "can you help me process my childhood abuse"],
    },
    {
      id: "personal-therapy/like-a-therapist-would",
      rationale: "Like a therapist would. Asks the bot to be their therapist, run a session or treat them: it is not one, and says where to find one.",
      who: "self",
      phrases: [
        String.raw`\blike a {THERAPIST}(?: would| does)?(?= *$)`,
        String.raw`\blike a {THERAPIST} would\b`,
        String.raw`\b(?:treat|see) me (?:like|as) your (?:client|patient)\b`,
        String.raw`\b(?:counsel|coach) me through\b`,
      ],
      matches: ["could you counsel me through my divorce", "can you help me get over my ex like a therapist"],
    },
    {
      id: "personal-therapy/instead-of-a-therapist",
      rationale: "Instead of a therapist. Asks the bot to be their therapist, run a session or treat them: it is not one, and says where to find one.",
      who: "self",
      phrases: [
        String.raw`\bi do not need a {THERAPIST},? i have you\b`,
        String.raw`\b(?:rather|prefer to) talk to you (?:than|instead of) (?:a|my) {THERAPIST}\b`,
      ],
      matches: ["i don't need a therapist, i have you. can we start?", "i'd rather talk to you than a therapist, can you be mine"],
    },
  ],
};
