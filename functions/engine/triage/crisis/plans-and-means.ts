import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup, messagePattern } from "../cue.ts";
import { AWAY, DISTRESS, NOT_AWAY } from "./conditions.ts";

/** Method-seeking counts whatever the framing ("asking for a friend", "for a story"): VERA-MH reads it as the writer's risk. */
const ALWAYS = { ignore: ["negation", "past", "hypothetical", "topic"] } as const;

/** A reason for giving things away that is not a farewell. */
const NO_OTHER_REASON = /^(?![\s\S]*\b(?:moving|move|moved|declutter|decluttering|donate|donating|charity|minimalis[mt]|outgrown|spring clean|downsiz|selling|sold|new (?:flat|house|place|home)|marie kondo)\b)/;
/** A farewell, then silence: a person who said goodbye and cannot be reached. */
const SILENCE_AFTER = messagePattern(String.raw`^(?=[\s\S]*\b{UNREACHABLE})(?![\s\S]*${AWAY})`);

/** Plans, preparations, goodbyes and method-seeking. */
export const plansAndMeans: CueGroup<CrisisReason> = {
  name: "plans and means",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue("has a plan", "subject", String.raw`\b(?:have|has|had|got|made|making|worked out) (?:a|the|my|his|her|their) plan\b(?! (?:for|to|about|with|on|in place|of action|b)\b)`, {
      needs: /\b(?:kill|die|suicid|end (?:it|my life|things)|do it|going to|overdose|jump|not be here|a date|the date|someone (?:to|should) know|goodbye|sorry|tonight|this weekend)\b/,
    }),
    cue("a plan and a time", "subject", String.raw`\b(?:have|has|got|made|there is) (?:a|the|my|his|her|their) plan and (?:a|the) (?:date|day|time|place)\b|\b(?:have|has|got) (?:it|everything) (?:all )?(?:planned|figured|worked|sorted) out\b(?=[^.]{0,40}\bit (?:is|will be) (?:happening|going to happen|on)\b)`),
    cue("plans not to be around", "subject", String.raw`\bnot (?:planning|going|expecting|intending|planning) (?:on|to) (?:be|being|stay|staying) (?:around|here|alive)\b(?! (?:when|while|for the|at the|during|in the)\b)(?= *$| (?:after|past|beyond|much longer|for long|anymore|next|by|this|tomorrow|by then)\b)`, { needs: NOT_AWAY }),
    cue("plan to kill themself", "subject", String.raw`\bplan (?:to|for how to|of how to) (?:kill|end|die|do it|take (?:my|his|her|their) life)\b|\bmy plan (?:is|was) to (?:do it|kill|end|die|jump|overdose|take)\b`),
    cue("said goodbye, with the means or silence", "subject", String.raw`\b(?:sent|texted|posted|said|messaged) (?:me |us |everyone )?(?:a |his |her |their )?(?:goodbye|bye|farewell)\b`, {
      needs: /\b(?:pills|tablets|rope|noose|gun|knife|blades?|bridge|not answering|is not answering|will not answer|stopped answering|no answer|last message)\b/,
    }),
    cue("a farewell, then silence", "subject", String.raw`\b(?:goodbye|bye|farewell|i love you,? (?:and )?i am sorry|i am sorry,? i love you|sorry for everything|love you all|thank you for everything|take care of (?:mum|mom|dad|the kids|my|each other|yourself|yourselves|everyone))\b`, { needs: SILENCE_AFTER }),
    cue("goodbye note", "subject", String.raw`\b(?:suicide|goodbye|farewell|final) (?:note|notes|letter|letters|message|messages|text|texts|video|post)\b`),
    cue("letters to be read later", "subject", String.raw`\b(?:wrote|written|writing|write|left|leaving|finished) {W}{0,2}(?:letters|notes|a letter|a note) (?:to|for) (?:everyone|everybody|all|them|my (?:family|kids|children|parents|mum|mom|dad|friends|partner|wife|husband|sister|brother|son|daughter))\b|\b(?:letter|letters|note|notes) (?:she|he|they|you|everyone) (?:is|are) (?:supposed|meant) to (?:open|read) (?:later|after|when)\b`),
    cue("giving possessions away", "match", String.raw`\b(?:giving|gave|give|given) away (?:my|all my|all of my|some of my|most of my|his|her|their|all his|all her) (?:stuff|things|belongings|possessions|pets?|clothes|books|games)\b|\b(?:giving|gave|give|given) (?:my|all my|all of my|most of my|his|her|their) (?:stuff|things|belongings|possessions|pets?|clothes|books|games|favourite things|favorite things|\w+ collection) away\b`, { needs: NO_OTHER_REASON }),
    cue("last message", "subject", String.raw`\b(?:this is|this will be|that was|it is) (?:probably |likely |maybe |prob |going to be |gonna be )?(?:my|the) (?:last|final) (?:message|post|time|goodbye|night|text)\b(?! (?:before|for|until|till|of the|at|in|on)\b)|\b(?:last|final) time (?:you|anyone) (?:will )?(?:hear|see) from me\b|\btonight is the night\b`),
    cue("saying goodbye to everyone", "subject", String.raw`\b(?:goodbye|bye) (?:everyone|everybody|world|forever|all)\b(?! (?:see|until|for now|have|talk|till|back))|\bsaying goodbye to everyone\b|\b(?:goodbye|bye)$`, {
      needs: /\b(?:sorry for everything|love you all|thank you (?:all )?for everything|take care of|last message|goodbye (?:everyone|world|forever)|saying goodbye to everyone)\b/,
    }),
    cue("has picked a time or place", "subject", String.raw`\b(?:picked|chosen|set|have) (?:a|the) (?:date|day|time|spot|place)(?= *$)`),
    cue("has decided how and when", "subject", String.raw`\b(?:decided|know|knows|figured out|worked out|planned|picked) (?:exactly )?(?:how|when|where) and (?:how|when|where)(?= *$| i am going to| to do it| i will)`),
    cue("wrote their note", "match", String.raw`\b(?:wrote|written|writing|finished|left) my (?:final |last )?(?:note|letter)(?= *$)`),
    cue("rehoming dependants", "match", String.raw`\b(?:gave|giving|give|given|rehomed|rehoming|found a home for) (?:away )?my (?:cat|dog|pets?|rabbit|bird|hamster|fish|snake)\b|\bso (?:she|he|it|they) (?:will|would) be (?:looked after|taken care of|cared for) (?:when|after|once) i\b`),
    cue("means ready", "match", String.raw`\b(?:razor|razors|blades?|rope|noose|pills|tablets|meds|gun|knife|knives) (?:are |is )?(?:ready|next to me|in front of me|in my hand|lined up)\b|\b(?:have|got) (?:the|my) (?:razor blades|blades|razor|rope|noose|pills|gun|knife) (?:ready|here|with me|out)\b`),
    cue("knows how they would do it", "subject", String.raw`\b(?:know|knows|figured out|worked out) (?:exactly )?(?:how|where|when) (?:i|he|she|they) (?:would|will|am going to|is going to|are going to|want to) do it\b`),
    cue("has everything ready", "subject", String.raw`\b(?:have|has|got) everything (?:ready|planned|sorted|in place|prepared)\b|\b(?:have|has|got) everything (?:i|he|she|they) (?:need|needs) to (?:end it|do it|die)\b`),
    cue("at a height, drawn to fall", "subject", String.raw`\b{HIGH_PLACE}\b[^.]{0,60}?\b(?:think|thinking|thought|imagine|imagining|want|wanting|tempted|urge|picture|picturing) (?:about |of )?(?:just )?(?:jumping|falling|leaning over|letting go|going over|stepping off|climbing over|tipping over|throwing myself)\b`),
    cue("at a high place", "subject", String.raw`\b(?:standing|sitting|am) on (?:the|a) (?:edge of (?:a|the) )?(?:bridge|ledge|roof|edge|overpass|cliff|balcony railing)\b`),
    cue("using a weapon on themself", "self", String.raw`\b(?:use|using|used) (?:it|them|that|the gun|a gun|the knife|a knife|the rope|the pills) on myself\b`),
    cue("shut away with the means", "match", String.raw`\b(?:locked|shut|barricaded) (?:myself|himself|herself|themselves) in\b[^.]{0,30}\bwith (?:a |the |some |my |his |her )?(?:razor|razors|blade|blades|knife|pills|rope|gun)\b`),
    cue("a noose", "subject", String.raw`\bnoose\b|\btie (?:a|the) (?:noose|rope)\b`, ALWAYS),
    cue("has a rope", "subject", String.raw`\b(?:bought|got|ordered|have|found|tied|made) (?:a |the )?(?:rope|noose)\b(?! (?:for|to (?:tie|hang (?:up|the|my))|swing|ladder))`),
    cue("asks how much is lethal", "self", String.raw`\bhow (?:many|much) [^.?!]{0,40}?(?:to die|to kill|would kill|will kill|could kill|does it take to die|would it take to die|(?:would|will|could|is|be) (?:be )?(?:lethal|fatal|deadly)|to overdose|to od|to not wake up|before (?:i|you|someone|a person) (?:die|dies)|kills you|to end it)\b`, ALWAYS),
    cue("asks whether it is enough to die", "self", String.raw`\benough to (?:die|kill (?:me|myself|you|someone|a person)|be fatal|be lethal|end it)\b`, ALWAYS),
    cue("counts how many it would take", "self", String.raw`\bhow (?:many|much) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|sleeping pills|painkillers) (?:it )?(?:would|will|does|did) (?:it )?take\b|\bhow (?:many|much) (?:it )?would (?:it )?take\b`, ALWAYS),
    cue("asks for a lethal dose", "self", String.raw`\b(?:lethal|fatal|deadly) (?:dose|doses|amount|quantity|dosage)\b`, ALWAYS),
    cue("asks for the easiest way to die", "self", String.raw`\b(?:painless|painlessly|quickest|fastest|easiest|surest|best|most reliable|reliable|quietest|simplest|cleanest|least painful|most effective|quick|easy) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill (?:myself|yourself|oneself|someone|themselves)|killing (?:myself|yourself|oneself)|end (?:it|my life|your life|a life|things)|commit suicide|suicide|go|not wake up|overdose)\b`, ALWAYS),
    cue("asks how to kill oneself", "self", String.raw`\b(?:ways|methods|how|where) to (?:kill (?:myself|yourself|oneself)|commit suicide|end (?:my|your) life|hang (?:myself|yourself)|die)\b(?! (?:in (?:minecraft|a game|the game|games)|of laughter|laughing))|\bsuicide (?:methods|method|techniques)\b`, ALWAYS),
    cue("asks for a high place, in distress", "self", String.raw`\b(?:highest|tallest) {HIGH_PLACE}\b(?= (?:in|around|near) (?:the |my |this )?(?:city|town|area|here|village|county|state|country|\w+ city)\b)`, { ...ALWAYS, needs: DISTRESS }),
    cue("asks for a high place nearby", "self", String.raw`\b(?:highest|tallest|closest|nearest) (?:bridge|building|cliff|roof|car park|parking garage|tower|overpass)\b(?= (?:near|around|close to|in) (?:me|here|my (?:area|town|city))| (?:nearby|to jump|i can (?:get|go|jump))\b)|\b(?:bridge|building|cliff|roof|car park|parking garage|tower|overpass)s? (?:near|around|close to) me\b(?=[^.]{0,40}\b(?:high|tall|jump|fall|drop)\b)`, ALWAYS),
    cue("asks what it would take not to survive", "self", String.raw`\b(?:how (?:high|tall|far|deep|long|many|much|big)|which (?:floor|storey|story|bridge|building|height|pills?|drugs?|meds|tablets)|what (?:height|floor|storey|dose|amount))\b[^.?!]{0,60}?(?:\b(?:not|never|to not|would not|will not|do not|does not|can not|could not) (?:survive|wake up|make it)\b|\b(?:to|and|you|i|someone|they|a person) (?:would |will |could |definitely |surely |actually |certainly |for sure )*(?:die|be dead|not survive|kill (?:you|me|someone|a person|yourself|myself))\b|\b(?:is|be|are) (?:fatal|lethal|deadly)\b|\bguaranteed\b)`, ALWAYS),
    cue("asks whether a method hurts or works", "self", String.raw`\b(?:overdose|overdosing|overdoses|hanging|drowning|bleeding out|slitting|jumping off|jumping from|suffocating|carbon monoxide)\b(?! in\b)[^.?!]{0,30}\b(?:hurt|hurts|painful|painless|quick|quickly|fast|(?:would|will|does|do|actually) work|works best|feel like|guaranteed)\b|\b(?:which|what) (?:pills?|drugs?|meds|medication|tablets|method|methods|way|poison)\b[^.?!]{0,30}\b(?:would|will|works?|best|fastest|quickest|most effective|painless)\b(?=[^.?!]{0,40}\b(?:die|dying|kill|suicide|end it|not wake up|overdose)\b)|\b(?:want(?:s|ed)? to die|wanted to end it)\b[^.?!]{0,40}\b(?:which|what) (?:pills?|drugs?|meds|medication|tablets|method|methods|way|poison)\b`, ALWAYS),
    cue("asks what a whole bottle does", "self", String.raw`\bwhat (?:happens|would happen) (?:if|when) (?:you|i|someone|a person) (?:take|takes|took|swallow|swallows|swallowed|drink|drinks) (?:a |an |the )?(?:whole |entire |full )?(?:bottle|pack|packet|box|handful|lot|bunch|load|strip|[1-9][0-9]+)\b`, ALWAYS),
    cue("asks how long dying takes", "self", String.raw`\bhow long (?:does it|would it|will it|do you) (?:take )?(?:to )?(?:die|bleed out|suffocate|drown|lose consciousness)\b`, ALWAYS),
    cue("asks how to do it without pain", "self", String.raw`\bhow (?:would|could|do|can) (?:they|i|you|someone|one) do it without (?:it )?(?:hurting|pain)\b|\bdie (?:painlessly|without pain)\b`, ALWAYS),
    cue("asks whether something would kill", "self", String.raw`\b(?:can|could|would|will) (?:you|i|someone|a person) die (?:from|of|if (?:you|i) take) (?:taking|too many|an overdose|\w+ pills|[1-9][0-9]+)\b|\bwould (?:it|that) kill (?:me|someone|you)\b`, ALWAYS),
    cue("asks where to get the means", "self", String.raw`\b(?:how|where) (?:do|can|could) (?:i|you|someone) (?:get|buy|find) (?:a gun|a rope|a noose|enough pills|something to end it)\b`, ALWAYS),
  ],
};
