import type { RedirectReason } from "../../../../shared/schemas/answer.ts";
import { cue, type CueGroup, REDIRECT_CHECKS } from "../cue.ts";

const CAN_YOU = "(?:(?:can|could|will|would|please|pls) you (?:please |just |pls )?|(?:i would like|i want|i need|i would love|i would really like|i would appreciate it if) you to )";
const PROBLEM =
  "(?:trauma|depression|anxiety|ptsd|cptsd|grief|childhood|abuse|panic attacks|ocd|issues|problems|breakup|divorce|addiction|eating disorder|bpd|adhd|phobia|insecurities|attachment issues|self esteem|anger|emotions|past)";

/** Asking the bot to be their therapist, run a session or treat them. */
export const personalTherapy: CueGroup<RedirectReason> = {
  name: "personal therapy",
  reasons: { self: "personal_therapy", other: "personal_therapy" },
  checks: REDIRECT_CHECKS,
  cues: [
    // be my therapist
    cue("self", String.raw`\b${CAN_YOU}(?:be|act as|act like|pretend to be|become|play) (?:my|a|the) (?:personal |new |free |own )?(?:{THERAPIST}|life coach)\b|\bbe my {W}?{THERAPIST}\b|\byou be the {THERAPIST}\b|\bact as my {THERAPIST}\b|(?:^|\b(?:can you|could you|please|just|now|you) )(?:act|behave|talk|respond|reply|pretend|play) (?:like|as) (?:my|a|the) {THERAPIST}\b|\b(?:you are|you will be|you could be|you can be|pretend you are|act like you are|you play) (?:my|the) {THERAPIST}\b(?=[^.?!]{0,40}\b(?:i am|i will be|me) (?:your|the) (?:client|patient)\b|[^.]*\brole ?play)|\brole ?play\b[^.?!]{0,40}\b(?:therapist|therapy session|counsell?or|client)\b|\bpretend (?:you are|to be) (?:my|a) {THERAPIST}\b|\b(?:want|need) you to be my {THERAPIST}\b|\byou are (?:basically |kind of |like |literally |now )?my {THERAPIST}(?: now)?\b|\bcan you be mine\b`),
    // treat me
    cue("self", String.raw`\b${CAN_YOU}(?:treat|counsel|therapi[sz]e|analy[sz]e|psychoanaly[sz]e|fix|cure|heal) (?:me|my \w+)\b`),
    // do a session
    cue("self", String.raw`\b(?:can|could|will|would|shall) (?:you|we) (?:please )?(?:do|run|give me|have|start|try) (?:a |an |some )?{W}?(?:therapy|counselling|counseling|cbt|dbt|emdr|ifs|exposure|hypnotherapy|psychoanalysis|session)(?: session| sessions| exercise)?(?: with me| together| on me| about| for)?\b|\b(?:do|doing|start|have) (?:a )?(?:therapy|cbt|dbt|emdr|counselling|counseling) (?:session )?(?:with me|together)\b|\blet us do (?:cbt|dbt|emdr|therapy|a session)\b|\bgive me a (?:therapy |counselling |counseling )?session\b|\b(?:walk|guide|take) me through (?:a |an )?(?:cbt|dbt|emdr|therapy|counselling) (?:session|exercise)\b|\b(?:do|doing|have|start) therapy with me\b|\b(?:walk|guide|take|talk) me through (?:a |an |some )?(?:exposure(?: therapy)?|cbt|dbt|emdr|therapy|ifs|schema therapy|act|counselling|counseling)\b(?=[^.?!]{0,25}\b(?:for my|with my|on me|with me|to (?:fix|treat|cure|help) my)\b)|\b(?:therapy|sessions?|appointments?) (?:from|with) you\b|\blet us (?:do|have|start) (?:a |some )?(?:therapy|counselling|counseling|cbt|dbt|emdr) ?(?:session)?\b`),
    // treat my condition (imperative)
    cue("self", String.raw`(?:^|\b(?:please|pls|just|so) )(?:treat|counsel|therapi[sz]e|analy[sz]e|psychoanaly[sz]e|cure|heal) (?:me|my \w+)\b|(?:^|\b(?:please|pls|just|so) )help me (?:process|work through|heal from|get over|recover from|overcome|treat) (?:my |this )?{W}?${PROBLEM}\b`),
    // an exercise with me
    cue("self", String.raw`\b(?:do|doing|try|run|fill in|fill out|complete|go through) (?:a |an |some )?(?:cbt |dbt |emdr |act |ifs )?(?:thought record|worksheet|exercise|technique|skill|chain analysis|exposure|session|grounding exercise)s? with me\b`),
    // help me with my trauma
    cue("self", String.raw`\b${CAN_YOU}help me (?:with|process|work through|heal from|get over|deal with|cope with|recover from|overcome|fix|treat) (?:my |this )?{W}?${PROBLEM}\b`),
    // like a therapist would
    cue("self", String.raw`\blike a {THERAPIST}(?: would| does)?(?= *$)|\blike a {THERAPIST} would\b|\b(?:treat|see) me (?:like|as) your (?:client|patient)\b|\b(?:counsel|coach) me through\b`),
    // instead of a therapist
    cue("self", String.raw`\bi do not need a {THERAPIST},? i have you\b|\b(?:rather|prefer to) talk to you (?:than|instead of) (?:a|my) {THERAPIST}\b`),
  ],
};
