import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";

const KILL = "(?:kill|killing|kills|killed|hang|hanging|hanged|hung|drown|drowning|suffocate|suffocating|poison|poisoning|poisoned|shoot|shooting|shot|end|ending)";
/** Wanting, intending or dwelling on something: "want to", "planning to", "can not stop thinking about", "the only thing stopping me from". */
const PRO = String.raw`(?:want|wants|wanted|wanna|wish|wishing|hope|hoping|pray|praying|plan|plans|planning|going|gonna|ready|about|tempted|decided|trying|tried|try|attempt|attempted|attempting|need|needs|deserve|deserves|urge|urges|itching) to|(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|obsessing|obsessed) (?:about|of|over)|wish (?:i|he|she|they) (?:could|would|was|were)|considering|contemplating|the only thing (?:stopping|keeping) me from|(?:so )?close to|almost|nearly`;
/** Ending "it" or "things" with nothing after that makes it a relationship or a session. */
const END_IT = String.raw`end(?:ing)? (?:it|things|everything) all\b|end(?:ing)? (?:it|things|everything)(?= *$| (?:tonight|today|soon|now|already|for good|forever|permanently|this|tomorrow|once and for all|and|so|because|honestly|really|at this point|for real|i think|lol|man|guys|someday|one day|eventually)\b|,? (?:i mean it|i swear|i promise|for real|seriously|honestly)\b)|(?:end|ending|finish|finishing) (?:with )?my (?:own )?life\b(?! (?:coach|coaching|insurance|story|savings|goals|plan|choices))`;
/** Acts and states of dying directed at oneself. */
const DYING = String.raw`die|dying|be dead|kill(?:ing)? myself|${END_IT}|suicide|commit(?:ting)? suicide|hang(?:ing)? myself|jump(?:ing)? (?:off|from|in front of)|throw(?:ing)? myself (?:off|from|in front of|under)|step(?:ping)? in front(?: of)?|walk(?:ing)? into (?:traffic|the sea|the ocean|the river|a train)|drown(?:ing)? myself|swerv(?:e|ing) (?:my car )?into (?:oncoming|traffic|a wall|a tree|a lorry|a truck|the barrier)|stop(?:ping)? breathing|overdos(?:e|ing)|not wak(?:e|ing) up|disappear(?:ing)? (?:for good|forever)|sleep(?:ing)? forever|fall(?:ing)? asleep forever|not exist(?:ing)?|stop(?:ping)? existing|slit(?:ting)? my wrists|crash(?:ing)? my car|driv(?:e|ing) (?:my car )?(?:off|into (?:a wall|a tree|traffic|oncoming|the sea|a lorry|a truck))|jump(?:ing)?(?= *$| *,| (?:tonight|today|now|soon|tomorrow|again)\b)|stop(?:ping)? being alive|not be(?:ing)? alive|stop(?:ping)? living|tie (?:a|the) noose|hang(?:ing)? (?:myself|from)|tak(?:e|ing) all (?:of )?my (?:pills|meds|tablets)|swallow(?:ing)? all (?:of )?my (?:pills|meds|tablets)|(?:drink|drinking|starve|starving|bleed|bleeding) (?:myself )?to death`;
/** Words that make the death a topic rather than a goal ("want to talk about suicide"). */
const TOPIC_VERB = String.raw`talk|tell|ask|say|mention|learn|know|understand|read|write|writing|research|discuss|bring|explain|hear|watch|prevent|help`;

/** Someone other than the writer, who would make the death theirs ("i hope my dad dies" is not ideation). */
const OTHER_SUBJECT = String.raw`he|she|they|you|people|someone|somebody|everyone|nobody|my \w+|his|her|their`;

/** Dying by a named method: a joke does not make it figurative ("just thinking about jumping off something tall lol"). */
const METHOD = String.raw`jump(?:ing)? (?:off|from|in front of)|throw(?:ing)? myself (?:off|from|in front of|under)|hang(?:ing)? myself|slit(?:ting)? my wrists|overdos(?:e|ing)|walk(?:ing)? into (?:traffic|the sea|the ocean|the river|a train)|step(?:ping)? in front of|drown(?:ing)? myself|tak(?:e|ing) all (?:of )?my (?:pills|meds|tablets)`;

const KILL_NOW = "(?:kill|killing|kills|hang|hanging|drown|drowning|suffocate|poison|poisoning|shoot|shooting)";

/** Explicit suicidal thoughts, intent and attempts, about the writer or about someone they name. */
export const suicidalIntent: CueGroup<CrisisReason> = {
  name: "suicidal intent",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    // kills or wants to kill themself (first person)
    cue("self", String.raw`\b${KILL} myself\b`),
    // wants to kill themself (third person)
    cue("other", String.raw`\b${KILL_NOW} {THIRD_SELF}\b`),
    // wants to die
    cue("match", String.raw`\b(?:want|wants|wanted|wanting|need|needs|deserve|deserves|ready|waiting) to die\b|\bcan not wait to (?:die|be dead|not exist|not be here)\b|\bso (?:that )?(?:i|he|she|they) (?:can|could|would|will|might) (?:finally |just )?(?:die|be dead)\b|\b(?:rather|prefer to) (?:be dead|die|not be alive|not exist|not wake up)\b|\bshould (?:just )?die\b|\blet (?:me|him|her|them) die\b|\bwish(?:es)? (?:i|he|she|they) (?:could|would) (?:just )?die\b|\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:i|he|she|they) (?:(?!(?:not|never|do|does|did|will|would)\b)[a-z']+ ){0,5}?(?:die|dies|be dead|get killed)\b`),
    // wants to be dead
    cue("match", String.raw`\b(?:want|wants|wanted) to be dead\b|\bwish(?:es|ing)? (?:i|he|she|they) (?:was|were|had been) dead\b|\bbetter off dead\b|\bbe dead for real\b`),
    // ending their life
    cue("self", String.raw`\b(?:end|ending|take|taking|took|finish|finishing) my (?:own )?life\b(?! (?:coach|coaching|insurance|story|savings|goals|plan|choices))`),
    // euphemisms for dying
    cue("subject", String.raw`\b(?:check|checking|log|logging) out of (?:life|this life|this world|existence)\b|\bleave (?:this|the) (?:world|earth|planet)\b(?! behind| of\b)|\b(?:god|the lord|jesus|the universe|death) (?:would |will |could |to |can )?(?:just )?(?:take|takes|took|come for|comes for) me\b|\b(?:see|join|be with|meet|visit) (?:my |our )?(?:\w+ ){0,2}?(?:in heaven|on the other side|in the afterlife)\b(?=[^.]{0,20}\b(?:early|soon|sooner|already|tonight|now|before)\b)|\b(?:check|checking|log|logging|tap|tapping) (?:out|off)\b(?! of (?!life|this (?:life|world))| from)[^.]{0,20}\b(?:for good|permanently|forever|of life|of this life|of this world)\b|\b(?:permanent|forever|endless|final) (?:nap|sleep)\b|\bthe (?:forever|permanent|eternal) kind\b(?! of)`, { needs: /\b(?:tired|sleep|sleepy|nap|rest|want|wish|hope|pray|ready|going|planning|thinking|counting|early|soon|permanent|permanently|forever|for good|heaven|take me|world|life)\b/ }),
    // thinking of killing oneself, in learner's English
    cue("self", String.raw`\b(?:think|thinking|thought|thoughts) (?:about|of) to kill me\b|\bwant (?:to )?kill me self\b|\b(?:want|wants|wanna|am want|will|going to|thinking to|think to) (?:to )?(?:make|do|commit) suicide\b|\b(?:want|wants|am want) (?:to )?(?:dead|be die)\b|\bwant die\b|\b(?:make|making) (?:die|dead) myself\b|\bi (?:no|not) want (?:to )?(?:life|live|living|be alive|exist|more live)\b|\bmake myself (?:die|dead)\b|\bi (?:will|am going to|want to|think i will|might|am gonna) kill me (?:tonight|today|now|soon|tomorrow)\b`),
    // ending their life (third person)
    cue("other", String.raw`\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b`),
    // someone keeps talking about suicide
    cue("other", String.raw`\b(?:he|she|they|(?:my|our|his|her) {W}?{PERSON}) (?:is|are|keeps|keep|has been|have been|was|were|kept) (?:always |constantly |again |still )?talking about (?:suicide|killing (?:himself|herself|themselves)|ending (?:his|her|their) (?:own )?life|dying|wanting to die|not being here)\b`),
    // their own suicide
    cue("match", String.raw`\bmy (?:own )?suicide\b(?! (?:prevention|awareness|training|course|research|essay|risk assessment))|\b(?:plan|planning|planned) (?:my|his|her|their) (?:own )?(?:suicide|death)\b|\b(?:his|her|their) (?:own )?suicide (?:plan|plans|note|letter|date|attempt)\b|\b(?:plan|planning|planned|plotting|considering|ready for) my (?:final )?exit\b(?! (?:from|strategy|interview|plan for))`),
    // an attempt, in their own words
    cue("subject", String.raw`\bi (?:have |just |already )?(?:attempted|made an attempt|tried again)\b(?! to)|\bmy (?:last |latest |recent )?attempt (?:last|this|yesterday|on|was (?:last|this|yesterday))\b`),
    // going to do it, with an apology or the means
    cue("subject", String.raw`\bknow (?:exactly )?what i am going to do\b(?= *$| *,| (?:tonight|today|now)\b)|\b(?:going to|gonna|will|about to|ready to) (?:finally |really |actually )?do it\b(?= *$| (?:this time|tonight|today|now|soon)\b)|\b(?:tonight|today) (?:i am|is when i am) going to (?:finally )?do it\b`, {
      needs: /\b(?:sorry|goodbye|forgive me|love you all|bye|pills|tablets|rope|noose|gun|knife|blades?|bridge|note|made peace|at peace|not sad anymore|calm now|finally calm|decided)\b/,
    }),
    // disappointed to be alive
    cue("subject", String.raw`\b(?:disappointed|upset|angry|annoyed|frustrated|sad|hate|gutted)(?: that)? i (?:am still|woke up|wake up|am|keep waking up) (?:still )?(?:alive|here|breathing|again)\b|\bdisappointed (?:that )?i (?:did not die|survived|am still alive)\b`),
    // imagining their funeral
    cue("match", String.raw`\b(?:imagining|imagine|picturing|picture|planning|thinking about|fantasi[sz]ing about|plan) (?:(?:my|his|her|their) (?:own )?|your own )funeral\b`),
    // six feet under
    cue("subject", String.raw`\b(?:be|end up|put me|want to be|wanna be) (?:6|six) (?:feet|foot|ft) under\b|\b(?:want|wants) to be in (?:the|a|my) (?:ground|grave|coffin)\b`),
    // should not be alive
    cue("subject", String.raw`\b(?:not meant to|should not|do not deserve to|does not deserve to|was never meant to) (?:live\b(?! (?:like|with|in|here|there))|be (?:alive|here|living|born)\b)|\bnothing left for me (?:here|anymore|in this world|in life|to live for)?(?= *$| *,|\b)`),
    // feels like dying
    cue("subject", String.raw`\b(?:feel|feels|feeling|felt) like dying\b`),
    // suicide as an act
    cue("subject", String.raw`\b(?:commit|committing|attempt|attempted|attempting|consider|considering|contemplate|contemplating|plan|planning) (?:to )?suicide\b`),
    // wish, intent or dwelling on dying
    cue("subject", String.raw`\b(?:${PRO}) (?:(?!(?:${TOPIC_VERB}|${OTHER_SUBJECT}|not|never|no)\b)[a-z']+ ){0,6}?(?:${DYING})\b`, { jokeProne: true }),
    // wish, intent or dwelling on a method
    cue("subject", String.raw`\b(?:${PRO}) (?:(?!(?:${TOPIC_VERB}|${OTHER_SUBJECT}|not|never|no)\b)[a-z']+ ){0,4}?(?:${METHOD})\b`),
    // death appraised as good
    cue("subject", String.raw`\b(?:it )?(?:would be|will be|is|sounds) (?:so |such a |really |just )?(?:peaceful|a relief|relief|nice|good|easier|freeing|restful) to (?:just )?(?:stop|not wake up|not exist|be gone|disappear|die|sleep forever|not be here|let go|end it)(?= *$| *,| and)|\b(?:suicide|dying|death|being dead|not existing|not being here|ending it|ending my life|sleeping forever)\b[^.,]{0,30}?\b(?:sounds|seems|feels|looks|would be|is|becomes|is looking)(?: [a-z]+){0,4}? (?:peaceful|a relief|relief|nice|good|better|appealing|tempting|freeing|comforting|inviting|easier|like (?:an|the|my) (?:answer|option|way out|escape|solution)|my (?:answer|only option|way out)|the (?:answer|only way|way out))\b`),
    // suicide as the only way out
    cue("subject", String.raw`\b(?:suicide|dying|death|ending it|killing myself) (?:feels|seems|is|looks) like (?:the|my) only (?:option|way out|answer|choice|solution|escape)\b|\b(?:the|my) only (?:option|way out|answer|choice|solution|escape|exit) (?:left )?(?:i see |i can see )?is (?:to die|death|suicide|ending it|to end it|killing myself|permanent|a permanent one|final)\b`),
    // thought about how they would do it
    cue("subject", String.raw`\b(?:thought|thinking|think|planned|planning) (?:about )?(?:how|where|when) (?:i|to) (?:would |will |could |might |am going to )?(?:do it|end it|kill myself)\b`),
    // unafraid of dying
    cue("subject", String.raw`\b(?:not|no longer|never) (?:scared|afraid|frightened) of (?:dying|death|being dead)(?: anymore)?\b`, { ignore: ["negation"] }),
    // dead soon
    cue("subject", String.raw`\b(?:will|am going to|gonna|be) (?:be )?dead (?:soon|anyway|by|before|in a few|one day soon)\b|\bwaiting for (?:my life|it all|death|the end) to (?:end|be over|come)\b|\bwaiting for death\b|\bwaiting for (?:my body|my heart|death|the end|it all) to (?:catch up|give up|give out|stop|follow)\b`),
    // wants to suicide
    cue("subject", String.raw`\b(?:want|wants|wanna|going|gonna|need|needs|plan|planning|about|ready) to suicide\b`),
    // said they were safe, and it was not true
    cue("self", String.raw`\b(?:told|tell|telling|promised|assured|reassured) (?:my \w+ |him |her |them |everyone |you |people |the (?:doctor|nurse|school) )?(?:that )?i (?:am|was|would be|will be|felt|feel) (?:safe|fine|okay|ok|alright|better)\b`, {
      ignore: ["hypothetical"],
      needs: /\bi (?:lied|was lying|am lying|did not mean it)\b|\b(?:it is|it was|that is|that was) not true\b|\bbut i am not safe\b/,
    }),
    // said they were safe but are not
    cue("self", String.raw`\b(?:asked|asks) (?:me )?(?:if|whether) i (?:am|was) (?:safe|okay|ok|fine)\b[^.]{0,30}\bi lied\b|\bi lied\b[^.]{0,20}\bi am not\b|\b(?:asked|asks|asking|keeps asking|ask) (?:me )?(?:if|whether) i (?:am|was|feel) safe\b[^.?]{0,30}\b(?:honestly|truthfully|really|the truth is|but) (?:i am|i do) not\b|\bsaid i (?:was|am) (?:safe|fine|okay|ok) but i (?:am|was) not\b`, { ignore: ["hypothetical"] }),
    // says it and means it
    cue("self", String.raw`\bi (?:really |truly |actually )?mean it\b`, { needs: /\b(?:want to die|wanting to die|kill myself|killing myself|suicid|end it|end my life|not be here|not be alive)/ }),
    // cannot promise to stay safe
    cue("self", String.raw`\bcan not (?:promise|guarantee|say) (?:that )?i (?:will not|would not|am not going to|will never) (?:do it|do anything|hurt myself|kill myself|act on it|try again)\b|\bcan not promise (?:to stay|i will stay|i will be|that i will be|i can stay) safe\b`, { ignore: ["negation"] }),
    // asked about risk, and the answer is yes
    cue("self", String.raw`\b(?:ask|asks|asked|asking) (?:me )?(?:[a-z]+ ){0,3}?(?:if|whether) i (?:want to (?:die|hurt myself|kill myself)|am suicidal|feel suicidal|have thoughts (?:of|about) (?:suicide|hurting myself|killing myself)|think about (?:suicide|killing myself|dying|hurting myself)|self harm|hurt myself)\b[^.?]{0,25}\b(?:and|but) (?:honestly |truthfully |the truth is |really |actually )?(?:i do|i am|i have|yes|i kind of do|i sort of do)\b`, { ignore: ["hypothetical"] }),
    // thinking about suicide
    cue("subject", String.raw`\b(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|obsessing) (?:about|of|for|on) (?:suicide|dying|ending (?:it|my life|things|everything)|not (?:being here|existing|waking up))\b|\b(?:think|thinking) (?:about|of) (?:death|the dead|being dead|dying)\b(?= (?:every|all the time|constantly|non ?stop|day and night))`),
    // suicidal thoughts they are having
    cue("match", String.raw`\b(?:have|has|having|had|get|getting|got|been having|struggling with|struggle with|dealing with|battling|fighting|experiencing|my) {W}?(?:constant |bad |strong |intrusive |the )?suicid(?:al|e) (?:thoughts|ideation|feelings|urges|plans?)\b`),
    // suicidal thoughts, recent
    cue("subject", String.raw`\bsuicid(?:al|e) (?:thoughts|ideation|feelings|urges) (?:again|are back|came back|come back|keep|every day|every night|all the time|lately|recently|tonight|right now|getting worse|are getting worse|are so loud|are loud)\b`),
    // suicide on their mind
    cue("subject", String.raw`\b(?:suicide|killing myself|dying|death) (?:is|has been) (?:all i (?:can )?think about|on my mind|always on my mind)\b`),
    // feels suicidal
    cue("subject", String.raw`\b(?:am|is|are|was|were|be|feel|feels|feeling|felt|been|being|get|gets|getting|got|became|become|go|went) {W}?(?:so |really |very |pretty |kind of |a bit |a little |extremely |super |actively |passively )?suicidal\b|^suicidal\b|\bsuicidal (?:again|lately|right now|tonight|today|every day|all the time)\b`),
    // end it all
    cue("subject", String.raw`\b(?:${END_IT})`),
    // ending the pain for good
    cue("subject", String.raw`\b(?:end|stop) (?:my|the) (?:suffering|pain) (?:forever|for good|permanently)\b`),
    // coded: catch the bus
    cue("subject", String.raw`\b(?:thinking (?:of|about)|want to|going to|ready to|planning to|about to) catch(?:ing)? the bus(?= *$| (?:tonight|today|soon|tomorrow|now)\b)`),
    // coded: rope
    cue("subject", String.raw`\b(?:going to|want to|about to|ready to|planning to|thinking about|thinking of|time to) rop(?:e|ing)(?: myself)?(?= *$| (?:tonight|today|soon|tomorrow|now)\b)`),
    // going to jump
    cue("subject", String.raw`\b(?:(?:going|want|wants|about|ready|planning|threatening|threatened|tempted) to|i will|i am gonna) jump(?= *$| *,| (?:off|from|in front of|tonight|today|now|soon|tomorrow|again)\b| out of (?:a|the|my) (?:window|building)\b)|\b(?:tell|tells|telling|told) (?:me|him|her|them) to jump\b(?! (?:around|up|in (?!front)|on\b|at\b|for\b|rope|ship|start|the queue))`),
    // not tonight, at least
    cue("subject", String.raw`\bnot (?:going to|gonna) do (?:it|anything) (?:tonight|today|yet|right now|this time)\b`, {
      ignore: ["negation"],
      needs: /\b(?:kill|die|suicid|end it|hurt myself|cut|pills|rope|jump|do not worry|promise)\b/,
    }),
    // denies acting, but thinks of it daily
    cue("subject", String.raw`\b(?:think|thinking|thought) about (?:it|doing it|that) (?:every day|every night|all the time|a lot|constantly|daily|more and more|every single day)\b`, {
      needs: /\b(?:kill myself|suicide|suicidal|dying|die|ending it|end it|hurt myself|self harm|cutting)\b/,
    }),
    // thinking of trying again
    cue("subject", String.raw`\b(?:thinking about|thought about|want to|might|going to|considering|tempted to) (?:trying|try|doing it|attempting) again\b`, {
      needs: /\b(?:tried|attempt|attempted|overdose|overdosed|suicide|kill myself|hang|jumped)\b/,
    }),
    // told to die, and agrees
    cue("self", String.raw`\b(?:maybe|probably|i think|perhaps) (?:they are|he is|she is|they were|he was|she was|everyone is) right\b`, {
      needs: /\b(?:kill yourself|kill myself|die|dead|better off without|should not exist|nobody wants you)\b/,
    }),
    // unsafe with themself
    cue("self", String.raw`\b(?:not|do not feel|did not feel|never feel) safe (?:with|from|around|by) myself\b`, { ignore: ["negation"], jokeProne: true }),
    // a denial, hedged
    cue("subject", String.raw`\bnot (?:going to|gonna|planning to) do anything (?:stupid|drastic|dumb|i would regret|i will regret|permanent)\b`, {
      ignore: ["negation"],
      needs: /(?:\b(?:probably|maybe|i think|i hope|yet|for now|we will see|i do not know|not sure|idk|hopefully)|\bat least not (?:tonight|today|yet))(?=[ .!?]*$)|\bunless\b/,
    }),
    // something stupid (veiled intent)
    cue("subject", String.raw`\b(?:might|going to|about to|tempted to|scared i will|afraid i will|worried i will|will) do something (?:stupid|drastic|bad|i will regret|i would regret|permanent)\b`, { jokeProne: true }),
    // an attempt that failed
    cue("subject", String.raw`\bthe (?:rope|noose|belt|cord) (?:broke|snapped|gave way)\b|\b(?:the )?(?:pills|overdose|tablets) (?:did not|didn't) work\b|\bi (?:survived|woke up) (?:again|in (?:the )?hospital)\b`),
    // ending the final chapter
    cue("subject", String.raw`\b(?:end|ending|close|closing|finish|finishing) (?:this|the|my) chapter\b`, { needs: /\b(?:the final one|the last one|final chapter|last chapter|for good|forever)\b/ }),
  ],
};
