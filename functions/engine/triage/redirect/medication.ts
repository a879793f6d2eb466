import type { RedirectReason } from "../../../../shared/schemas/answer.ts";
import { DRUG_WORDS } from "../lexicon.ts";
import { cue, type CueGroup, REDIRECT_CHECKS } from "../cue.ts";

const ASKS = String.raw`(?:(?:should|can|could|do|must|shall) i|would it be (?:ok|okay|safe|bad|fine) to|is it (?:ok|okay|safe|bad|fine|normal|dangerous|wise) to|how (?:do|can|should) i|when (?:can|should) i|what if i|is it bad if i|would it be bad to)`;
const CHANGE = String.raw`(?:split|cut|crush|halve|chew|stop|start|quit|come off|get off|go off|taper|wean|skip|double(?: up)?|increase|decrease|up|lower|reduce|raise|change|switch|take|mix|combine|try|ask for|get|go on|be on|stop taking|keep taking)`;
const MENTIONS_DRUG = new RegExp(`\\b(?:${DRUG_WORDS.join("|")}|dose|dosage)\\b`);

/** Starting, stopping, dosing, switching or mixing medication, and side effects: a prescriber's questions. */
export const medication: CueGroup<RedirectReason> = {
  name: "medication",
  reasons: { self: "medication", other: "medication" },
  checks: REDIRECT_CHECKS,
  cues: [
    // asks whether to change medication
    cue("self", String.raw`\b${ASKS} (?:i )?(?:just )?${CHANGE} [^.?!]{0,40}?\b(?:{DRUG}|dose|doses|dosage)\b`),
    // asks whether to stop them
    cue("self", String.raw`\b${ASKS} (?:i )?(?:just )?(?:stop|quit|skip|come off|switch|change|double|split|halve|crush) (?:it|them|taking (?:it|them))\b|\b${ASKS} (?:just )?(?:stop|quit|come off|switch)(?= *$)`, { needs: MENTIONS_DRUG }),
    // asks to take more
    cue("self", String.raw`\b${ASKS} (?:just )?take (?:two|2|three|3|more|extra|another|an extra|double|a double dose)(?= *$| *,| of them| at once| instead| today| tonight)`, { needs: MENTIONS_DRUG }),
    // takes more or less than prescribed
    cue("self", String.raw`\b(?:taking|took|take|been taking) (?:double|twice|half|triple|extra|more than) (?:my |the )?(?:dose|dosage|amount|prescription|prescribed)\b|\bask (?:my|the|a) (?:doctor|gp|psychiatrist|prescriber) (?:for|about) (?:some )?(?:{DRUG})\b`, { needs: MENTIONS_DRUG }),
    // compares medications
    cue("self", String.raw`\b(?:is|are) {W}?(?:{DRUG}) or {W}?(?:{DRUG}) (?:better|best|safer|stronger|more effective)\b|\b(?:better|best|safer|more effective|stronger|work better) for (?:my )?(?:{DISORDER}|sleep|anxiety|depression|ocd|adhd|panic|bipolar|pain)\b`, { needs: MENTIONS_DRUG }),
    // whether medication is safe
    cue("self", String.raw`\b(?:is|are) (?:it|this|that|they|{DRUG}) (?:dangerous|safe|addictive|bad for you|harmful|risky|toxic|habit forming)\b(?! to (?:tell|talk|say|ask|mention|bring))`, { needs: MENTIONS_DRUG }),
    // what happens if they change how they take it
    cue("self", String.raw`\bwhat (?:happens|would happen|will happen) if i (?:take|stop|skip|miss|double|mix|switch|drink on|smoke on|quit|split|crush) (?:my )?{W}?(?:{DRUG})\b`),
    // a dose in milligrams
    cue("self", String.raw`\b\d+(?:\.\d+)? (?:mg|mcg|milligrams?)\b|\b(?:is (?:that|this|my) dose|what dose|which dose|right dose|dose (?:is )?(?:normal|too high|too low|too much))\b`, { needs: MENTIONS_DRUG }),
    // side effects
    cue("self", String.raw`\bside effects?\b`, { needs: MENTIONS_DRUG }),
    // whether medication is worth it
    cue("self", String.raw`\b(?:is it|are they|is that|is this) worth (?:it|taking)\b|\b(?:starting|normal|usual|typical|max|maximum|minimum|right|safe|high|low|lowest|highest) (?:dose|dosage)\b`, { needs: MENTIONS_DRUG }),
    // mixing with medication
    cue("self", String.raw`\b(?:drink|drinking|smoke|smoking|have|take|taking|mix|mixing|combine) [^.?!]{0,30}?\b(?:on|with|while (?:on|taking)|and) (?:my )?{W}?{DRUG}\b|\b(?:mix|mixing|combine) {DRUG}\b`),
    // which medication is best
    cue("self", String.raw`\b(?:which|what) {W}?(?:{DRUG}) (?:is|are|should|would|works?|do you recommend)\b|\bwhich (?:one|ones|of them|of these|of those) (?:is|are|would be|works?) (?:better|best|safer|stronger|easier)\b`, { needs: MENTIONS_DRUG }),
    // wants to change medication
    cue("self", String.raw`\bi (?:want|need|would like|am thinking about|am thinking of|am planning|plan|am going|have decided|decided) (?:to )?(?:stop|stopping|quit|quitting|come off|coming off|get off|go off|switch|switching|change|changing|taper|wean|skip|double|halve|cut down|up|increase|decrease|lower)\b`, { needs: MENTIONS_DRUG }),
    // what changing medication does
    cue("self", String.raw`\b(?:does|do|can|will|would|could) (?:quitting|stopping|coming off|going off|getting off|skipping|missing|tapering|lowering|raising|increasing|decreasing|switching|doubling) (?:my |the )?{W}?(?:{DRUG}|dose|doses|dosage)\b|\b(?:{DRUG}) (?:withdrawal|discontinuation)\b`),
    // how long until it works
    cue("self", String.raw`\b(?:how long|when) (?:does it take for |do |does |will |until |before )?(?:my )?(?:{DRUG}) (?:to )?{W}?(?:work|kick in|start working|help)\b`),
    // what medication does
    cue("self", String.raw`\b(?:do|does|can|will|would) (?:{DRUG}) (?:make|change|cause|give|affect|help|stop)\b|\b(?:my )?(?:{DRUG}) (?:make|makes|made|are making|is making) me\b`),
    // effects felt on medication
    cue("self", String.raw`\b(?:gained weight|weight gain|tired|numb|nauseous|nausea|sleepy|dizzy|headaches|insomnia|no libido|brain zaps|zombie|jittery|shaky|sweating|flat|emotionless) (?:on|from|since (?:starting|taking|lowering|stopping)) (?:my )?{W}?(?:{DRUG}|dose)\b`),
    // missed doses and withdrawal
    cue("self", String.raw`\b(?:missed|forgot|forgotten|skipped) (?:to take )?(?:a|two|three|\d+|my|some|a few) (?:doses?|pills?|meds|medication|tablets)\b|\bcold turkey\b|\bbrain zaps\b|\b(?:withdrawal|discontinuation) (?:from|symptoms)\b|\bstopped taking (?:my )?{W}?(?:{DRUG})\b|\bhow (?:do|should|can) i (?:taper|wean)\b`, { needs: MENTIONS_DRUG }),
  ],
};
