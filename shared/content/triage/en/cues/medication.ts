import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";
import { DRUG_WORDS } from "../lexicon.ts";

const ASKS = String.raw`(?:(?:should|can|could|do|must|shall) i|would it be (?:ok|okay|safe|bad|fine) to|is it (?:ok|okay|safe|bad|fine|normal|dangerous|wise) to|how (?:do|can|should) i|when (?:can|should) i|what if i|is it bad if i|would it be bad to)`;
const CHANGE = String.raw`(?:split|cut|crush|halve|chew|stop|start|quit|come off|get off|go off|taper|wean|skip|double(?: up)?|increase|decrease|up|lower|reduce|raise|change|switch|take|mix|combine|try|ask for|get|go on|be on|stop taking|keep taking)`;
const MENTIONS_DRUG = new RegExp(`\\b(?:${DRUG_WORDS.join("|")}|dose|dosage)\\b`);

/** Starting, stopping, dosing, switching or mixing medication, and side effects: a prescriber's questions. */
export const medication: CueGroupRecord<RedirectReason> = {
  id: "medication",
  name: "medication",
  reasons: { self: "medication", other: "medication" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "medication/asks-whether-to-change-medication",
      rationale:
        "Asks whether to change medication. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [String.raw`\b${ASKS} (?:i )?(?:just )?${CHANGE} [^.?!]{0,40}?\b(?:{DRUG}|dose|doses|dosage)\b`],
      matches: ["can i mix xanax and alcohol", "can i mix weed and seroquel"],
    },
    {
      id: "medication/asks-whether-to-stop-them",
      rationale:
        "Asks whether to stop them. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b${ASKS} (?:i )?(?:just )?(?:stop|quit|skip|come off|switch|change|double|split|halve|crush) (?:it|them|taking (?:it|them))\b`,
        String.raw`\b${ASKS} (?:just )?(?:stop|quit|come off|switch)(?= *$)`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["i feel numb on my ssri, should i quit it", "my meds make me so tired, should i stop them"],
    },
    {
      id: "medication/asks-to-take-more",
      rationale: "Asks to take more. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b${ASKS} (?:just )?take (?:two|2|three|3|more|extra|another|an extra|double|a double dose)(?= *$| *,| of them| at once| instead| today| tonight)`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["my concerta stopped working, can i take two", "I forgot my meds 3 days, should I take double today?"],
    },
    {
      id: "medication/takes-more-or-less-than-prescribed",
      rationale:
        "Takes more or less than prescribed. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:taking|took|take|been taking) (?:double|twice|half|triple|extra|more than) (?:my |the )?(?:dose|dosage|amount|prescription|prescribed)\b`,
        String.raw`\bask (?:my|the|a) (?:doctor|gp|psychiatrist|prescriber) (?:for|about) (?:some )?(?:{DRUG})\b`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["should i ask my doctor for benzos for my panic attacks", "I've been taking double my dose of adderall to study, is that ok"],
    },
    {
      id: "medication/compares-medications",
      rationale:
        "Compares medications. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:is|are) {W}?(?:{DRUG}) or {W}?(?:{DRUG}) (?:better|best|safer|stronger|more effective)\b`,
        String.raw`\b(?:better|best|safer|more effective|stronger|work better) for (?:my )?(?:{DISORDER}|sleep|anxiety|depression|ocd|adhd|panic|bipolar|pain)\b`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["are ssris or snris better for ocd", "what antidepressant works best for anxiety"],
    },
    {
      id: "medication/whether-medication-is-safe",
      rationale:
        "Whether medication is safe. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:is|are) (?:it|this|that|they|{DRUG}) (?:dangerous|safe|addictive|bad for you|harmful|risky|toxic|habit forming)\b(?! to (?:tell|talk|say|ask|mention|bring))`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["Is melatonin safe for kids?", "is it safe to drink on wellbutrin"],
    },
    {
      id: "medication/how-much-is-safe-or-whether-to-take-it",
      rationale:
        "How much of a medicine is safe, or whether to take what was prescribed: questions for a prescriber. An amount asked for in order to die is a crisis, and crisis cues are tried first.",
      who: "self",
      phrases: [
        String.raw`\bhow (?:much|many) (?:{DRUG}|of (?:it|them|my (?:meds|medication|medicine|pills|tablets|{DRUG}))) (?:is|are|would be|can i|could i|should i|do i|am i allowed to) (?:safe|okay|ok|fine|normal|too much|the max(?:imum)?|take|have)\b`,
        String.raw`\b(?:prescribed|gave|put|started|wants) (?:me )?(?:on |to take )?(?:{DRUG})\b[^.?!]{0,40}?\b(?:should i|do i (?:have to|need to)|is it (?:ok|okay|safe|wise) to) (?:take|start|try|go on) (?:it|them)\b`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["how much xanax is safe to take for a panic attack", "my psychiatrist prescribed lithium, should I take it"],
      ignores: ["how much water is safe to drink in a day"],
    },
    {
      id: "medication/what-happens-if-they-change-how-they-take-it",
      rationale:
        "What happens if they change how they take it. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\bwhat (?:happens|would happen|will happen) if i (?:take|stop|skip|miss|double|mix|switch|drink on|smoke on|quit|split|crush) (?:my )?{W}?(?:{DRUG})\b`,
      ],
      matches: ["what happens if I take my prozac at night instead of morning"],
    },
    {
      id: "medication/a-dose-in-milligrams",
      rationale:
        "A dose in milligrams. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b\d+(?:\.\d+)? (?:mg|mcg|milligrams?)\b`,
        String.raw`\b(?:is (?:that|this|my) dose|what dose|which dose|right dose|dose (?:is )?(?:normal|too high|too low|too much))\b`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["is 20mg of prozac a lot", "is 200mg of zoloft too much"],
    },
    {
      id: "medication/side-effects",
      rationale: "Side effects. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [String.raw`\bside effects?\b`],
      needs: MENTIONS_DRUG,
      matches: ["how long do ssri side effects last", "what are the side effects of wellbutrin"],
    },
    {
      id: "medication/whether-medication-is-worth-it",
      rationale:
        "Whether medication is worth it. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:is it|are they|is that|is this) worth (?:it|taking)\b`,
        String.raw`\b(?:starting|normal|usual|typical|max|maximum|minimum|right|safe|high|low|lowest|highest) (?:dose|dosage)\b`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["what's the max dose of quetiapine", "is 100mg of sertraline a normal dose"],
    },
    {
      id: "medication/mixing-with-medication",
      rationale:
        "Mixing with medication. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:drink|drinking|smoke|smoking|have|take|taking|mix|mixing|combine) [^.?!]{0,30}?\b(?:on|with|while (?:on|taking)|and) (?:my )?{W}?{DRUG}\b`,
        String.raw`\b(?:mix|mixing|combine) {DRUG}\b`,
      ],
      matches: ["I have a bottle of vodka and my mum's tramadol and nobody's home", "can i mix xanax and alcohol"],
    },
    {
      id: "medication/which-medication-is-best",
      rationale:
        "Which medication is best. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:which|what) {W}?(?:{DRUG}) (?:is|are|should|would|works?|do you recommend)\b`,
        String.raw`\bwhich (?:one|ones|of them|of these|of those) (?:is|are|would be|works?) (?:better|best|safer|stronger|easier)\b`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["what antidepressant works best for anxiety", "which antidepressant is the best for anxiety"],
      ignores: ["if someone hypothetically wanted to die, which pills would work best"],
    },
    {
      id: "medication/wants-to-change-medication",
      rationale:
        "Wants to change medication. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\bi (?:want|need|would like|am thinking about|am thinking of|am planning|plan|am going|have decided|decided) (?:to )?(?:stop|stopping|quit|quitting|come off|coming off|get off|go off|switch|switching|change|changing|taper|wean|skip|double|halve|cut down|up|increase|decrease|lower)\b`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["do i need to taper off propranolol", "i want to come off lexapro, how do i taper"],
      ignores: ["i want to stop breathing", "i want to stop therapy because it's pointless, i'll be dead soon anyway"],
    },
    {
      id: "medication/what-changing-medication-does",
      rationale:
        "What changing medication does. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:does|do|can|will|would|could) (?:quitting|stopping|coming off|going off|getting off|skipping|missing|tapering|lowering|raising|increasing|decreasing|switching|doubling) (?:my |the )?{W}?(?:{DRUG}|dose|doses|dosage)\b`,
        String.raw`\b(?:{DRUG}) (?:withdrawal|discontinuation)\b`,
      ],
      matches: ["does quitting lamotrigine cause withdrawal"],
    },
    {
      id: "medication/how-long-until-it-works",
      rationale:
        "How long until it works. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:how long|when) (?:does it take for |do |does |will |until |before )?(?:my )?(?:{DRUG}) (?:to )?{W}?(?:work|kick in|start working|help)\b`,
      ],
      matches: ["how long does it take for sertraline to work"],
    },
    {
      id: "medication/what-medication-does",
      rationale:
        "What medication does. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:do|does|can|will|would) (?:{DRUG}) (?:make|change|cause|give|affect|help|stop)\b`,
        String.raw`\b(?:my )?(?:{DRUG}) (?:make|makes|made|are making|is making) me\b`,
      ],
      matches: ["does sertraline cause weight gain", "do antidepressants change your personality"],
    },
    {
      id: "medication/effects-felt-on-medication",
      rationale:
        "Effects felt on medication. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:gained weight|weight gain|tired|numb|nauseous|nausea|sleepy|dizzy|headaches|insomnia|no libido|brain zaps|zombie|jittery|shaky|sweating|flat|emotionless) (?:on|from|since (?:starting|taking|lowering|stopping)) (?:my )?{W}?(?:{DRUG}|dose)\b`,
      ],
      matches: ["i feel numb on my ssri, should i quit it", "i gained weight on mirtazapine, should i switch"],
    },
    {
      id: "medication/missed-doses-and-withdrawal",
      rationale:
        "Missed doses and withdrawal. Starting, stopping, dosing, switching or mixing medication, or side effects: questions for a prescriber, never the bot.",
      who: "self",
      phrases: [
        String.raw`\b(?:missed|forgot|forgotten|skipped) (?:to take )?(?:a|two|three|\d+|my|some|a few) (?:doses?|pills?|meds|medication|tablets)\b`,
        String.raw`\bcold turkey\b`,
        String.raw`\bbrain zaps\b`,
        String.raw`\b(?:withdrawal|discontinuation) (?:from|symptoms)\b`,
        String.raw`\bstopped taking (?:my )?{W}?(?:{DRUG})\b`,
        String.raw`\bhow (?:do|should|can) i (?:taper|wean)\b`,
      ],
      needs: MENTIONS_DRUG,
      matches: ["i forgot my meds for 3 days, what do i do", "i want to come off lexapro, how do i taper"],
    },
  ],
};
