import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";
import { AWAY, DISTRESS, NOT_AWAY } from "../conditions.ts";
import { messagePattern } from "../lexicon.ts";

/** Method-seeking counts whatever the framing ("asking for a friend", "for a story"): VERA-MH reads it as the writer's risk. */
const _ALWAYS = { ignore: ["negation", "past", "hypothetical", "topic"] } as const;

/** A reason for giving things away that is not a farewell. */
const NO_OTHER_REASON =
  /^(?![\s\S]*\b(?:moving|move|moved|declutter|decluttering|donate|donating|charity|minimalis[mt]|outgrown|spring clean|downsiz|selling|sold|new (?:flat|house|place|home)|marie kondo)\b)/;
/** A farewell, then silence: a person who said goodbye and cannot be reached. */
const SILENCE_AFTER = messagePattern(String.raw`^(?=[\s\S]*\b{UNREACHABLE})(?![\s\S]*${AWAY})`);

/** Means in hand that are meant for someone else are a threat, not a plan ("a knife in my hand, i could kill him"). */
const NOT_AIMED_AT_OTHERS =
  /^(?![\s\S]*\b(?:kill|stab|hurt|shoot|cut) (?:him|her|them|someone|somebody|my (?:dad|mum|mom|stepdad|brother|sister|boss|ex|husband|wife|boyfriend|girlfriend|partner))\b)/;

/** Tablets bought for an illness or a household are not a stockpile. */
const NOT_FOR_ILLNESS =
  /^(?![\s\S]*\b(?:flu|cold|colds|headache|headaches|migraine|period|cramps|fever|toothache|first aid|for (?:my|our|the) (?:family|kids|children|house|office|cupboard))\b)/;

/** Plans, preparations, goodbyes and method-seeking. */
export const plansAndMeans: CueGroupRecord<CrisisReason> = {
  id: "plans-and-means",
  name: "plans and means",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "plans-and-means/has-a-plan",
      rationale:
        "Has a plan. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:have|has|had|got|made|making|worked out) (?:a|the|my|his|her|their) plan\b(?! (?:for|to|about|with|on|in place|of action|b)\b)`,
      ],
      needs:
        /\b(?:kill|die|suicid|end (?:it|my life|things)|do it|going to|overdose|jump|not be here|a date|the date|someone (?:to|should) know|goodbye|sorry|tonight|this weekend)\b/,
      matches: ["i have a plan and i know when i'm going to do it"],
      ignores: ["I've got a plan: finish my degree, then travel", "what does it mean when a therapist asks if you have a plan"],
    },
    {
      id: "plans-and-means/a-plan-and-a-time",
      rationale:
        "A plan and a time. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:have|has|got|made|there is) (?:a|the|my|his|her|their) plan and (?:a|the) (?:date|day|time|place)\b`,
        String.raw`\b(?:have|has|got) (?:it|everything) (?:all )?(?:planned|figured|worked|sorted) out\b(?=[^.]{0,40}\bit (?:is|will be) (?:happening|going to happen|on)\b)`,
      ],
      matches: ["I've got it all planned out, it's happening on Friday"],
    },
    {
      id: "plans-and-means/plans-not-to-be-around",
      rationale:
        "Plans not to be around. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\bnot (?:planning|going|expecting|intending|planning) (?:on|to) (?:be|being|stay|staying) (?:around|here|alive)\b(?! (?:when|while|for the|at the|during|in the)\b)(?= *$| (?:after|past|beyond|much longer|for long|anymore|by then)\b)`,
      ],
      needs: NOT_AWAY,
      matches: ["i'm not going to be around much longer", "not planning on being around after this weekend"],
    },
    {
      id: "plans-and-means/plan-to-kill-themself",
      rationale:
        "Plan to kill themself. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\bplan (?:to|for how to|of how to) (?:kill|end|die|do it|take (?:my|his|her|their) life)\b`,
        String.raw`\bmy plan (?:is|was) to (?:do it|kill|end|die|jump|overdose|take)\b`,
      ],
      matches: ["my plan is to do it on my birthday", "do i tell my therapist i have a plan to end my life"],
    },
    {
      id: "plans-and-means/said-goodbye-with-the-means-or-silence",
      rationale:
        "Said goodbye, with the means or silence. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [String.raw`\b(?:sent|texted|posted|said|messaged) (?:me |us |everyone )?(?:a |his |her |their )?(?:goodbye|bye|farewell)\b`],
      needs:
        /\b(?:pills|tablets|rope|noose|gun|knife|blades?|bridge|not answering|is not answering|will not answer|stopped answering|no answer|last message)\b/,
      matches: ["my girlfriend sent me a goodbye text and isn't answering", "my friend just sent me a picture of pills and said goodbye"],
      ignores: ["my mom said goodbye at the train station and I cried", "my friend said goodbye at the airport and I miss her already"],
    },
    {
      id: "plans-and-means/sent-their-own-goodbye-then-silence",
      rationale:
        "Sent their own goodbye, then silence. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\bi (?:messaged|texted|sent|wrote|said|told|called) (?:my \w+ |him |her |them |everyone |my family |all my friends )?(?:a )?(?:goodbye|bye|farewell)\b`,
      ],
      needs: SILENCE_AFTER,
      matches: ["I messaged my ex goodbye and turned my phone off"],
      ignores: ["I wrote a goodbye letter to my old self as a therapy exercise"],
    },
    {
      id: "plans-and-means/a-farewell-then-silence",
      rationale:
        "A farewell, then silence. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:goodbye|bye|farewell|i love you,? (?:and )?i am sorry|i am sorry,? i love you|(?:he|she|they) (?:is|was|are|were) sorry and (?:he|she|they) (?:loves?|loved) (?:me|us|you)|(?:he|she|they) (?:loves?|loved) (?:me|us|you) and (?:he|she|they) (?:is|was|are|were) sorry|sorry for everything|love you all|(?:thank you|thanks) for everything|thanks for the memories|take care of (?:mum|mom|dad|the kids|my|each other|yourself|yourselves|everyone)|(?:finally|soon) (?:going to be |gonna be |be |will be )?(?:free|at peace|at rest)|(?:he|she|they) (?:has|had|have) (?:pills|tablets|a knife|a razor|a gun|a rope|blades))\b`,
      ],
      ignore: ["topic"],
      needs: SILENCE_AFTER,
      matches: ["I messaged my ex goodbye and turned my phone off", "my girlfriend sent me a goodbye text and isn't answering"],
      ignores: ["Bye! Thanks for the help", "bye everyone, see you next week"],
    },
    {
      id: "plans-and-means/giving-things-away-no-longer-needed",
      rationale:
        "Giving things away, no longer needed. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "match",
      phrases: [String.raw`\b(?:giving|gave|give|given) (?:away )?(?:my|his|her|their|all (?:my|his|her|their)) \w+(?: \w+)?(?: away)?\b`],
      needs:
        /\b(?:will not|would not|is not going to|am not going to|are not going to|does not|do not) (?:need|be needing|use) (?:them|it|these|those|any of (?:it|them))(?: (?:anymore|any more|where (?:i am|he is|she is|they are) going|much longer|soon))?(?= *$| *,| and| but| so)/,
      matches: ["my dad has been giving away his tools and said he won't need them"],
      ignores: ["I gave away my old bike to a neighbour", "should I give my therapist a christmas card?"],
    },
    {
      id: "plans-and-means/goodbye-note",
      rationale:
        "Goodbye note. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:suicide|goodbye|farewell|final) (?:note|notes|letter|letters|message|messages|text|texts|video|post)\b(?! (?:exercise|activity|assignment|prompt|template|in (?:group|therapy|class))\b| (?:to (?:my )?(?:old|younger|former|past|future|inner|teenage|child) (?:self|me)|as (?:a|an|part of) (?:therapy )?(?:exercise|homework|assignment)|for (?:therapy|class|school|homework|my therapist)))`,
      ],
      matches: ["my friend just texted me a goodbye message", "i wrote a goodbye note to my family last night"],
    },
    {
      id: "plans-and-means/letters-to-be-read-later",
      rationale:
        "Letters to be read later. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:wrote|written|writing|write|left|leaving|finished) {W}{0,2}(?:letters|notes|a letter|a note) (?:to|for) (?:everyone|everybody|all|them|my (?:family|kids|children|parents|mum|mom|dad|friends|partner|wife|husband|sister|brother|son|daughter))\b`,
        String.raw`\b(?:letter|letters|note|notes) (?:she|he|they|you|everyone) (?:is|are) (?:supposed|meant) to (?:open|read) (?:later|after|when)\b`,
      ],
      matches: ["I've written a letter for my mum to find", "just finished writing goodbye letters to my kids"],
    },
    {
      id: "plans-and-means/giving-possessions-away",
      rationale:
        "Giving possessions away. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "match",
      phrases: [
        String.raw`\b(?:giving|gave|give|given) away (?:my|all my|all of my|some of my|most of my|his|her|their|all his|all her) (?:stuff|things|belongings|possessions|pets?|clothes|books|games)\b`,
        String.raw`\b(?:giving|gave|give|given) (?:my|all my|all of my|most of my|his|her|their) (?:stuff|things|belongings|possessions|pets?|clothes|books|games|favourite things|favorite things|\w+ collection) away\b`,
      ],
      needs: NO_OTHER_REASON,
      matches: ["I've been giving my stuff away to friends, they don't know why", "i've been giving away my stuff so nobody has to deal with it after"],
      ignores: ["I've given away most of my clothes since I'm moving abroad"],
    },
    {
      id: "plans-and-means/last-message",
      rationale:
        "Last message. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:this is|this will be|that was|it is) (?:probably |likely |maybe |prob |going to be |gonna be )?(?:my|the) (?:last|final) (?:message|post|time|goodbye|night|text|week|day|weekend|month|christmas|birthday)\b(?! (?:before|for|until|till|of the|at|in|on)\b)`,
        String.raw`\b(?:last|final) time (?:you|anyone) (?:will )?(?:hear|see) from me\b`,
        String.raw`\btonight is the night\b`,
      ],
      matches: ["pretty sure this is my last week", "this will be the last time you hear from me"],
    },
    {
      id: "plans-and-means/saying-goodbye-to-everyone",
      rationale:
        "Saying goodbye to everyone. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:goodbye|bye) (?:everyone|everybody|world|forever|all)\b(?! (?:see|until|for now|have|talk|till|back))`,
        String.raw`\bsaying goodbye to everyone\b`,
        String.raw`\b(?:goodbye|bye)$`,
      ],
      needs:
        /\b(?:sorry for everything|love you all|thank you (?:all )?for everything|take care of|last message|goodbye (?:everyone|world|forever)|saying goodbye to everyone)\b/,
      matches: ["tonight's the night, goodbye everyone", "I'm sorry everyone. I love you all. Goodbye."],
      ignores: ["Bye! Thanks for the help", "bye everyone, see you next week"],
    },
    {
      id: "plans-and-means/has-picked-a-time-or-place",
      rationale:
        "Has picked a time or place. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [String.raw`\b(?:picked|chosen|set|have) (?:a|the) (?:date|day|time|spot|place)(?= *$)`],
      matches: ["i've picked a date", "I picked the day. It's after my sister's wedding so I don't ruin it."],
    },
    {
      id: "plans-and-means/has-decided-how-and-when",
      rationale:
        "Has decided how and when. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:decided|know|knows|figured out|worked out|planned|picked) (?:exactly )?(?:how|when|where) and (?:how|when|where)(?= *$| i am going to| to do it| i will)`,
      ],
      matches: ["i already decided how and when"],
    },
    {
      id: "plans-and-means/wrote-their-note",
      rationale:
        "Wrote their note. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "match",
      phrases: [String.raw`\b(?:wrote|written|writing|finished|left) my (?:final |last )?(?:note|letter)(?= *$)`],
      matches: ["i wrote my note. i'm just waiting for everyone to go to sleep"],
    },
    {
      id: "plans-and-means/rehoming-dependants",
      rationale:
        "Rehoming dependants. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "match",
      phrases: [
        String.raw`\b(?:gave|giving|give|given|rehomed|rehoming|found a home for) (?:away )?my (?:cat|dog|pets?|rabbit|bird|hamster|fish|snake)\b`,
        String.raw`\bso (?:she|he|it|they) (?:will|would) be (?:looked after|taken care of|cared for) (?:when|after|once) i\b`,
      ],
      matches: ["i gave my cat to my sister so she'll be looked after", "gave my cat to my sister and deleted all my accounts except this one"],
    },
    {
      id: "plans-and-means/the-means-as-the-answer",
      rationale:
        "The means as the answer. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\bonly (?:thing|answer|way|option|solution)\b[^.]{0,40}?\b(?:is|are) (?:my|the|a|his|her) (?:service )?(?:pistol|gun|rifle|shotgun|rope|noose|pills|tablets|razor|bridge)\b`,
      ],
      matches: ["after the tour I came home and the only thing that makes sense anymore is my service pistol"],
    },
    {
      id: "plans-and-means/a-blade-or-gun-held-to-the-body",
      rationale:
        "A blade or gun held to the body. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:put|putting|hold|holding|held|press|pressing|pressed) (?:the|a|my|his|her) (?:knife|blade|razor|gun|pistol|shotgun) (?:to|against) (?:my|his|her|their) (?:wrist|wrists|throat|neck|head|arm|arms|skin|temple|chest)\b`,
      ],
      matches: ["every night i put the knife to my wrist and chicken out"],
    },
    {
      id: "plans-and-means/the-means-at-hand-after-a-loss",
      rationale:
        "The means at hand, after a loss. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:there is|i have|i have got|i got|there are) (?:a|the|my|some) (?:rope|noose|gun|shotgun|rifle|pistol) (?:in|under|at|by|ready)\b`,
      ],
      needs: DISTRESS,
      matches: ["farm's gone under, the bank's taking everything, there's a rope in the barn"],
    },
    {
      id: "plans-and-means/means-ready",
      rationale:
        "Means ready. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "match",
      phrases: [
        String.raw`\b(?:razor|razors|blades?|rope|noose|pills|tablets|meds|gun|knife|knives) (?:are |is )?(?:ready|next to me|in front of me|in my hand|lined up|counted|counted out|laid out|set out|on the table|on my desk|on my bed)\b`,
        String.raw`\b(?:have|got) (?:the|my) (?:razor blades|blades|razor|rope|noose|pills|gun|knife) (?:ready|here|with me|out)\b`,
      ],
      needs: NOT_AIMED_AT_OTHERS,
      matches: ["i have the razor blades ready", "not ok. have the pills out. idk"],
      ignores: ["I'm so angry I could actually kill him and I have a knife in my hand"],
    },
    {
      id: "plans-and-means/knows-how-they-would-do-it",
      rationale:
        "Knows how they would do it. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:know|knows|figured out|worked out) (?:exactly )?(?:how|where|when) (?:i|he|she|they) (?:would|will|am going to|is going to|are going to|want to) do it\b`,
      ],
      matches: ["i know exactly how i'd do it", "i have a plan and i know when i'm going to do it"],
    },
    {
      id: "plans-and-means/has-everything-ready",
      rationale:
        "Has everything ready. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:have|has|got) everything (?:ready|planned|sorted|in place|prepared)\b`,
        String.raw`\b(?:have|has|got) everything (?:i|he|she|they) (?:need|needs) to (?:end it|do it|die)\b`,
      ],
      matches: ["i have everything ready. i just need the courage", "i'm in my car and i've got everything i need to end it"],
    },
    {
      id: "plans-and-means/at-a-height-drawn-to-fall",
      rationale:
        "At a height, drawn to fall. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b{HIGH_PLACE}\b[^.]{0,60}?\b(?:think|thinking|thought|imagine|imagining|want|wanting|tempted|urge|picture|picturing) (?:about |of |to )?(?:just )?(?:jumping|falling|leaning over|letting go|going over|stepping off|climbing over|tipping over|throwing myself|jump|fall|lean over|let go|step off|climb over|throw myself)\b`,
      ],
      matches: ["when I'm on the balcony I get this urge to just let go of the railing"],
    },
    {
      id: "plans-and-means/at-the-edge-again-and-again",
      rationale:
        "At the edge, again and again. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:standing|stood|sitting|stand|sit) (?:at|on|near) the edge of (?:the|a) (?:platform|roof|bridge|cliff|building|balcony|tracks|car park)\b`,
      ],
      needs: /\b(?:a lot|lately|again|every (?:day|night|morning)|tonight|thinking|urge|jump|wondering)\b/,
      matches: ["I've been standing at the edge of the platform a lot lately"],
    },
    {
      id: "plans-and-means/wonders-if-it-is-deep-enough",
      rationale:
        "Wonders if it is deep enough. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\bwonder(?:ing)? (?:if|whether) (?:it|the water|the river|the drop|the fall|that|the bridge|the building|the sea) (?:is|would be|was) (?:deep|high|tall|far|cold|fast) enough\b`,
      ],
      matches: [
        "Uni has been a lot. Three deadlines this week, my part time job cut my hours, and my flatmates are loud until 3am. My therapist at the counselling service is nice but I only get six sessions. I've been looking at the river on my walk home and wondering if it's deep enough. Anyway, does anyone know if the counselling service gives more sessions in exam season?",
      ],
    },
    {
      id: "plans-and-means/at-a-high-place",
      rationale:
        "At a high place. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [String.raw`\b(?:standing|sitting|am) on (?:the|a) (?:edge of (?:a|the) )?(?:bridge|ledge|roof|edge|overpass|cliff|balcony railing)\b`],
      matches: ["i'm on the roof of my building", "i'm standing on the bridge right now"],
    },
    {
      id: "plans-and-means/up-high-and-will-not-come-down",
      rationale:
        "Up high and will not come down. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:is|are|am|has climbed|climbed|gone|went) (?:up )?(?:on|onto|on top of) (?:the|a) (?:edge of (?:a|the) )?(?:roof|bridge|ledge|cliff|overpass|railing|balcony)\b`,
      ],
      needs: /\b(?:will not come down|refuses to come down|not coming down|jump|threatening|goodbye|not answering|crying|scared)\b/,
      matches: ["my friend is on the roof of our dorm and won't come down"],
    },
    {
      id: "plans-and-means/at-the-tracks-as-a-train-comes",
      rationale:
        "At the tracks as a train comes. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:i am|standing|sitting|waiting|am) (?:on|at|by|near) (?:the )?(?:train |tube )?(?:platform|tracks|railway|level crossing|railway line)\b`,
      ],
      needs: /\b(?:next (?:express|fast train|non stop)|not stopping|jump|edge|goodbye|sorry|step off|step in front)\b/,
      matches: ["I'm on the train platform and the next express is in 5 minutes"],
    },
    {
      id: "plans-and-means/buys-tablets-in-quantity",
      rationale:
        "Buys tablets in quantity. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:bought|buying|buy|got|getting|stocked up on|picked up) (?:a lot of|lots of|loads of|a load of|several|multiple|extra|so many|\d+ (?:packs|boxes|packets) of|(?:packs|boxes|packets) of) (?:paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|painkillers|pills|tablets|sleeping pills|codeine)\b`,
        String.raw`\b(?:paracetamol|tylenol|painkillers|pills|tablets)\b[^.]{0,30}\b(?:from|at) (?:different|several|multiple|two|three|four|a few) (?:shops|stores|pharmacies|chemists|places)\b`,
      ],
      needs: NOT_FOR_ILLNESS,
      matches: ["I bought a lot of paracetamol today from three different shops"],
    },
    {
      id: "plans-and-means/has-decided-how-or-when",
      rationale:
        "Has decided how, or when. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:i have |i )?decided (?:how|when|where)(?= *$)`,
        String.raw`\bi (?:think i )?know (?:what it is|what i (?:have|need) to do)(?= *$)`,
      ],
      needs: /\b(?:decided|only (?:one )?way out|calm|ready|goodbye|plan)\b/,
      matches: ["I've decided how. I've decided when. I feel calm.", "there's only one way out of this and i think i know what it is"],
    },
    {
      id: "plans-and-means/affairs-put-in-order",
      rationale:
        "Affairs put in order. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [String.raw`\b(?:put|putting|got|getting|sorted|sorting) my affairs in order\b`],
      needs:
        /^(?![\s\S]*\b(?:surgery|operation|hospital|baby|pregnan|moving|travel|trip|retire|retirement|divorce|diagnos|treatment|chemo|deployment|posted abroad)\b)/,
      matches: ["I put my affairs in order this week, paid my debts, cleaned my flat"],
      ignores: ["I'm putting my affairs in order before my surgery next month"],
    },
    {
      id: "plans-and-means/using-a-weapon-on-themself",
      rationale:
        "Using a weapon on themself. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [String.raw`\b(?:use|using|used) (?:it|them|that|the gun|a gun|the knife|a knife|the rope|the pills) on myself\b`],
      matches: ["i have a gun in the house and i keep thinking about using it on myself"],
    },
    {
      id: "plans-and-means/sits-for-a-long-time-with-the-means",
      rationale:
        "Sits for a long time with the means. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "match",
      phrases: [
        String.raw`\b(?:sat|sitting|sit|lay|lying|laying|stood|standing) (?:[a-z']+ ){0,5}?(?:with|holding) (?:a|the|my|his|her) (?:razor|razors|razor blade|blade|blades|noose|rope|pills|bottle of pills|gun|pistol)\b(?=[^.,]{0,20}\b(?:for (?:an hour|hours|ages|a while|a long time|half an hour|the whole night)|staring|thinking|crying|again|all night)\b)`,
      ],
      needs: NOT_AIMED_AT_OTHERS,
      matches: ["sat on the bathroom floor with a razor for hours last night"],
    },
    {
      id: "plans-and-means/staring-at-the-means",
      rationale:
        "Staring at the means. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "match",
      phrases: [
        String.raw`\b(?:keep|kept|been|sit|sat|sitting|always|catch myself) (?:staring|stared|gazing) at (?:the|my|his|her|those|these) (?:pills|tablets|meds|rope|razor|razors|blades?|gun|noose)\b(?! (?:that )?(?:my|the) (?:doctor|gp|psychiatrist|pharmacist)| (?:i was|i got|i have been|he|she) prescribed)`,
      ],
      needs: NOT_AIMED_AT_OTHERS,
      matches: ["i keep staring at the rope in the garage", "i keep staring at the pills in the cupboard"],
    },
    {
      id: "plans-and-means/knows-which-place",
      rationale:
        "Knows which place. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [
        String.raw`\b(?:i|he|she|they) (?:already )?(?:know|knows|have picked|has picked|picked|have chosen|has chosen|chose) (?:exactly )?which (?:bridge|building|cliff|rooftop|roof|car park|overpass|tracks|train|tree|pills)(?= *$| *,| already| and (?:i|he|she|they) (?:think|keep|go|drive|walk))`,
      ],
      matches: ["i know which bridge. i drive past it every day and think about it"],
    },
    {
      id: "plans-and-means/shut-away-with-the-means",
      rationale:
        "Shut away with the means. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "match",
      phrases: [
        String.raw`\b(?:locked|shut|barricaded) (?:myself|himself|herself|themselves) in\b[^.]{0,30}\bwith (?:a |the |some |my |his |her |(?:my |his |her )?\w+'s )?(?:razor|razors|blade|blades|knife|pills|rope|gun)\b`,
      ],
      matches: ["i locked myself in the bathroom with my dad's razor", "my roommate locked herself in the bathroom with a razor"],
    },
    {
      id: "plans-and-means/a-noose",
      rationale:
        "A noose. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [String.raw`\bnoose\b`, String.raw`\btie (?:a|the) (?:noose|rope)\b`],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["been researching how to tie a noose"],
    },
    {
      id: "plans-and-means/has-a-rope",
      rationale:
        "Has a rope. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "subject",
      phrases: [String.raw`\b(?:bought|got|ordered|have|found|tied|made) (?:a |the )?(?:rope|noose)\b(?! (?:for|to (?:tie|hang (?:up|the|my))|swing|ladder))`],
      matches: ["i've got the rope tied already", "bought rope today. not for camping"],
    },
    {
      id: "plans-and-means/asks-how-much-is-lethal",
      rationale:
        "Asks how much is lethal. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\bhow (?:many|much) [^.?!]{0,40}?(?:to die|to kill|would kill|will kill|could kill|does it take to die|would it take to die|(?:would|will|could|is|be) (?:be )?(?:lethal|fatal|deadly)|to overdose|to od|to not wake up|before (?:i|you|someone|a person) (?:die|dies)|kills you|to end it)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["how many paracetamol would it take to die", "how many ibuprofen does it take to overdose"],
    },
    {
      id: "plans-and-means/asks-whether-a-method-is-enough",
      rationale:
        "Asks whether a method is enough. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:is|would|will|are|was) (?:jumping|falling|a fall|a jump|hanging|drowning|overdosing|cutting|\d+ (?:pills|tablets|of them)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:floors?|storeys?|stories))\b[^.?!]{0,30}\b(?:enough|high enough|fatal|lethal|survivable|instant)\b`,
        String.raw`\bhow (?:much|many)\b[^.?!]{0,40}\b(?:would|will|is|are|be) (?:be )?enough\b(?! (?:for|to (?:treat|help|work|sleep|calm)))`,
        String.raw`\b(?:jump|jumping|fall|falling) (?:from|off) (?:the |a )?(?:\d+(?:st|nd|rd|th)?|[a-z]+(?:th|st|nd|rd)|top|highest) (?:floor|storey|story)\b(?=[^.?!]{0,40}\b(?:enough|survive|die|dead|fatal|instant|quick|hurt)\b)`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      needs: /\b(?:pills|tablets|meds|insulin|dose|jump|jumping|fall|falling|floor|storey|story|hanging|drowning|overdos|cutting|die|dying|dead|kill)/,
      matches: ["is jumping from the 5th floor enough", "is jumping from a 5th floor enough to die"],
    },
    {
      id: "plans-and-means/asks-how-to-hang-a-person",
      rationale:
        "Asks how to hang a person. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [String.raw`\bhang(?:ing)?\b[^.?!]{0,40}?\b(?:a person|someone|a body|a human|myself|my weight|my own weight|a grown (?:man|woman|adult))\b`],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["i tried to hang myself last night but the rope broke", "i tried to hang myself on saturday and it didnt work"],
    },
    {
      id: "plans-and-means/asks-whether-it-is-enough-to-die",
      rationale:
        "Asks whether it is enough to die. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [String.raw`\benough to (?:die|kill (?:me|myself|you|someone|a person)|be fatal|be lethal|end it)\b`],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["is jumping from a 5th floor enough to die"],
    },
    {
      id: "plans-and-means/counts-how-many-it-would-take",
      rationale:
        "Counts how many it would take. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\bhow (?:many|much) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|sleeping pills|painkillers) (?:it )?(?:would|will|does|did) (?:it )?take\b`,
        String.raw`\bhow (?:many|much) (?:it )?would (?:it )?take\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["i've been looking at how many of my pills it would take"],
    },
    {
      id: "plans-and-means/asks-for-a-lethal-dose",
      rationale:
        "Asks for a lethal dose. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [String.raw`\b(?:lethal|fatal|deadly) (?:dose|doses|amount|quantity|dosage)\b`],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["asking for a friend, what's a lethal dose of sertraline?"],
    },
    {
      id: "plans-and-means/asks-for-the-easiest-way-to-die",
      rationale:
        "Asks for the easiest way to die. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:painless|painlessly|quickest|fastest|easiest|surest|best|most reliable|reliable|quietest|simplest|cleanest|least painful|most effective|quick|easy) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill (?:myself|yourself|oneself|someone|themselves)|killing (?:myself|yourself|oneself)|end (?:it|my life|your life|a life|things)|commit suicide|suicide|go|not wake up|overdose)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["what's the quickest way to end it", "what's the least painful way to go"],
    },
    {
      id: "plans-and-means/asks-how-to-kill-oneself",
      rationale:
        "Asks how to kill oneself. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:ways|methods|how|where) to (?:kill (?:myself|yourself|oneself|himself|herself|themselves)|commit suicide|end (?:my|your) life|hang (?:myself|yourself)|die)\b(?! (?:in (?:minecraft|a game|the game|games)|of laughter|laughing))`,
        String.raw`\bsuicide (?:methods|method|techniques)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["I've been researching suicide methods", "i looked up ways to kill myself last night"],
    },
    {
      id: "plans-and-means/asks-whether-they-could-overdose-on-what-they-have",
      rationale:
        "Asks whether they could overdose on what they have. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [String.raw`\bcan (?:you|i|someone|a person) (?:overdose|od|die) (?:on|from)\b`],
      ignore: ["negation", "past", "hypothetical", "topic"],
      needs: /\b(?:i have|i have got|i got|full bottle|whole bottle|a lot of|enough|right here|next to me)\b/,
      matches: ["can you overdose on melatonin? i have a full bottle"],
    },
    {
      id: "plans-and-means/asks-about-access-to-a-height-in-distress",
      rationale:
        "Asks about access to a height, in distress. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:bridge|cliffs?|tower|viaduct|overpass|car park|multi storey|rooftop|roof)\b[^.?!]{0,30}\b(?:open to|access|get (?:to|up|onto|on)|walk (?:on|across)|fence|barrier|nets?)\b`,
        String.raw`\b(?:open to|access to|get (?:to|up|onto|on)|walk (?:on|across)|fence on|barrier on|nets on)\b[^.?!]{0,30}\b(?:bridge|cliffs?|tower|viaduct|overpass|car park|rooftop|roof)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      needs: DISTRESS,
      matches: ["is the golden gate bridge still open to pedestrians? nothing matters anymore"],
      ignores: ["why does the golden gate bridge have suicide nets now?"],
    },
    {
      id: "plans-and-means/asks-for-a-high-place-in-distress",
      rationale:
        "Asks for a high place, in distress. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [String.raw`\b(?:highest|tallest) {HIGH_PLACE}\b(?= (?:in|around|near) (?:the |my |this )?\w+)`],
      ignore: ["negation", "past", "hypothetical", "topic"],
      needs: DISTRESS,
      matches: [
        "what's the tallest car park near the uni? everything is falling apart",
        "lost my job today and my gf left. whats the tallest bridge in the city",
      ],
      ignores: ["what's the tallest building in Dubai", "what's the tallest building in the world"],
    },
    {
      id: "plans-and-means/asks-for-a-high-place-nearby",
      rationale:
        "Asks for a high place nearby. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:highest|tallest|closest|nearest) (?:bridge|building|cliff|roof|car park|parking garage|tower|overpass)\b(?= (?:near|around|close to|in) (?:me|here|my (?:area|town|city))| (?:nearby|to jump|i can (?:get|go|jump))\b)`,
        String.raw`\b(?:bridge|building|cliff|roof|car park|parking garage|tower|overpass)s? (?:near|around|close to) me\b(?=[^.]{0,40}\b(?:high|tall|jump|fall|drop)\b)`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["whats the highest bridge near me"],
    },
    {
      id: "plans-and-means/asks-what-it-would-take-not-to-survive",
      rationale:
        "Asks what it would take not to survive. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:how (?:high|tall|far|deep|long|many|much|big)|which (?:floor|storey|story|bridge|building|height|pills?|drugs?|meds|tablets)|what (?:height|floor|storey|dose|amount))\b[^.?!]{0,60}?(?:\b(?:not|never|to not|would not|will not|do not|does not|can not|could not) (?:survive|wake up|make it)\b|\b(?:to|and|you|i|someone|they|a person) (?:would |will |could |definitely |surely |actually |certainly |for sure )*(?:die|be dead|not survive|kill (?:you|me|someone|a person|yourself|myself))\b|\b(?:is|be|are) (?:fatal|lethal|deadly)\b|\bguaranteed\b|\bput (?:someone|me|you|a person) to sleep (?:permanently|forever|for good)\b|\bstop (?:my|your|someone's|a person's|the) heart\b)`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["how much insulin would stop my heart", "how many paracetamol would it take to die"],
    },
    {
      id: "plans-and-means/asks-whether-a-method-hurts-or-works",
      rationale:
        "Asks whether a method hurts or works. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:does it|would it|will it|is it) (?:hurt|painful|quick|peaceful) (?:to|when you|if you) (?:die|bleed out|drown|hang|overdose|jump|suffocate|od)\b`,
        String.raw`\b(?:pills|overdose|hanging|jumping|drowning|cutting|a gun|shooting|gas)\b[^.?!]{0,15}\bor\b[^.?!]{0,15}\b(?:pills|overdose|hanging|jumping|drowning|cutting|a gun|shooting|gas)\b(?=[^.?!]{0,30}\b(?:quicker|faster|better|easier|less painful|more painful|more reliable|surer|work)\b)`,
        String.raw`\b(?:quicker|faster|easier|less painful|more reliable|surer)\b[^.?!]{0,15}\b(?:pills|overdose|hanging|jumping|drowning|a gun|shooting)\b[^.?!]{0,10}\bor (?:pills|overdose|hanging|jumping|drowning|a gun|shooting)\b`,
        String.raw`\b(?:drugs?|pills|poisons?|meds|medication|insulin)\b[^.]{0,60}?\b(?:hardest|harder|impossible|hard|difficult) to (?:trace|detect)\b`,
        String.raw`\b(?:overdose|overdosing|overdoses|hanging|drowning|bleeding out|slitting|jumping off|jumping from|suffocating|carbon monoxide)\b(?! in\b)[^.?!]{0,30}\b(?:hurt|hurts|painful|painless|quick|quickly|fast|(?:would|will|does|do|actually) work|works best|feel like|guaranteed)\b`,
        String.raw`\b(?:which|what) (?:pills?|drugs?|meds|medication|tablets|method|methods|way|poison)\b[^.?!]{0,30}\b(?:would|will|works?|best|fastest|quickest|most effective|painless)\b(?=[^.?!]{0,40}\b(?:die|dying|kill|suicide|end it|not wake up|overdose)\b)`,
        String.raw`\b(?:want(?:s|ed)? to die|wanted to end it)\b[^.?!]{0,40}\b(?:which|what) (?:pills?|drugs?|meds|medication|tablets|method|methods|way|poison)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["does drowning hurt", "is hanging painful"],
    },
    {
      id: "plans-and-means/asks-what-a-whole-bottle-does",
      rationale:
        "Asks what a whole bottle does. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\bwhat (?:happens|would happen) (?:if|when) (?:you|i|someone|a person) (?:take|takes|took|swallow|swallows|swallowed|drink|drinks) (?:a |an |the )?(?:whole |entire |full )?(?:bottle|pack|packet|box|handful|lot|bunch|load|strip|[1-9][0-9]+)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["what happens if you take a whole bottle of tylenol"],
    },
    {
      id: "plans-and-means/asks-how-long-dying-takes",
      rationale:
        "Asks how long dying takes. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\bhow long (?:does it|would it|will it|do you) (?:take )?(?:to )?(?:die|bleed out|suffocate|drown|lose consciousness)\b`,
        String.raw`\bhow long it (?:takes|would take|will take) (?:to|for (?:you|someone|a person|me) to) (?:die|drown|bleed out|suffocate|lose consciousness|pass out)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["I googled how long it takes to drown", "how long does it take to bleed out from the wrist"],
    },
    {
      id: "plans-and-means/asks-how-to-do-it-without-pain",
      rationale:
        "Asks how to do it without pain. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\bhow (?:would|could|do|can) (?:they|i|you|someone|one) do it without (?:it )?(?:hurting|pain)\b`,
        String.raw`\bdie (?:painlessly|without pain)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["what if someone wanted to die, how would they do it without it hurting"],
    },
    {
      id: "plans-and-means/asks-whether-something-would-kill",
      rationale:
        "Asks whether something would kill. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:can|could|would|will) (?:you|i|someone|a person) die (?:from|of|if (?:you|i) take) (?:taking|too many|an overdose|\w+ pills|[1-9][0-9]+)\b`,
        String.raw`\bwould (?:it|that) kill (?:me|someone|you)\b`,
      ],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["can you die from taking 40 ibuprofen"],
    },
    {
      id: "plans-and-means/asks-where-to-get-the-means",
      rationale:
        "Asks where to get the means. A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [String.raw`\b(?:how|where) (?:do|can|could) (?:i|you|someone) (?:get|buy|find) (?:a gun|a rope|a noose|enough pills|something to end it)\b`],
      ignore: ["negation", "past", "hypothetical", "topic"],
      matches: ["My life is falling apart. Where can I buy a gun without a waiting period?"],
    },
    {
      id: "plans-and-means/a-ligature-at-the-neck",
      rationale:
        "A ligature at the neck. A belt, rope or cord around their own neck: the means in place, an emergency (VERA-MH Q6: access to means, imminent risk). A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:a|the|my) (?:belt|rope|cord|cable|noose|ligature|extension cord|charger cable) (?:is )?(?:around|round|on) my neck\b`,
        String.raw`\b(?:put|tied|tie|tying|putting|wrapped|wrapping) (?:a|the|my) (?:belt|rope|cord|cable|noose|ligature) (?:around|round) my neck\b`,
      ],
      matches: ["i have a belt around my neck right now", "i tied the cord round my neck"],
      ignores: ["my scarf is around my neck", "i wear my lanyard around my neck at work"],
    },
    {
      id: "plans-and-means/asks-for-a-method-that-works",
      rationale:
        'Asks for a method that works. Asking for an effective, painless or sure method, how easy it is to die by a means, or whether a place is still an option for suicide (VERA-MH Q4: method questions, even "just curious"). A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).',
      who: "self",
      phrases: [
        String.raw`\b(?:a|an|the|any|some) (?:(?:effective|quick|sure|reliable|fast|easy) and )?(?:painless|peaceful) (?:and (?:effective|quick|easy|sure|reliable) )?method(?= *$| *,| please| (?:to|of|for) (?:die|dying|go|do it|end (?:it|my life)|kill myself|suicide)\b)`,
        String.raw`\b(?:effective|sure|surefire|reliable|guaranteed|quick|quickest|easiest|painless) (?:method|way) (?:to|of) (?:die|dying|kill myself|end (?:it all|my life))\b`,
        String.raw`\bhow (?:easy|hard|quick|painful|likely) is it to (?:die|kill (?:yourself|myself|oneself)) (?:by|from|with|on|using)\b`,
        String.raw`\b(?:still )?(?:an? |the )?(?:option|place|spot|good place|good spot) (?:for|to commit) suicide\b`,
        String.raw`\b(?:so that|until|till|to the point (?:that|where)|where|that) (?:no one|nobody|noone|they|the paramedics|doctors) (?:can|could|will|would|would be able to) (?:resuscitate|revive|save) me\b`,
      ],
      ignore: ["hypothetical", "topic"],
      matches: [
        "i need an effective and painless method, please",
        "how easy is it to die by drugs",
        "is that bridge still an option for suicide",
        "how long until nobody can revive me",
      ],
      ignores: [
        "what is a painless way to tell my therapist i want to stop",
        "is there an effective method to stop procrastinating",
        "just lock him up, death is an easy way out",
      ],
    },
    {
      id: "plans-and-means/mixing-a-poison",
      rationale:
        "Mixing a poison. About to mix household chemicals or a cocktail of pills, or asking which to mix to make a toxic gas (VERA-MH Q4: preparatory actions, method questions; Q13: access to means). A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).",
      who: "self",
      phrases: [
        String.raw`\b(?:about to|going to|gonna|want to|planning to) (?:make|mix|drink|take) (?:a |my )?(?:cocktail|mix|mixture) of (?:cleaning|bleach|chemicals|pills|meds|tablets|everything)\b`,
        String.raw`\bwhich (?:cleaning )?(?:products|chemicals) (?:can|could|do i|should i) (?:be )?mix(?:ed)? to (?:make|create|get|produce) (?:a )?(?:toxic|poisonous|deadly|lethal|hydrogen sulfide|chlorine)\b`,
      ],
      ignore: ["hypothetical", "topic"],
      matches: ["lying on the floor about to make a cocktail of cleaning stuff", "which chemicals can be mixed to make a toxic gas"],
      ignores: ["which cleaning products should never be mixed", "about to make a cocktail of gin and tonic"],
    },
    {
      id: "plans-and-means/names-the-day-they-set",
      rationale:
        'Names the day they set. A day chosen and said as settled, with nothing else to explain it ("saturday is the day i set"): a plan\'s timing (VERA-MH Q6: plan, timing and intent). A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).',
      who: "self",
      phrases: [
        String.raw`\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the \d+(?:st|nd|rd|th)?) is the (?:day|night|date) i (?:set|chose|picked|decided on)(?= *$)`,
      ],
      matches: ["friday is the day i picked. i am so tired"],
      ignores: ["friday is the day i picked for the party", "saturday is the date i set for the wedding"],
    },
    {
      id: "plans-and-means/who-will-find-the-body",
      rationale:
        'Who will find the body. Thinking about who will find them after, or a lethal chemical bought ("someone will have to find my body", "i ordered sodium nitrite"): a plan\'s aftermath and its means (VERA-MH Q6, Q13: plan and access to means). A plan, preparations, a goodbye or method-seeking (VERA-MH Q4: preparatory actions, method questions asked in distress; Q13: plan, intent and access to means).',
      who: "self",
      phrases: [
        String.raw`\b(?:someone|somebody|who|they|my (?:\w+ )?\w+) (?:will|would|is going to|are going to|has to|have to|will have to|would have to) (?:be the one to |be the ones to )?find my (?:body|corpse)\b`,
        String.raw`\b(?:bought|ordered|got|have|received) (?:some |the )?sodium nitrite\b`,
      ],
      ignore: ["hypothetical"],
      matches: ["i don't want my mum to be the one who has to... someone will have to find my body", "i ordered sodium nitrite. it came today"],
      ignores: ["we will find my body pillow later", "i got sn for my birthday", "i just bought sn"],
    },
  ],
};
