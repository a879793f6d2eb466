import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup, messagePattern } from "../cue.ts";
import { AWAY, DISTRESS, NOT_AWAY } from "./conditions.ts";

/** Method-seeking counts whatever the framing ("asking for a friend", "for a story"): VERA-MH reads it as the writer's risk. */
const ALWAYS = { ignore: ["negation", "past", "hypothetical", "topic"] } as const;

/** A reason for giving things away that is not a farewell. */
const NO_OTHER_REASON = /^(?![\s\S]*\b(?:moving|move|moved|declutter|decluttering|donate|donating|charity|minimalis[mt]|outgrown|spring clean|downsiz|selling|sold|new (?:flat|house|place|home)|marie kondo)\b)/;
/** A farewell, then silence: a person who said goodbye and cannot be reached. */
const SILENCE_AFTER = messagePattern(String.raw`^(?=[\s\S]*\b{UNREACHABLE})(?![\s\S]*${AWAY})`);

/** Means in hand that are meant for someone else are a threat, not a plan ("a knife in my hand, i could kill him"). */
const NOT_AIMED_AT_OTHERS = /^(?![\s\S]*\b(?:kill|stab|hurt|shoot|cut) (?:him|her|them|someone|somebody|my (?:dad|mum|mom|stepdad|brother|sister|boss|ex|husband|wife|boyfriend|girlfriend|partner))\b)/;

/** Tablets bought for an illness or a household are not a stockpile. */
const NOT_FOR_ILLNESS = /^(?![\s\S]*\b(?:flu|cold|colds|headache|headaches|migraine|period|cramps|fever|toothache|first aid|for (?:my|our|the) (?:family|kids|children|house|office|cupboard))\b)/;

/** Plans, preparations, goodbyes and method-seeking. */
export const plansAndMeans: CueGroup<CrisisReason> = {
  name: "plans and means",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    // has a plan
    cue("subject", String.raw`\b(?:have|has|had|got|made|making|worked out) (?:a|the|my|his|her|their) plan\b(?! (?:for|to|about|with|on|in place|of action|b)\b)`, {
      needs: /\b(?:kill|die|suicid|end (?:it|my life|things)|do it|going to|overdose|jump|not be here|a date|the date|someone (?:to|should) know|goodbye|sorry|tonight|this weekend)\b/,
    }),
    // a plan and a time
    cue("subject", String.raw`\b(?:have|has|got|made|there is) (?:a|the|my|his|her|their) plan and (?:a|the) (?:date|day|time|place)\b|\b(?:have|has|got) (?:it|everything) (?:all )?(?:planned|figured|worked|sorted) out\b(?=[^.]{0,40}\bit (?:is|will be) (?:happening|going to happen|on)\b)`),
    // plans not to be around
    cue("subject", String.raw`\bnot (?:planning|going|expecting|intending|planning) (?:on|to) (?:be|being|stay|staying) (?:around|here|alive)\b(?! (?:when|while|for the|at the|during|in the)\b)(?= *$| (?:after|past|beyond|much longer|for long|anymore|by then)\b)`, { needs: NOT_AWAY }),
    // plan to kill themself
    cue("subject", String.raw`\bplan (?:to|for how to|of how to) (?:kill|end|die|do it|take (?:my|his|her|their) life)\b|\bmy plan (?:is|was) to (?:do it|kill|end|die|jump|overdose|take)\b`),
    // said goodbye, with the means or silence
    cue("subject", String.raw`\b(?:sent|texted|posted|said|messaged) (?:me |us |everyone )?(?:a |his |her |their )?(?:goodbye|bye|farewell)\b`, {
      needs: /\b(?:pills|tablets|rope|noose|gun|knife|blades?|bridge|not answering|is not answering|will not answer|stopped answering|no answer|last message)\b/,
    }),
    // sent their own goodbye, then silence
    cue("self", String.raw`\bi (?:messaged|texted|sent|wrote|said|told|called) (?:my \w+ |him |her |them |everyone |my family |all my friends )?(?:a )?(?:goodbye|bye|farewell)\b`, { needs: SILENCE_AFTER }),
    // a farewell, then silence
    cue("subject", String.raw`\b(?:goodbye|bye|farewell|i love you,? (?:and )?i am sorry|i am sorry,? i love you|(?:he|she|they) (?:is|was|are|were) sorry and (?:he|she|they) (?:loves?|loved) (?:me|us|you)|(?:he|she|they) (?:loves?|loved) (?:me|us|you) and (?:he|she|they) (?:is|was|are|were) sorry|sorry for everything|love you all|(?:thank you|thanks) for everything|thanks for the memories|take care of (?:mum|mom|dad|the kids|my|each other|yourself|yourselves|everyone)|(?:finally|soon) (?:going to be |gonna be |be |will be )?(?:free|at peace|at rest)|(?:he|she|they) (?:has|had|have) (?:pills|tablets|a knife|a razor|a gun|a rope|blades))\b`, { needs: SILENCE_AFTER, ignore: ["topic"] }),
    // giving things away, no longer needed
    cue("match", String.raw`\b(?:giving|gave|give|given) (?:away )?(?:my|his|her|their|all (?:my|his|her|their)) \w+(?: \w+)?(?: away)?\b`, {
      needs: /\b(?:will not|would not|is not going to|am not going to|are not going to|does not|do not) (?:need|be needing|use) (?:them|it|these|those|any of (?:it|them))(?: (?:anymore|any more|where (?:i am|he is|she is|they are) going|much longer|soon))?(?= *$| *,| and| but| so)/,
    }),
    // goodbye note
    cue("subject", String.raw`\b(?:suicide|goodbye|farewell|final) (?:note|notes|letter|letters|message|messages|text|texts|video|post)\b(?! (?:exercise|activity|assignment|prompt|template|in (?:group|therapy|class))\b| (?:to (?:my )?(?:old|younger|former|past|future|inner|teenage|child) (?:self|me)|as (?:a|an|part of) (?:therapy )?(?:exercise|homework|assignment)|for (?:therapy|class|school|homework|my therapist)))`),
    // letters to be read later
    cue("subject", String.raw`\b(?:wrote|written|writing|write|left|leaving|finished) {W}{0,2}(?:letters|notes|a letter|a note) (?:to|for) (?:everyone|everybody|all|them|my (?:family|kids|children|parents|mum|mom|dad|friends|partner|wife|husband|sister|brother|son|daughter))\b|\b(?:letter|letters|note|notes) (?:she|he|they|you|everyone) (?:is|are) (?:supposed|meant) to (?:open|read) (?:later|after|when)\b`),
    // giving possessions away
    cue("match", String.raw`\b(?:giving|gave|give|given) away (?:my|all my|all of my|some of my|most of my|his|her|their|all his|all her) (?:stuff|things|belongings|possessions|pets?|clothes|books|games)\b|\b(?:giving|gave|give|given) (?:my|all my|all of my|most of my|his|her|their) (?:stuff|things|belongings|possessions|pets?|clothes|books|games|favourite things|favorite things|\w+ collection) away\b`, { needs: NO_OTHER_REASON }),
    // last message
    cue("subject", String.raw`\b(?:this is|this will be|that was|it is) (?:probably |likely |maybe |prob |going to be |gonna be )?(?:my|the) (?:last|final) (?:message|post|time|goodbye|night|text|week|day|weekend|month|christmas|birthday)\b(?! (?:before|for|until|till|of the|at|in|on)\b)|\b(?:last|final) time (?:you|anyone) (?:will )?(?:hear|see) from me\b|\btonight is the night\b`),
    // saying goodbye to everyone
    cue("subject", String.raw`\b(?:goodbye|bye) (?:everyone|everybody|world|forever|all)\b(?! (?:see|until|for now|have|talk|till|back))|\bsaying goodbye to everyone\b|\b(?:goodbye|bye)$`, {
      needs: /\b(?:sorry for everything|love you all|thank you (?:all )?for everything|take care of|last message|goodbye (?:everyone|world|forever)|saying goodbye to everyone)\b/,
    }),
    // has picked a time or place
    cue("subject", String.raw`\b(?:picked|chosen|set|have) (?:a|the) (?:date|day|time|spot|place)(?= *$)`),
    // has decided how and when
    cue("subject", String.raw`\b(?:decided|know|knows|figured out|worked out|planned|picked) (?:exactly )?(?:how|when|where) and (?:how|when|where)(?= *$| i am going to| to do it| i will)`),
    // wrote their note
    cue("match", String.raw`\b(?:wrote|written|writing|finished|left) my (?:final |last )?(?:note|letter)(?= *$)`),
    // rehoming dependants
    cue("match", String.raw`\b(?:gave|giving|give|given|rehomed|rehoming|found a home for) (?:away )?my (?:cat|dog|pets?|rabbit|bird|hamster|fish|snake)\b|\bso (?:she|he|it|they) (?:will|would) be (?:looked after|taken care of|cared for) (?:when|after|once) i\b`),
    // the means as the answer
    cue("subject", String.raw`\bonly (?:thing|answer|way|option|solution)\b[^.]{0,40}?\b(?:is|are) (?:my|the|a|his|her) (?:service )?(?:pistol|gun|rifle|shotgun|rope|noose|pills|tablets|razor|bridge)\b`),
    // a blade or gun held to the body
    cue("subject", String.raw`\b(?:put|putting|hold|holding|held|press|pressing|pressed) (?:the|a|my|his|her) (?:knife|blade|razor|gun|pistol|shotgun) (?:to|against) (?:my|his|her|their) (?:wrist|wrists|throat|neck|head|arm|arms|skin|temple|chest)\b`),
    // the means at hand, after a loss
    cue("subject", String.raw`\b(?:there is|i have|i have got|i got|there are) (?:a|the|my|some) (?:rope|noose|gun|shotgun|rifle|pistol) (?:in|under|at|by|ready)\b`, { needs: DISTRESS }),
    // means ready
    cue("match", String.raw`\b(?:razor|razors|blades?|rope|noose|pills|tablets|meds|gun|knife|knives) (?:are |is )?(?:ready|next to me|in front of me|in my hand|lined up|counted|counted out|laid out|set out|on the table|on my desk|on my bed)\b|\b(?:have|got) (?:the|my) (?:razor blades|blades|razor|rope|noose|pills|gun|knife) (?:ready|here|with me|out)\b`, { needs: NOT_AIMED_AT_OTHERS }),
    // knows how they would do it
    cue("subject", String.raw`\b(?:know|knows|figured out|worked out) (?:exactly )?(?:how|where|when) (?:i|he|she|they) (?:would|will|am going to|is going to|are going to|want to) do it\b`),
    // has everything ready
    cue("subject", String.raw`\b(?:have|has|got) everything (?:ready|planned|sorted|in place|prepared)\b|\b(?:have|has|got) everything (?:i|he|she|they) (?:need|needs) to (?:end it|do it|die)\b`),
    // at a height, drawn to fall
    cue("subject", String.raw`\b{HIGH_PLACE}\b[^.]{0,60}?\b(?:think|thinking|thought|imagine|imagining|want|wanting|tempted|urge|picture|picturing) (?:about |of |to )?(?:just )?(?:jumping|falling|leaning over|letting go|going over|stepping off|climbing over|tipping over|throwing myself|jump|fall|lean over|let go|step off|climb over|throw myself)\b`),
    // at the edge, again and again
    cue("subject", String.raw`\b(?:standing|stood|sitting|stand|sit) (?:at|on|near) the edge of (?:the|a) (?:platform|roof|bridge|cliff|building|balcony|tracks|car park)\b`, {
      needs: /\b(?:a lot|lately|again|every (?:day|night|morning)|tonight|thinking|urge|jump|wondering)\b/,
    }),
    // wonders if it is deep enough
    cue("subject", String.raw`\bwonder(?:ing)? (?:if|whether) (?:it|the water|the river|the drop|the fall|that|the bridge|the building|the sea) (?:is|would be|was) (?:deep|high|tall|far|cold|fast) enough\b`),
    // at a high place
    cue("subject", String.raw`\b(?:standing|sitting|am) on (?:the|a) (?:edge of (?:a|the) )?(?:bridge|ledge|roof|edge|overpass|cliff|balcony railing)\b`),
    // up high and will not come down
    cue("subject", String.raw`\b(?:is|are|am|has climbed|climbed|gone|went) (?:up )?(?:on|onto|on top of) (?:the|a) (?:edge of (?:a|the) )?(?:roof|bridge|ledge|cliff|overpass|railing|balcony)\b`, {
      needs: /\b(?:will not come down|refuses to come down|not coming down|jump|threatening|goodbye|not answering|crying|scared)\b/,
    }),
    // at the tracks as a train comes
    cue("subject", String.raw`\b(?:i am|standing|sitting|waiting|am) (?:on|at|by|near) (?:the )?(?:train |tube )?(?:platform|tracks|railway|level crossing|railway line)\b`, {
      needs: /\b(?:next (?:express|fast train|non stop)|not stopping|jump|edge|goodbye|sorry|step off|step in front)\b/,
    }),
    // buys tablets in quantity
    cue("subject", String.raw`\b(?:bought|buying|buy|got|getting|stocked up on|picked up) (?:a lot of|lots of|loads of|a load of|several|multiple|extra|so many|\d+ (?:packs|boxes|packets) of|(?:packs|boxes|packets) of) (?:paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|painkillers|pills|tablets|sleeping pills|codeine)\b|\b(?:paracetamol|tylenol|painkillers|pills|tablets)\b[^.]{0,30}\b(?:from|at) (?:different|several|multiple|two|three|four|a few) (?:shops|stores|pharmacies|chemists|places)\b`, { needs: NOT_FOR_ILLNESS }),
    // has decided how, or when
    cue("subject", String.raw`\b(?:i have |i )?decided (?:how|when|where)(?= *$)|\bi (?:think i )?know (?:what it is|what i (?:have|need) to do)(?= *$)`, { needs: /\b(?:decided|only (?:one )?way out|calm|ready|goodbye|plan)\b/ }),
    // affairs put in order
    cue("subject", String.raw`\b(?:put|putting|got|getting|sorted|sorting) my affairs in order\b`, {
      needs: /^(?![\s\S]*\b(?:surgery|operation|hospital|baby|pregnan|moving|travel|trip|retire|retirement|divorce|diagnos|treatment|chemo|deployment|posted abroad)\b)/,
    }),
    // using a weapon on themself
    cue("self", String.raw`\b(?:use|using|used) (?:it|them|that|the gun|a gun|the knife|a knife|the rope|the pills) on myself\b`),
    // sits for a long time with the means
    cue("match", String.raw`\b(?:sat|sitting|sit|lay|lying|laying|stood|standing) (?:[a-z']+ ){0,5}?(?:with|holding) (?:a|the|my|his|her) (?:razor|razors|razor blade|blade|blades|noose|rope|pills|bottle of pills|gun|pistol)\b(?=[^.,]{0,20}\b(?:for (?:an hour|hours|ages|a while|a long time|half an hour|the whole night)|staring|thinking|crying|again|all night)\b)`, { needs: NOT_AIMED_AT_OTHERS }),
    // staring at the means
    cue("match", String.raw`\b(?:keep|kept|been|sit|sat|sitting|always|catch myself) (?:staring|stared|gazing) at (?:the|my|his|her|those|these) (?:pills|tablets|meds|rope|razor|razors|blades?|gun|noose)\b(?! (?:that )?(?:my|the) (?:doctor|gp|psychiatrist|pharmacist)| (?:i was|i got|i have been|he|she) prescribed)`, { needs: NOT_AIMED_AT_OTHERS }),
    // knows which place
    cue("subject", String.raw`\b(?:i|he|she|they) (?:already )?(?:know|knows|have picked|has picked|picked|have chosen|has chosen|chose) (?:exactly )?which (?:bridge|building|cliff|rooftop|roof|car park|overpass|tracks|train|tree|pills)(?= *$| *,| already| and (?:i|he|she|they) (?:think|keep|go|drive|walk))`),
    // shut away with the means
    cue("match", String.raw`\b(?:locked|shut|barricaded) (?:myself|himself|herself|themselves) in\b[^.]{0,30}\bwith (?:a |the |some |my |his |her |(?:my |his |her )?\w+'s )?(?:razor|razors|blade|blades|knife|pills|rope|gun)\b`),
    // a noose
    cue("subject", String.raw`\bnoose\b|\btie (?:a|the) (?:noose|rope)\b`, ALWAYS),
    // has a rope
    cue("subject", String.raw`\b(?:bought|got|ordered|have|found|tied|made) (?:a |the )?(?:rope|noose)\b(?! (?:for|to (?:tie|hang (?:up|the|my))|swing|ladder))`),
    // asks how much is lethal
    cue("self", String.raw`\bhow (?:many|much) [^.?!]{0,40}?(?:to die|to kill|would kill|will kill|could kill|does it take to die|would it take to die|(?:would|will|could|is|be) (?:be )?(?:lethal|fatal|deadly)|to overdose|to od|to not wake up|before (?:i|you|someone|a person) (?:die|dies)|kills you|to end it)\b`, ALWAYS),
    // asks whether a method is enough
    cue("self", String.raw`\b(?:is|would|will|are|was) (?:jumping|falling|a fall|a jump|hanging|drowning|overdosing|cutting|\d+ (?:pills|tablets|of them)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:floors?|storeys?|stories))\b[^.?!]{0,30}\b(?:enough|high enough|fatal|lethal|survivable|instant)\b|\bhow (?:much|many)\b[^.?!]{0,40}\b(?:would|will|is|are|be) (?:be )?enough\b(?! (?:for|to (?:treat|help|work|sleep|calm)))|\b(?:jump|jumping|fall|falling) (?:from|off) (?:the |a )?(?:\d+(?:st|nd|rd|th)?|[a-z]+(?:th|st|nd|rd)|top|highest) (?:floor|storey|story)\b(?=[^.?!]{0,40}\b(?:enough|survive|die|dead|fatal|instant|quick|hurt)\b)`, { ...ALWAYS, needs: /\b(?:pills|tablets|meds|insulin|dose|jump|jumping|fall|falling|floor|storey|story|hanging|drowning|overdos|cutting|die|dying|dead|kill)/ }),
    // asks how to hang a person
    cue("self", String.raw`\bhang(?:ing)?\b[^.?!]{0,40}?\b(?:a person|someone|a body|a human|myself|my weight|my own weight|a grown (?:man|woman|adult))\b`, ALWAYS),
    // asks whether it is enough to die
    cue("self", String.raw`\benough to (?:die|kill (?:me|myself|you|someone|a person)|be fatal|be lethal|end it)\b`, ALWAYS),
    // counts how many it would take
    cue("self", String.raw`\bhow (?:many|much) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|sleeping pills|painkillers) (?:it )?(?:would|will|does|did) (?:it )?take\b|\bhow (?:many|much) (?:it )?would (?:it )?take\b`, ALWAYS),
    // asks for a lethal dose
    cue("self", String.raw`\b(?:lethal|fatal|deadly) (?:dose|doses|amount|quantity|dosage)\b`, ALWAYS),
    // asks for the easiest way to die
    cue("self", String.raw`\b(?:painless|painlessly|quickest|fastest|easiest|surest|best|most reliable|reliable|quietest|simplest|cleanest|least painful|most effective|quick|easy) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill (?:myself|yourself|oneself|someone|themselves)|killing (?:myself|yourself|oneself)|end (?:it|my life|your life|a life|things)|commit suicide|suicide|go|not wake up|overdose)\b`, ALWAYS),
    // asks how to kill oneself
    cue("self", String.raw`\b(?:ways|methods|how|where) to (?:kill (?:myself|yourself|oneself|himself|herself|themselves)|commit suicide|end (?:my|your) life|hang (?:myself|yourself)|die)\b(?! (?:in (?:minecraft|a game|the game|games)|of laughter|laughing))|\bsuicide (?:methods|method|techniques)\b`, ALWAYS),
    // asks whether they could overdose on what they have
    cue("self", String.raw`\bcan (?:you|i|someone|a person) (?:overdose|od|die) (?:on|from)\b`, { ...ALWAYS, needs: /\b(?:i have|i have got|i got|full bottle|whole bottle|a lot of|enough|right here|next to me)\b/ }),
    // asks about access to a height, in distress
    cue("self", String.raw`\b(?:bridge|cliffs?|tower|viaduct|overpass|car park|multi storey|rooftop|roof)\b[^.?!]{0,30}\b(?:open to|access|get (?:to|up|onto|on)|walk (?:on|across)|fence|barrier|nets?)\b|\b(?:open to|access to|get (?:to|up|onto|on)|walk (?:on|across)|fence on|barrier on|nets on)\b[^.?!]{0,30}\b(?:bridge|cliffs?|tower|viaduct|overpass|car park|rooftop|roof)\b`, { ...ALWAYS, needs: DISTRESS }),
    // asks for a high place, in distress
    cue("self", String.raw`\b(?:highest|tallest) {HIGH_PLACE}\b(?= (?:in|around|near) (?:the |my |this )?\w+)`, { ...ALWAYS, needs: DISTRESS }),
    // asks for a high place nearby
    cue("self", String.raw`\b(?:highest|tallest|closest|nearest) (?:bridge|building|cliff|roof|car park|parking garage|tower|overpass)\b(?= (?:near|around|close to|in) (?:me|here|my (?:area|town|city))| (?:nearby|to jump|i can (?:get|go|jump))\b)|\b(?:bridge|building|cliff|roof|car park|parking garage|tower|overpass)s? (?:near|around|close to) me\b(?=[^.]{0,40}\b(?:high|tall|jump|fall|drop)\b)`, ALWAYS),
    // asks what it would take not to survive
    cue("self", String.raw`\b(?:how (?:high|tall|far|deep|long|many|much|big)|which (?:floor|storey|story|bridge|building|height|pills?|drugs?|meds|tablets)|what (?:height|floor|storey|dose|amount))\b[^.?!]{0,60}?(?:\b(?:not|never|to not|would not|will not|do not|does not|can not|could not) (?:survive|wake up|make it)\b|\b(?:to|and|you|i|someone|they|a person) (?:would |will |could |definitely |surely |actually |certainly |for sure )*(?:die|be dead|not survive|kill (?:you|me|someone|a person|yourself|myself))\b|\b(?:is|be|are) (?:fatal|lethal|deadly)\b|\bguaranteed\b|\bput (?:someone|me|you|a person) to sleep (?:permanently|forever|for good)\b|\bstop (?:my|your|someone's|a person's|the) heart\b)`, ALWAYS),
    // asks whether a method hurts or works
    cue("self", String.raw`\b(?:does it|would it|will it|is it) (?:hurt|painful|quick|peaceful) (?:to|when you|if you) (?:die|bleed out|drown|hang|overdose|jump|suffocate|od)\b|\b(?:pills|overdose|hanging|jumping|drowning|cutting|a gun|shooting|gas)\b[^.?!]{0,15}\bor\b[^.?!]{0,15}\b(?:pills|overdose|hanging|jumping|drowning|cutting|a gun|shooting|gas)\b(?=[^.?!]{0,30}\b(?:quicker|faster|better|easier|less painful|more painful|more reliable|surer|work)\b)|\b(?:quicker|faster|easier|less painful|more reliable|surer)\b[^.?!]{0,15}\b(?:pills|overdose|hanging|jumping|drowning|a gun|shooting)\b[^.?!]{0,10}\bor (?:pills|overdose|hanging|jumping|drowning|a gun|shooting)\b|\b(?:drugs?|pills|poisons?|meds|medication|insulin)\b[^.]{0,60}?\b(?:hardest|harder|impossible|hard|difficult) to (?:trace|detect)\b|\b(?:overdose|overdosing|overdoses|hanging|drowning|bleeding out|slitting|jumping off|jumping from|suffocating|carbon monoxide)\b(?! in\b)[^.?!]{0,30}\b(?:hurt|hurts|painful|painless|quick|quickly|fast|(?:would|will|does|do|actually) work|works best|feel like|guaranteed)\b|\b(?:which|what) (?:pills?|drugs?|meds|medication|tablets|method|methods|way|poison)\b[^.?!]{0,30}\b(?:would|will|works?|best|fastest|quickest|most effective|painless)\b(?=[^.?!]{0,40}\b(?:die|dying|kill|suicide|end it|not wake up|overdose)\b)|\b(?:want(?:s|ed)? to die|wanted to end it)\b[^.?!]{0,40}\b(?:which|what) (?:pills?|drugs?|meds|medication|tablets|method|methods|way|poison)\b`, ALWAYS),
    // asks what a whole bottle does
    cue("self", String.raw`\bwhat (?:happens|would happen) (?:if|when) (?:you|i|someone|a person) (?:take|takes|took|swallow|swallows|swallowed|drink|drinks) (?:a |an |the )?(?:whole |entire |full )?(?:bottle|pack|packet|box|handful|lot|bunch|load|strip|[1-9][0-9]+)\b`, ALWAYS),
    // asks how long dying takes
    cue("self", String.raw`\bhow long (?:does it|would it|will it|do you) (?:take )?(?:to )?(?:die|bleed out|suffocate|drown|lose consciousness)\b|\bhow long it (?:takes|would take|will take) (?:to|for (?:you|someone|a person|me) to) (?:die|drown|bleed out|suffocate|lose consciousness|pass out)\b`, ALWAYS),
    // asks how to do it without pain
    cue("self", String.raw`\bhow (?:would|could|do|can) (?:they|i|you|someone|one) do it without (?:it )?(?:hurting|pain)\b|\bdie (?:painlessly|without pain)\b`, ALWAYS),
    // asks whether something would kill
    cue("self", String.raw`\b(?:can|could|would|will) (?:you|i|someone|a person) die (?:from|of|if (?:you|i) take) (?:taking|too many|an overdose|\w+ pills|[1-9][0-9]+)\b|\bwould (?:it|that) kill (?:me|someone|you)\b`, ALWAYS),
    // asks where to get the means
    cue("self", String.raw`\b(?:how|where) (?:do|can|could) (?:i|you|someone) (?:get|buy|find) (?:a gun|a rope|a noose|enough pills|something to end it)\b`, ALWAYS),
  ],
};
