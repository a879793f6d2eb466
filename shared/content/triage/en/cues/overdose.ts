import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";
import { DRUG_WORDS } from "../lexicon.ts";

const TABLETS = "(?:pills|tablets|meds|medication|medicine|painkillers|antidepressants|sleeping pills|sleeping tablets|{DRUG})";
const MENTIONS_TABLETS = new RegExp(`\\b(?:${DRUG_WORDS.join("|")})\\b`);
const OF_MINE = "(?:my |the |his |her |their |those |these |our )?{W}?";

/** An overdose taken, planned, or tablets saved up for one. */
export const overdose: CueGroupRecord<CrisisReason> = {
  id: "overdose",
  name: "overdose",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "overdose/took-a-whole-supply",
      rationale: "Took a whole supply. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "match",
      phrases: [
        String.raw`\b(?:took|taken|take|taking|swallowed|downed|ate|had) (?:half (?:a|the) |a |the )?(?:whole |entire |full )?(?:bunch|handful|load|lot|bottle|box|pack|packet|strip|fistful|stash|heap|ton) of ${OF_MINE}${TABLETS}`,
      ],
      matches: ["i took a bunch of pills an hour ago", "i swallowed a bunch of my mum's pills"],
    },
    {
      id: "overdose/took-a-supply-of-someone-elses-tablets",
      rationale:
        "Took a supply of someone else's tablets. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "match",
      phrases: [
        String.raw`\b(?:took|taken|take|taking|swallowed|downed|ate) (?:half (?:a|the) |a |the )?(?:whole |entire |full )?(?:bunch|handful|load|lot|bottle|box|pack|packet|strip|fistful) of (?:my |his |her |their )?\w+'s (?:[a-z]+ )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b`,
      ],
      matches: ["i swallowed a bunch of my mum's pills", "took a whole box of my mum's sleeping pills"],
    },
    {
      id: "overdose/took-everything-they-had",
      rationale:
        "Took everything they had. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "match",
      phrases: [
        String.raw`\b(?:took|taken|swallowed|downed) (?:all|all of|every one of|the rest of|everything in) (?:my|the|his|her|their) {W}?(?:${TABLETS}|cabinet|medicine cabinet|prescription)`,
        String.raw`\b(?:took|taken|swallowed|downed) (?:all|all of) ${TABLETS}\b`,
      ],
      matches: ["i just took all my meds at once", "swallowed everything in my medicine cabinet"],
    },
    {
      id: "overdose/took-dozens-of-tablets",
      rationale:
        "Took dozens of tablets. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "match",
      phrases: [
        String.raw`\b(?:took|taken|swallowed|downed) (?:like |about |around |over |maybe |almost )?{MANY} (?:of (?:my|the|his|her|their) )?{W}?${TABLETS}`,
      ],
      matches: ["i've taken 15 sleeping tablets", "took 20 paracetamol, feeling weird"],
    },
    {
      id: "overdose/means-to-take-everything",
      rationale:
        "Means to take everything. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [
        String.raw`\b(?:going to|gonna|want to|wants to|will|about to|plan to|planning to|have (?:a )?plan to|thinking (?:about|of)) (?:take|taking|swallow|swallowing) (?:all|all of|every one of|the rest of|a whole bottle of|a bunch of|a handful of|many|lots of|a lot of|loads of|{MANY}) (?:my |the |his |her |their )?{W}?${TABLETS}`,
      ],
      matches: ["Tonight I'm going to take all of my pills", "i'm going to take all my sleeping pills tonight"],
    },
    {
      id: "overdose/taking-them-all-at-once",
      rationale:
        "Taking them all at once. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [
        String.raw`\b(?:take|taking|took|swallow|swallowing|swallowed) (?:them |it |everything |my {W}?(?:pills|meds|tablets) )?all (?:at once|together|in one go)\b`,
        String.raw`\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded) (?:them|it) up\b`,
      ],
      needs: MENTIONS_TABLETS,
      matches: ["i have forty pills and i keep thinking about taking them all at once"],
    },
    {
      id: "overdose/drink-with-pills",
      rationale: "Drink with pills. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [
        String.raw`\b(?:drank|drunk|downed|had) (?:a |the )?(?:whole |half a |most of a )?bottle of [a-z]+\b[^.]{0,30}\b(?:took|taking|swallowed|with) (?:my |all my |some |a bunch of )?(?:pills|tablets|meds)\b`,
      ],
      matches: ["i drank a bottle of vodka and took my pills", "drank a whole bottle of vodka with my meds on purpose"],
    },
    {
      id: "overdose/swallowed-a-poison",
      rationale: "Swallowed a poison. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [
        String.raw`\b(?:drank|drunk|drink|drinking|swallowed|swallow|swallowing|ate|eaten|took|taken) (?:some |a bottle of |a cup of |a glass of |a mouthful of |a bit of )?(?:bleach|antifreeze|rat poison|poison|weed ?killer|drain cleaner|pesticide|paint thinner|laundry pods?|tide pods?|nail polish remover|lighter fluid|cleaning (?:fluid|product|products))\b`,
      ],
      matches: ["i drank bleach earlier, am i going to be okay"],
    },
    {
      id: "overdose/their-whole-prescription",
      rationale:
        "Their whole prescription. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "match",
      phrases: [
        String.raw`\b(?:take|took|taking|taken|swallow|swallowed|swallowing|down|downed) (?:my|his|her|their|a|the|all my|an) (?:whole|entire|full) (?:prescription|supply|bottle|pack|packet|box|strip|month's supply|blister pack)\b`,
        String.raw`\b(?:took|taken|swallowed|downed) (?:my|his|her|their|a) (?:whole|entire|full) (?:week|month|week's|month's|weeks|months)(?: worth)?(?: of)? (?:meds|pills|tablets|medication|medicine)\b`,
      ],
      matches: ["i took my whole week of meds in one go", "took a whole box of my mum's sleeping pills"],
    },
    {
      id: "overdose/holds-dozens-of-someones-tablets",
      rationale:
        "Holds dozens of someone's tablets. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "match",
      phrases: [
        String.raw`\b(?:have|have got|got|i have|hid|hidden|hiding|kept|keeping) (?:like |about |around |over )?{MANY} (?:of )?(?:my |his |her |their )?(?:\w+'s )?(?:[a-z]+ )?(?:pills|tablets|meds|painkillers|antidepressants)\b(?=[^.]{0,20}\b(?:in my (?:room|bag|drawer|car)|hidden|under my bed|saved|ready)\b)`,
      ],
      matches: ["i've got 40 of my mum's tablets in my room"],
    },
    {
      id: "overdose/saving-them-up",
      rationale: "Saving them up. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [
        String.raw`\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed) (?:them|it|some|a few|the rest)(?: up| aside| for later| back)?\b`,
      ],
      needs: MENTIONS_TABLETS,
      matches: ["how do i tell my psychiatrist i stopped my meds because i'm saving them?"],
    },
    {
      id: "overdose/the-means-and-no-one-around",
      rationale:
        "The means, and no one around. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [String.raw`\b(?:have|got|has|holding|found)\b[^.]{0,40}?\b(?:${TABLETS}|rope|razor|blades|gun)\b`],
      needs:
        /\b(?:nobody is home|no one is home|nobody is here|no one is here|nobody would (?:know|find)|no one would (?:know|find)|no one (?:will|would) (?:stop me|find me))\b/,
      matches: ["I have a bottle of vodka and my mum's tramadol and nobody's home"],
      ignores: ["i'm going to make them pay, i've got my dad's gun", "I've been taking double my dose of adderall to study, is that ok"],
    },
    {
      id: "overdose/one-last-time-the-big-one",
      rationale:
        "One last time, the big one. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [String.raw`\b(?:using|use|take|taking|do|doing|shoot up|shooting up) (?:it )?(?:one|a|my) last time\b`, String.raw`\bthe big one\b`],
      needs: /\b(?:heroin|fentanyl|opioids?|oxy|methadone|clean|sober|relapse|using|drugs|dose|overdose|gear|smack)\b/,
      matches: ["been clean from heroin 2 years, thinking of using one last time, the big one"],
    },
    {
      id: "overdose/counts-out-the-tablets",
      rationale:
        "Counts out the tablets. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [
        String.raw`\bcount(?:ing|ed)? (?:out )?(?:my |the |all my |all the )?(?:pills|tablets|meds)\b(?! (?:for the week|into|in(?:to)? (?:my|the) (?:organi[sz]er|dosette|box)))`,
      ],
      matches: ["counting pills again"],
    },
    {
      id: "overdose/took-an-overdose",
      rationale: "Took an overdose. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [String.raw`\b(?:took|taken|take|taking|had) an overdose\b`],
      matches: ["my mum took an overdose", "my sister took an overdose last night"],
      ignores: ["i had an overdose in 2018 and my therapist wants to discuss it"],
    },
    {
      id: "overdose/took-too-many",
      rationale: "Took too many. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [
        String.raw`\b(?:took|taken|swallowed) (?:a few |a couple |way |a lot |far |a bit )?too (?:many|much)(?= *$| (?:pills|tablets|meds|medication|of (?:my|the|his|her|their)|on purpose|again|tonight|today|and|so)\b)(?![^.]{0,30}\b(?:by accident|accidentally|by mistake)\b)`,
      ],
      matches: ["took too many pills on purpose, feeling weird", "i took way too many of my antidepressants on purpose"],
    },
    {
      id: "overdose/overdosed-or-means-to",
      rationale:
        "Overdosed or means to. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "subject",
      phrases: [
        String.raw`\boverdosed\b(?! on (?:caffeine|sugar|coffee|netflix|energy drinks))`,
        String.raw`\boverdosing\b`,
        String.raw`\b(?:i|going to|want to|wants to|planning to|plan to|about to|thinking (?:about|of)|tried to|try to|will|might|nearly|almost|gonna) (?:just )?overdose\b`,
      ],
      matches: ["i want to overdose", "planning to od on my meds"],
      ignores: ["when i was 20 i overdosed, now i'm 40 and doing well", "i overdosed years ago and survived, it changed my life"],
    },
    {
      id: "overdose/saving-tablets-up",
      rationale: "Saving tablets up. An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "match",
      phrases: [
        String.raw`\b(?:saving|saved|hoarding|hoarded|stockpiling|stockpiled|collecting|stashing|stashed) (?:up )?(?:my |some |the |enough |all my )?{W}?${TABLETS}`,
        String.raw`\b${TABLETS} (?:i have|i have been|i am|i was|he has been|she has been) (?:saving|hoarding|stockpiling|collecting|stashing)\b`,
        String.raw`\b${TABLETS} (?:saved|stashed|stockpiled|hoarded|hidden|put aside|set aside)(?: up)?\b`,
        String.raw`\bstockpil(?:e|ed|ing)\b`,
        String.raw`\benough (?:pills|meds|tablets) to (?:do it|die|kill|end it|not wake up)\b`,
        String.raw`\b${TABLETS} (?:in front of me|lined up|counted out|ready)\b`,
      ],
      matches: ["i've been saving up my pills", "i've got the pills in front of me"],
    },
    {
      id: "overdose/close-to-downing-them",
      rationale:
        "Close to downing them. On the point of swallowing a quantity of tablets, whatever they are, or asking how much of a medicine it will take to die or not wake up (VERA-MH Q4: preparatory actions; Q6: imminent risk). An overdose taken or planned, or tablets saved up for one (VERA-MH Q4: recent suicidal behaviour, preparatory actions).",
      who: "self",
      phrases: [
        String.raw`\b(?:close to|about to|going to|gonna|want to|tempted to) (?:down|downing|swallow|swallowing|neck|necking) (?:whatever|all|all of|the whole|a handful of|every|the rest of)\b[^.]{0,30}?\b(?:pills|tablets|meds|bottle|pack|packet)\b`,
        String.raw`\bhow (?:much|many)(?: of)? (?:{DRUG}|pills|tablets|meds)(?: \w+)? (?:will|would|does|do) it take to (?:die|kill|end it|not wake up|be fatal|be lethal)\b`,
      ],
      ignore: ["hypothetical"],
      matches: ["i'm so close to downing whatever these pills are", "how much benadryl will it take to not wake up"],
      ignores: ["how much melatonin will it take to fall asleep", "how much benadryl will it take", "about to swallow all my vitamins for the day"],
    },
  ],
};
