import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

const KILL =
  "(?:kill|killing|kills|killed|hang|hanging|hanged|hung|drown|drowning|suffocate|suffocating|poison|poisoning|poisoned|shoot|shooting|shot|end|ending)";

/** Wanting, intending or dwelling on something: "want to", "planning to", "can not stop thinking about", "the only thing stopping me from". */
const PRO = String.raw`(?:want|wants|wanted|wanna|wish|wishing|hope|hoping|pray|praying|plan|plans|planning|going|gonna|ready|about|tempted|decided|trying|tried|try|attempt|attempted|attempting|need|needs|deserve|deserves|urge|urges|itching) to|(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|obsessing|obsessed) (?:about|of|over)|wish (?:i|he|she|they) (?:could|would|was|were)|considering|contemplating|the only thing (?:stopping|keeping) me from|(?:so )?close to|almost|nearly`;
const END_THINGS = String.raw`end(?:ing)? (?:it|things|everything)`;
/** When, or how meant: what makes ending "it" or "things" one's life rather than a relationship or a session. */
const END_THINGS_SAID = String.raw` (?:tonight|today|soon|now|already|for good|forever|permanently|this|tomorrow|once and for all|and|so|because|honestly|really|at this point|for real|i think|lol|man|guys|someday|one day|eventually)\b|,? (?:i mean it|i swear|i promise|for real|seriously|honestly)\b`;
const END_MY_LIFE = String.raw`(?:end|ending|finish|finishing) (?:with )?my (?:own )?life\b(?! (?:coach|coaching|insurance|story|savings|goals|plan|choices))`;
/** Ending "it" or "things" with nothing after that makes it a relationship or a session. */
const END_IT = String.raw`${END_THINGS} all\b|${END_THINGS}(?= *$|${END_THINGS_SAID})|${END_MY_LIFE}`;
/** The message is about stopping therapy: a bare "end it" at a clause's end is that ("i'm scared to end it"). */
const NOT_ENDING_THERAPY =
  /^(?![\s\S]*\b(?:stop|stopping|end|ending|quit|quitting|leave|leaving|finish|finishing|done with|break up with) (?:(?:my|the|our) )?(?:therapy|counsell?ing|sessions?|treatment|therapist|counsell?or|psychologist)\b)/;
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
export const suicidalIntent: CueGroupRecord<CrisisReason> = {
  id: "suicidal-intent",
  name: "suicidal intent",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "suicidal-intent/kills-or-wants-to-kill-themself-first-person",
      rationale:
        "Kills or wants to kill themself (first person). Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [String.raw`\b${KILL} myself\b`],
      matches: ["gonna kms fr", "`kill myself`"],
      ignores: ["i shot myself in the foot by cancelling", "I would never kill myself, I have my kids"],
    },
    {
      id: "suicidal-intent/wants-to-kill-themself-third-person",
      rationale:
        "Wants to kill themself (third person). Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "other",
      phrases: [String.raw`\b${KILL_NOW} {THIRD_SELF}\b`],
      matches: ["my friend just told me she wants to kill herself", "i think my brother is going to try to kill himself"],
      ignores: [
        "my character in the game kills himself off every level lol",
        "the book i'm reading has a character who kills himself and it made me wonder how therapists handle that",
      ],
    },
    {
      id: "suicidal-intent/wants-to-die",
      rationale:
        "Wants to die. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "match",
      phrases: [
        String.raw`\b(?:want|wants|wanted|wanting|need|needs|deserve|deserves|ready|waiting) to die\b`,
        String.raw`\bcan not wait to (?:die|be dead|not exist|not be here)\b`,
        String.raw`\bso (?:that )?(?:i|he|she|they) (?:can|could|would|will|might) (?:finally |just )?(?:die|be dead)\b`,
        String.raw`\b(?:rather|prefer to) (?:be dead|die|not be alive|not exist|not wake up)\b`,
        String.raw`\bshould (?:just )?die\b`,
        String.raw`\blet (?:me|him|her|them) die\b`,
        String.raw`\bwish(?:es)? (?:i|he|she|they) (?:could|would) (?:just )?die\b`,
        String.raw`\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:i|he|she|they) (?:(?!(?:not|never|do|does|did|will|would)\b)[a-z']+ ){0,5}?(?:die|dies|be dead|get killed)\b`,
      ],
      matches: ["lmao i want to die, i waved at someone who wasn't waving at me", "i w@nt 2 d!e"],
      ignores: ["ugh mondays make me want to die lol", "i'd rather die than sing karaoke lol"],
    },
    {
      id: "suicidal-intent/wants-to-be-dead",
      rationale:
        "Wants to be dead. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "match",
      phrases: [
        String.raw`\b(?:want|wants|wanted) to be dead\b`,
        String.raw`\bwish(?:es|ing)? (?:i|he|she|they) (?:was|were|had been) dead\b`,
        String.raw`\bbetter off dead\b`,
        String.raw`\bbe dead for real\b`,
      ],
      matches: ["i wanna be unalive", "sometimes i wish i was dead"],
    },
    {
      id: "suicidal-intent/ending-their-life",
      rationale:
        "Ending their life. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [
        String.raw`\b(?:end|ending|take|taking|took|finish|finishing) my (?:own )?life\b(?! (?:coach|coaching|insurance|story|savings|goals|plan|choices))`,
      ],
      matches: ["i want to end my life", "i want to take my life"],
      ignores: ["my therapist asked if i've ever thought of ending my life, what should i say"],
    },
    {
      id: "suicidal-intent/euphemisms-for-dying",
      rationale:
        "Euphemisms for dying. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:check|checking|log|logging) out of (?:life|this life|this world|existence)\b`,
        String.raw`\bleave (?:this|the) (?:world|earth|planet)\b(?! behind| of\b)`,
        String.raw`\b(?:god|the lord|jesus|the universe|death) (?:would |will |could |to |can )?(?:just )?(?:take|takes|took|come for|comes for) me\b`,
        String.raw`\b(?:see|join|be with|meet|visit) (?:my |our )?(?:\w+ ){0,2}?(?:in heaven|on the other side|in the afterlife)\b(?=[^.]{0,20}\b(?:early|soon|sooner|already|tonight|now|before)\b)`,
        String.raw`\b(?:check|checking|log|logging|tap|tapping) (?:out|off)\b(?! of (?!life|this (?:life|world))| from)[^.]{0,20}\b(?:for good|permanently|forever|of life|of this life|of this world)\b`,
        String.raw`\b(?:permanent|forever|endless|final) (?:nap|sleep)\b`,
        String.raw`\bthe (?:forever|permanent|eternal) kind\b(?! of)`,
      ],
      needs:
        /\b(?:tired|sleep|sleepy|nap|rest|want|wish|hope|pray|ready|going|planning|thinking|counting|early|soon|permanent|permanently|forever|for good|heaven|take me|world|life)\b/,
      matches: ["gg i'm logging out of life", "I'm ready to check out permanently"],
    },
    {
      id: "suicidal-intent/thinking-of-killing-oneself-in-learners-english",
      rationale:
        "Thinking of killing oneself, in learner's English. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [
        String.raw`\b(?:think|thinking|thought|thoughts) (?:about|of) to kill me\b`,
        String.raw`\bwant (?:to )?kill me self\b`,
        String.raw`\b(?:want|wants|wanna|am want|will|going to|thinking to|think to) (?:to )?(?:make|do|commit) suicide\b`,
        String.raw`\b(?:want|wants|am want) (?:to )?(?:dead|be die)\b`,
        String.raw`\bwant die\b`,
        String.raw`\b(?:make|making) (?:die|dead) myself\b`,
        String.raw`\bi (?:no|not) want (?:to )?(?:life|live|living|be alive|exist|more live)\b`,
        String.raw`\bmake myself (?:die|dead)\b`,
        String.raw`\bi (?:will|am going to|want to|think i will|might|am gonna) kill me (?:tonight|today|now|soon|tomorrow)\b`,
      ],
      matches: ["i am want to dead", "i want to commit suicide"],
    },
    {
      id: "suicidal-intent/ending-their-life-third-person",
      rationale:
        "Ending their life (third person). Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "other",
      phrases: [String.raw`\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b`],
      matches: ["my husband keeps talking about ending his life", "my best friend told me he has a plan to end his life"],
    },
    {
      id: "suicidal-intent/someone-keeps-talking-about-suicide",
      rationale:
        "Someone keeps talking about suicide. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "other",
      phrases: [
        String.raw`\b(?:he|she|they|(?:my|our|his|her) {W}?{PERSON}) (?:is|are|keeps|keep|has been|have been|was|were|kept) (?:always |constantly |again |still )?talking about (?:suicide|killing (?:himself|herself|themselves)|ending (?:his|her|their) (?:own )?life|dying|wanting to die|not being here)\b`,
      ],
      matches: ["my boyfriend is talking about suicide again", "my husband keeps talking about ending his life"],
    },
    {
      id: "suicidal-intent/their-own-suicide",
      rationale:
        "Their own suicide. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "match",
      phrases: [
        String.raw`\bmy (?:own )?suicide\b(?! (?:prevention|awareness|training|course|research|essay|risk assessment))`,
        String.raw`\b(?:plan|planning|planned) (?:my|his|her|their) (?:own )?(?:suicide|death)\b`,
        String.raw`\b(?:his|her|their) (?:own )?suicide (?:plan|plans|note|letter|date|attempt)\b`,
        String.raw`\b(?:plan|planning|planned|plotting|considering|ready for) my (?:final )?exit\b(?! (?:from|strategy|interview|plan for))`,
      ],
      matches: ["lowkey been planning my exit", "part of me is planning my death"],
      ignores: ["my last therapist helped me through my suicide attempt in 2020", "my old therapist was there for me after my suicide attempt years ago"],
    },
    {
      id: "suicidal-intent/an-attempt-in-their-own-words",
      rationale:
        "An attempt, in their own words. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\bi (?:have |just |already )?(?:attempted|made an attempt|tried again)\b(?! to)`,
        String.raw`\bmy (?:last |latest |recent )?attempt (?:last|this|yesterday|on|was (?:last|this|yesterday))\b`,
      ],
      matches: ["i attempted last week and nobody knows", "I attempted last month and honestly I wish it had worked."],
      ignores: [
        "I attempted when I was 16 and I'm doing well now, 10 years later",
        "I attempted suicide in 2016, I'm in a good place now and want to volunteer",
      ],
    },
    {
      id: "suicidal-intent/going-to-do-it-with-an-apology-or-the-means",
      rationale:
        "Going to do it, with an apology or the means. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\bknow (?:exactly )?what i am going to do\b(?= *$| *,| (?:tonight|today|now)\b)`,
        String.raw`\b(?:going to|gonna|will|about to|ready to) (?:finally |really |actually )?do it\b(?= *$| (?:this time|tonight|today|now|soon)\b)`,
        String.raw`\b(?:tonight|today) (?:i am|is when i am) going to (?:finally )?do it\b`,
      ],
      needs:
        /\b(?:sorry|goodbye|forgive me|love you all|bye|pills|tablets|rope|noose|gun|knife|blades?|bridge|note|made peace|at peace|not sad anymore|calm now|finally calm|decided)\b/,
      matches: ["i'm going to do it this time. i'm sorry", "bought pills today. i know what i'm going to do"],
    },
    {
      id: "suicidal-intent/disappointed-to-be-alive",
      rationale:
        "Disappointed to be alive. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:disappointed|upset|angry|annoyed|frustrated|sad|hate|gutted)(?: that)? i (?:am still|woke up|wake up|am|keep waking up) (?:still )?(?:alive|here|breathing|again)\b`,
        String.raw`\bdisappointed (?:that )?i (?:did not die|survived|am still alive)\b`,
      ],
      matches: ["every day i wake up disappointed that i'm still alive"],
    },
    {
      id: "suicidal-intent/imagining-their-funeral",
      rationale:
        "Imagining their funeral. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "match",
      phrases: [
        String.raw`\b(?:imagining|imagine|picturing|picture|planning|thinking about|fantasi[sz]ing about|plan) (?:(?:my|his|her|their) (?:own )?|your own )funeral\b`,
      ],
      matches: ["is it normal to plan your own funeral at 19?", "i keep imagining my own funeral and it makes me feel calm"],
    },
    {
      id: "suicidal-intent/six-feet-under",
      rationale:
        "Six feet under. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:be|end up|put me|want to be|wanna be) (?:6|six) (?:feet|foot|ft) under\b`,
        String.raw`\b(?:want|wants) to be in (?:the|a|my) (?:ground|grave|coffin)\b`,
      ],
      matches: ["i wanna be in the ground", "i want to be 6 feet under"],
    },
    {
      id: "suicidal-intent/should-not-be-alive",
      rationale:
        "Should not be alive. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:not meant to|should not|do not deserve to|does not deserve to|was never meant to) (?:live\b(?! (?:like|with|in|here|there))|be (?:alive|here|living|born)\b)`,
        String.raw`\bnothing left for me (?:here|anymore|in this world|in life|to live for)?(?= *$| *,|\b)`,
      ],
      matches: ["i shouldn't be alive", "i'm not meant to be alive"],
    },
    {
      id: "suicidal-intent/feels-like-dying",
      rationale:
        "Feels like dying. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:feel|feels|feeling|felt) like dying\b`],
      matches: ["is it bad that i feel like dying after every session?"],
    },
    {
      id: "suicidal-intent/suicide-as-an-act",
      rationale:
        "Suicide as an act. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:commit|committing|attempt|attempted|attempting|consider|considering|contemplate|contemplating|plan|planning) (?:to )?suicide\b`,
      ],
      matches: ["i want to commit suicide", "i want to kermit sewerslide"],
      ignores: ["my code keeps committing suicide every time I deploy", "is it true that most people who attempt suicide regret it"],
    },
    {
      id: "suicidal-intent/wish-intent-or-dwelling-on-dying",
      rationale:
        "Wish, intent or dwelling on dying. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:${PRO}) (?:(?!(?:${TOPIC_VERB}|${OTHER_SUBJECT}|not|never|no)\b)[a-z']+ ){0,6}?(?:${DYING})\b`],
      jokeProne: true,
      matches: ["gonna kms fr", "i w@nt 2 d!e"],
      ignores: ["ugh mondays make me want to die lol", "i don't want to die, i want to get better"],
    },
    {
      id: "suicidal-intent/wish-intent-or-dwelling-on-a-method",
      rationale:
        "Wish, intent or dwelling on a method. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:${PRO}) (?:(?!(?:${TOPIC_VERB}|${OTHER_SUBJECT}|not|never|no)\b)[a-z']+ ){0,4}?(?:${METHOD})\b`],
      matches: ["i want to overdose", "planning to od on my meds"],
    },
    {
      id: "suicidal-intent/death-appraised-as-good",
      rationale:
        "Death appraised as good. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:it )?(?:would be|will be|is|sounds) (?:so |such a |really |just )?(?:peaceful|a relief|relief|nice|good|easier|freeing|restful) to (?:just )?(?:stop|not wake up|not exist|be gone|disappear|die|sleep forever|not be here|let go|end it)(?= *$| *,| and)`,
        String.raw`\b(?:suicide|dying|death|being dead|not existing|not being here|ending it|ending my life|sleeping forever)\b[^.,]{0,30}?\b(?:sounds|seems|feels|looks|would be|is|becomes|is looking)(?: [a-z]+){0,4}? (?:peaceful|a relief|relief|nice|good|better|appealing|tempting|freeing|comforting|inviting|easier|like (?:an|the|my) (?:answer|option|way out|escape|solution)|my (?:answer|only option|way out)|the (?:answer|only way|way out))\b`,
      ],
      matches: ["It would be so peaceful to just stop", "death would be a relief at this point"],
    },
    {
      id: "suicidal-intent/suicide-as-the-only-way-out",
      rationale:
        "Suicide as the only way out. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:suicide|dying|death|ending it|killing myself) (?:feels|seems|is|looks) like (?:the|my) only (?:option|way out|answer|choice|solution|escape)\b`,
        String.raw`\b(?:the|my) only (?:option|way out|answer|choice|solution|escape|exit) (?:left )?(?:i see |i can see )?is (?:to die|death|suicide|ending it|to end it|killing myself|permanent|a permanent one|final)\b`,
      ],
      matches: ["honestly suicide feels like the only option left", "I feel trapped and the only exit I see is permanent"],
    },
    {
      id: "suicidal-intent/thought-about-how-they-would-do-it",
      rationale:
        "Thought about how they would do it. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:thought|thinking|think|planned|planning) (?:about )?(?:how|where|when) (?:i|to) (?:would |will |could |might |am going to )?(?:do it|end it|kill myself)\b`,
      ],
      matches: ["ive thought about how i'd do it and where", "Every night I lie in bed thinking about how I'd kill myself"],
    },
    {
      id: "suicidal-intent/unafraid-of-dying",
      rationale:
        "Unafraid of dying. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:not|no longer|never) (?:scared|afraid|frightened) of (?:dying|death|being dead)(?: anymore)?\b`],
      ignore: ["negation"],
      matches: ["i'm not scared of dying anymore, i kind of want it", "i'm not scared of dying anymore, that's what scares me"],
    },
    {
      id: "suicidal-intent/dead-soon",
      rationale:
        "Dead soon. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:will|am going to|gonna|be) (?:be )?dead (?:soon|anyway|by|before|in a few|one day soon)\b`,
        String.raw`\bwaiting for (?:my life|it all|death|the end) to (?:end|be over|come)\b`,
        String.raw`\bwaiting for death\b`,
        String.raw`\bwaiting for (?:my body|my heart|death|the end|it all) to (?:catch up|give up|give out|stop|follow)\b`,
      ],
      matches: ["i'm just waiting for my life to end", "i want to stop therapy because it's pointless, i'll be dead soon anyway"],
    },
    {
      id: "suicidal-intent/wants-to-suicide",
      rationale:
        "Wants to suicide. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:want|wants|wanna|going|gonna|need|needs|plan|planning|about|ready) to suicide\b`],
      matches: ["i want to ѕuісіdе", "I want to s*icide"],
    },
    {
      id: "suicidal-intent/said-they-were-safe-and-it-was-not-true",
      rationale:
        "Said they were safe, and it was not true. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [
        String.raw`\b(?:told|tell|telling|promised|assured|reassured) (?:my \w+ |him |her |them |everyone |you |people |the (?:doctor|nurse|school) )?(?:that )?i (?:am|was|would be|will be|felt|feel) (?:safe|fine|okay|ok|alright|better)\b`,
      ],
      ignore: ["hypothetical"],
      needs: /\bi (?:lied|was lying|am lying|did not mean it)\b|\b(?:it is|it was|that is|that was) not true\b|\bbut i am not safe\b/,
      matches: ["I told my therapist I'm safe but I lied"],
    },
    {
      id: "suicidal-intent/said-they-were-safe-but-are-not",
      rationale:
        "Said they were safe but are not. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [
        String.raw`\b(?:asked|asks) (?:me )?(?:if|whether) i (?:am|was) (?:safe|okay|ok|fine)\b[^.]{0,30}\bi lied\b`,
        String.raw`\bi lied\b[^.]{0,20}\bi am not\b`,
        String.raw`\b(?:asked|asks|asking|keeps asking|ask) (?:me )?(?:if|whether) i (?:am|was|feel) safe\b[^.?]{0,30}\b(?:honestly|truthfully|really|the truth is|but) (?:i am|i do) not\b`,
        String.raw`\bsaid i (?:was|am) (?:safe|fine|okay|ok) but i (?:am|was) not\b`,
      ],
      ignore: ["hypothetical"],
      matches: ["my therapist asked if I'm safe and honestly I'm not", "my therapist asked if i'm safe and i lied, i'm not. what do i do"],
    },
    {
      id: "suicidal-intent/says-it-and-means-it",
      rationale:
        "Says it and means it. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [String.raw`\bi (?:really |truly |actually )?mean it\b`],
      needs: /\b(?:want to die|wanting to die|kill myself|killing myself|suicid|end it|end my life|not be here|not be alive)/,
      matches: ["i want to die and i mean it this time", "if i don't get into uni i'm going to end it, i mean it"],
      ignores: ["if my ex shows up again I'm going to kill her, I mean it", "i'm gonna hurt my stepmom if she touches my stuff again, i mean it"],
    },
    {
      id: "suicidal-intent/cannot-promise-to-stay-safe",
      rationale:
        "Cannot promise to stay safe. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [
        String.raw`\bcan not (?:promise|guarantee|say) (?:that )?i (?:will not|would not|am not going to|will never) (?:do it|do anything|hurt myself|kill myself|act on it|try again)\b`,
        String.raw`\bcan not promise (?:to stay|i will stay|i will be|that i will be|i can stay) safe\b`,
      ],
      ignore: ["negation"],
      matches: ["i can't promise i won't hurt myself tonight", "my counsellor wants me to sign a safety contract but i can't promise i won't do it"],
    },
    {
      id: "suicidal-intent/asked-about-risk-and-the-answer-is-yes",
      rationale:
        "Asked about risk, and the answer is yes. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [
        String.raw`\b(?:ask|asks|asked|asking) (?:me )?(?:[a-z]+ ){0,3}?(?:if|whether) i (?:want to (?:die|hurt myself|kill myself)|am suicidal|feel suicidal|have thoughts (?:of|about) (?:suicide|hurting myself|killing myself)|think about (?:suicide|killing myself|dying|hurting myself)|self harm|hurt myself)\b[^.?]{0,25}\b(?:and|but) (?:honestly |truthfully |the truth is |really |actually )?(?:i do|i am|i have|yes|i kind of do|i sort of do)\b`,
      ],
      ignore: ["hypothetical"],
      matches: ["my therapist asks me every week if I want to hurt myself and honestly I do"],
    },
    {
      id: "suicidal-intent/thinking-about-suicide",
      rationale:
        "Thinking about suicide. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|obsessing) (?:about|of|for|on) (?:suicide|dying|ending (?:it|my life|things|everything)|not (?:being here|existing|waking up))\b`,
        String.raw`\b(?:think|thinking) (?:about|of) (?:death|the dead|being dead|dying)\b(?= (?:every|all the time|constantly|non ?stop|day and night))`,
      ],
      matches: ["thinking of ending it all tbh", "thinking abt suicide again ngl"],
      ignores: ["i used to think about suicide all the time as a teen", "no thoughts of suicide, just burnout. should i tell my therapist?"],
    },
    {
      id: "suicidal-intent/suicidal-thoughts-they-are-having",
      rationale:
        "Suicidal thoughts they are having. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "match",
      phrases: [
        String.raw`\b(?:have|has|having|had|get|getting|got|been having|struggling with|struggle with|dealing with|battling|fighting|experiencing|my) {W}?(?:constant |bad |strong |intrusive |the )?suicid(?:al|e) (?:thoughts|ideation|feelings|urges|plans?)\b`,
      ],
      matches: ["had the sewerslide thoughts again last night", "I've been having suicidal thoughts every day this week"],
      ignores: ["never had suicidal thoughts, just really anxious", "how do i tell my therapist i used to have suicidal thoughts?"],
    },
    {
      id: "suicidal-intent/suicidal-thoughts-recent",
      rationale:
        "Suicidal thoughts, recent. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\bsuicid(?:al|e) (?:thoughts|ideation|feelings|urges) (?:again|are back|came back|come back|keep|every day|every night|all the time|lately|recently|tonight|right now|getting worse|are getting worse|are so loud|are loud)\b`,
      ],
      matches: ["su*cide thoughts again", "had the sewerslide thoughts again last night"],
    },
    {
      id: "suicidal-intent/suicide-on-their-mind",
      rationale:
        "Suicide on their mind. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:suicide|killing myself|dying|death) (?:is|has been) (?:all i (?:can )?think about|on my mind|always on my mind)\b`],
      matches: ["s.u.i.c.i.d.e is all i think about", "s u i c i d e is all i think about"],
    },
    {
      id: "suicidal-intent/feels-suicidal",
      rationale:
        "Feels suicidal. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:am|is|are|was|were|be|feel|feels|feeling|felt|been|being|get|gets|getting|got|became|become|go|went) {W}?(?:so |really |very |pretty |kind of |a bit |a little |extremely |super |actively |passively )?suicidal\b`,
        String.raw`^suicidal\b`,
        String.raw`\bsuicidal (?:again|lately|right now|tonight|today|every day|all the time)\b`,
      ],
      matches: ["su1c1dal again", "feeling sui again"],
      ignores: ["how do therapists help someone who is suicidal", "i used to be suicidal and therapy saved my life"],
    },
    {
      id: "suicidal-intent/end-it-all",
      rationale:
        "End it all. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:${END_THINGS} all\b|${END_THINGS}(?=${END_THINGS_SAID})|${END_MY_LIFE})`],
      matches: ["1 w4nt t0 3nd 1t 4ll", "i want to end my life", "i'm going to end it tonight"],
      ignores: ["my therapist asked if i've ever thought of ending my life, what should i say"],
    },
    {
      id: "suicidal-intent/end-it",
      rationale:
        "End it, with nothing after. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts); in a message about stopping therapy, what ends is the therapy.",
      who: "subject",
      phrases: [String.raw`\b${END_THINGS}(?= *$)`],
      needs: NOT_ENDING_THERAPY,
      matches: ["i can't do this anymore, i just want to end it", "i'm so tired of everything. might as well end it"],
      ignores: ["how do you know when it's time to stop therapy? things are way better than when i started but i'm scared to end it"],
    },
    {
      id: "suicidal-intent/ending-the-pain-for-good",
      rationale:
        "Ending the pain for good. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:end|stop) (?:my|the) (?:suffering|pain) (?:forever|for good|permanently)\b`],
      matches: ["i just want to end my pain for good"],
    },
    {
      id: "suicidal-intent/coded-catch-the-bus",
      rationale:
        "Coded: catch the bus. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:thinking (?:of|about)|want to|going to|ready to|planning to|about to) catch(?:ing)? the bus(?= *$| (?:tonight|today|soon|tomorrow|now)\b)`,
      ],
      matches: ["thinking of catching the bus"],
    },
    {
      id: "suicidal-intent/coded-rope",
      rationale:
        "Coded: rope. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:going to|want to|about to|ready to|planning to|thinking about|thinking of|time to) rop(?:e|ing)(?: myself)?(?= *$| (?:tonight|today|soon|tomorrow|now)\b)`,
      ],
      matches: ["time to rope", "gonna rope tonight"],
    },
    {
      id: "suicidal-intent/going-to-jump",
      rationale:
        "Going to jump. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:(?:going|want|wants|about|ready|planning|threatening|threatened|tempted) to|i will|i am gonna) jump(?= *$| *,| (?:off|from|in front of|tonight|today|now|soon|tomorrow|again)\b| out of (?:a|the|my) (?:window|building)\b)`,
        String.raw`\b(?:tell|tells|telling|told) (?:me|him|her|them) to jump\b(?! (?:around|up|in (?!front)|on\b|at\b|for\b|rope|ship|start|the queue))`,
      ],
      matches: ["i'm going to jump", "i was going to jump today but i got scared"],
      ignores: ["if I hear one more christmas song I'm going to jump out of a window lmao"],
    },
    {
      id: "suicidal-intent/not-tonight-at-least",
      rationale:
        "Not tonight, at least. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\bnot (?:going to|gonna) do (?:it|anything) (?:tonight|today|yet|right now|this time)\b`],
      ignore: ["negation"],
      needs: /\b(?:kill|die|suicid|end it|hurt myself|cut|pills|rope|jump|do not worry|promise)\b/,
      matches: ["don't worry i'm not going to do it tonight"],
    },
    {
      id: "suicidal-intent/denies-acting-but-thinks-of-it-daily",
      rationale:
        "Denies acting, but thinks of it daily. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:think|thinking|thought) about (?:it|doing it|that) (?:every day|every night|all the time|a lot|constantly|daily|more and more|every single day)\b`,
      ],
      needs: /\b(?:kill myself|suicide|suicidal|dying|die|ending it|end it|hurt myself|self harm|cutting)\b/,
      matches: ["i'm not gonna kill myself or anything. i just think about it every day"],
    },
    {
      id: "suicidal-intent/thinking-of-trying-again",
      rationale:
        "Thinking of trying again. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:thinking about|thought about|want to|might|going to|considering|tempted to) (?:trying|try|doing it|attempting) again\b`],
      needs: /\b(?:tried|attempt|attempted|overdose|overdosed|suicide|kill myself|hang|jumped)\b/,
      matches: [
        "i tried to overdose last month and i'm thinking about trying again",
        "I tried to kill myself last year and lately I've been thinking about trying again",
      ],
    },
    {
      id: "suicidal-intent/told-to-die-and-agrees",
      rationale:
        "Told to die, and agrees. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [String.raw`\b(?:maybe|probably|i think|perhaps) (?:they are|he is|she is|they were|he was|she was|everyone is) right\b`],
      needs: /\b(?:kill yourself|kill myself|die|dead|better off without|should not exist|nobody wants you)\b/,
      matches: ["everyone at school keeps telling me to kys and honestly maybe they're right"],
    },
    {
      id: "suicidal-intent/unsafe-with-themself",
      rationale:
        "Unsafe with themself. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [String.raw`\b(?:not|do not feel|did not feel|never feel) safe (?:with|from|around|by) myself\b`],
      ignore: ["negation"],
      jokeProne: true,
      matches: ["can someone dm me. i don't feel safe with myself tonight"],
    },
    {
      id: "suicidal-intent/a-denial-hedged",
      rationale:
        "A denial, hedged. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\bnot (?:going to|gonna|planning to) do anything (?:stupid|drastic|dumb|i would regret|i will regret|permanent)\b`],
      ignore: ["negation"],
      needs:
        /(?:\b(?:probably|maybe|i think|i hope|yet|for now|we will see|i do not know|not sure|idk|hopefully)|\bat least not (?:tonight|today|yet))(?=[ .!?]*$)|\bunless\b/,
      matches: ["I'm not going to do anything stupid. Probably."],
      ignores: ["i'm not going to do anything stupid, i just need to vent about my therapist cancelling again"],
    },
    {
      id: "suicidal-intent/something-stupid-veiled-intent",
      rationale:
        "Something stupid (veiled intent). Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:might|going to|about to|tempted to|scared i will|afraid i will|worried i will|will) do something (?:stupid|drastic|bad|i will regret|i would regret|permanent)\b`,
      ],
      jokeProne: true,
      matches: ["@mod pls im gonna do something bad"],
    },
    {
      id: "suicidal-intent/an-attempt-that-failed",
      rationale:
        "An attempt that failed. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\bthe (?:rope|noose|belt|cord) (?:broke|snapped|gave way)\b`,
        String.raw`\b(?:the )?(?:pills|overdose|tablets) (?:did not|didn't) work\b`,
        String.raw`\bi (?:survived|woke up) (?:again|in (?:the )?hospital)\b`,
      ],
      matches: ["i tried to hang myself last night but the rope broke", "the rope broke. i'm still here. i don't know how to feel"],
    },
    {
      id: "suicidal-intent/ending-the-final-chapter",
      rationale:
        "Ending the final chapter. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "subject",
      phrases: [String.raw`\b(?:end|ending|close|closing|finish|finishing) (?:this|the|my) chapter\b`],
      needs: /\b(?:the final one|the last one|final chapter|last chapter|for good|forever)\b/,
      matches: ["i'm ready to end this chapter. the final one."],
      ignores: ["time to end this chapter and find a new therapist", "I'm ready to end this chapter of my life and move on"],
    },
    {
      id: "suicidal-intent/would-do-it-right-now-if",
      rationale:
        "Would do it right now, if. An act of suicide they would do now if a means were at hand (\"if i had a gun i'd blow my brains out right now\"): the condition is access, not a hypothetical, so the hypothetical check does not cancel it. Active suicidal thoughts, intent or an attempt, the writer's or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).",
      who: "self",
      phrases: [
        String.raw`\bi (?:would|will|am going to|am gonna|want to|could) (?:blow my (?:\w+ )?brains out|shoot myself|kill myself|end it|end my life|jump|hang myself)(?: \w+){0,2} (?:right now|tonight|this second|this minute|today)\b`,
        String.raw`(?<!\b(?:they are|he is|she is|they|he|she|we are|you are) )\bgoing to end it (?:after|before|once|when) i (?:eat|finish|sleep|get home|send|post|write|say goodbye)\b`,
      ],
      ignore: ["hypothetical"],
      jokeProne: true,
      matches: ["if i had a gun i would blow my brains out right now", "going to end it after i eat"],
      ignores: [
        "if i had a gun i would shoot this printer right now",
        "if this meeting runs late i will kill myself lol",
        "someone in our server said they are going to end it tonight",
        "he said he is going to end it after i leave",
      ],
    },
    {
      id: "suicidal-intent/held-back-by-one-thing",
      rationale:
        'Held back by one thing. An act named only as "it", kept from by a single reason ("the only thing keeping me from it"), on the edge of suicide, or not wanting to be talked out of it: present intent held back, not gone. Active suicidal thoughts, intent or an attempt, the writer\'s or someone they name (VERA-MH Q4: explicit, vague or coded statements of active suicidal thoughts).',
      who: "self",
      phrases: [
        String.raw`\bthe only (?:thing|reason|person|one) (?:keeping|stopping|holding) me (?:back )?from (?:it|doing it|going through with it|ending it)(?= *$| *,| (?:now|right now|anymore|is|are)\b)`,
        String.raw`\b(?:do not|do not want to|will not) (?:want to )?be talked out of (?:it|this|doing it|my decision)\b`,
        String.raw`(?:^|\bi am (?:so |really |literally )?|\bfeel (?:like i am )?)(?:on|at) the (?:edge|verge|brink) of (?:suicide|killing myself|ending it(?: all)?|ending my life)\b`,
      ],
      ignore: ["negation"],
      matches: ["my cat is the only thing keeping me from doing it", "i don't want to be talked out of it, i just want to talk", "i am on the edge of suicide"],
      ignores: ["my cat is the only thing keeping me from quitting this job", "the show was on the edge of suicide as a theme"],
    },
  ],
};
