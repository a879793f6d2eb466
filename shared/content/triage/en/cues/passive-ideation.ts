import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";
import { NOT_AWAY } from "../conditions.ts";

const STOP_LIVING = String.raw`(?:live|exist|be alive|keep living|stay alive|continue living|wake up(?! (?:early|at|for|so|in time))|(?:go on|keep going|be around|carry on|be here)(?= *$| (?:anymore|any more|any longer|like this)\b))`;

/** "…want to live" followed by a place or company is about where or how to live, not whether. */
const NOT_WHETHER = String.raw`(?! (?:with|in(?! this world| this life)|at|there|near|on|alone|together|abroad|here|somewhere|where|close|like that|by myself|in this (?:city|town|house)))`;

/** Passive wishes to be dead or not to exist, and feeling a burden, per the VERA-MH rubric. */
export const passiveIdeation: CueGroupRecord<CrisisReason> = {
  id: "passive-ideation",
  name: "passive ideation",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "passive-ideation/does-not-want-to-live",
      rationale:
        'Does not want to live. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:do|does|did) not (?:really |even |actually )?want to ${STOP_LIVING}\b${NOT_WHETHER}`,
        String.raw`\bwant(?:s)? to not (?:be alive|be here|exist|live|wake up|be around)\b`,
        String.raw`\bnot (?:be )?alive anymore\b`,
        String.raw`\b(?:do|does|did) not (?:really )?want to be alive\b${NOT_WHETHER}`,
        String.raw`\b(?:no longer|never) want to ${STOP_LIVING}\b${NOT_WHETHER}`,
        String.raw`\b(?:do|does|did) not want (?:to )?(?:live|living|exist|existing|be alive) (?:more|anymore|any more|any longer)\b`,
      ],
      matches: ["idwtli anymore", "i dont wanna be alive"],
    },
    {
      id: "passive-ideation/does-not-want-to-be-here-anymore",
      rationale:
        'Does not want to be here anymore. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [String.raw`\b(?:do|does) not (?:really |even )?want to be here(?= *$| (?:anymore|any more|any longer|no more|on this earth|in this world)\b)`],
      matches: ["i dont wanna be here no more", "i don't want to be here anymore"],
    },
    {
      id: "passive-ideation/unsure-they-want-to-live",
      rationale:
        'Unsure they want to live. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:not sure|unsure|do not know|does not know|do not think|does not think|not certain)(?: if| whether| that)? (?:i|he|she|they) (?:even |really )?want(?:s)? to (?:live|be alive|be here|keep going|go on|exist)\b${NOT_WHETHER}`,
      ],
      matches: ["i'm not sure i want to be alive anymore", "i don't think i want to be alive anymore"],
    },
    {
      id: "passive-ideation/never-wake-up",
      rationale:
        'Never wake up. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "match",
      phrases: [
        String.raw`\b(?:sleep|go to sleep|fall asleep|close my eyes|rest|lie down) and (?:never|not|no) (?:wake up|get up|come back)\b`,
        String.raw`\b(?:hope|hoping|pray|praying|wish|wishing) not to wake up\b`,
        String.raw`\bpass out and (?:not|never) (?:come back|wake up)\b`,
        String.raw`\b(?:hope|hoping|pray|praying|wish|wishing)(?: [a-z]+){0,3}?(?: that)? (?:i|he|she|they) (?:do not|does not|will not|would not|never) wake up\b(?! (?:at|early|before|so early|to (?:a|an|the)|with|in|on)\b)`,
        String.raw`\b(?:and|to|maybe|just|then|so i) (?:never|not) wake (?:up|back up)\b`,
        String.raw`\bif (?:i|he|she|they) (?:just )?(?:did not|do not|never|does not) wake up\b`,
        String.raw`\bnot wake up (?:tomorrow|again|in the morning)\b`,
        String.raw`\bnever wake up again\b`,
        String.raw`\b(?:sleep|go to sleep|fall asleep) and (?:stay asleep|never come back|not come back)\b`,
      ],
      matches: ["I keep praying not to wake up", "i hope i dont wake up tomorrow"],
    },
    {
      id: "passive-ideation/sleep-forever",
      rationale:
        'Sleep forever. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:sleep|go to sleep|go sleep|fall asleep|falling asleep) (?:forever|for always|for ever)\b(?! on (?:sundays|saturdays|weekends|the weekend|days off|holiday|holidays|mondays)| after)`,
        String.raw`\beternal sleep\b`,
        String.raw`\bsleep and never\b`,
        String.raw`\b(?:sleep|go to sleep|fall asleep) and (?:never|not) (?:deal with|face|wake up to|see|feel) (?:anything|anyone|it|this) (?:ever )?again\b`,
      ],
      matches: ["I just want to sleep forever", "i want to fall asleep forever"],
    },
    {
      id: "passive-ideation/at-ease-with-dying",
      rationale:
        'At ease with dying. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:would be|'d be|am|i am) (?:totally |honestly |completely |kind of |perfectly )?(?:fine|okay|ok|at peace|happy|content|alright) with (?:dying|not waking up|being dead|never waking up)\b(?! (?:someday|one day|eventually|at some point|of old age|in old age|naturally|like everyone|when))`,
      ],
      matches: ["i'd be fine with dying young tbh"],
    },
    {
      id: "passive-ideation/wishes-they-had-not-been-born",
      rationale:
        'Wishes they had not been born. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "match",
      phrases: [String.raw`\bwish(?:es)? (?:i|he|she|they) (?:would|had|was|were) (?:never|not) (?:been )?born\b`],
      matches: ["i wish i'd never been born", "tbh i wish i was never born"],
    },
    {
      id: "passive-ideation/would-not-mind-dying",
      rationale:
        'Would not mind dying. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "match",
      phrases: [
        String.raw`\bif (?:i|he|she|they) died (?:tomorrow|today|tonight)?,? (?:i|he|she|they) would not (?:mind|care)\b`,
        String.raw`\b(?:would|do) not (?:mind|care|be upset|be sad|be bothered|be sorry) if (?:i|he|she|they) (?:just |simply |never |quietly )?(?:died|die|do not wake up|did not wake up|was gone|were gone|disappeared|got hit|was hit|never woke up|did not make it|never made it|did not survive|was not here tomorrow)\b`,
        String.raw`\b(?:would|do) not (?:mind|care) if a (?:car|bus|truck|train|lorry) hit (?:me|him|her|them)\b`,
        String.raw`\b(?:do|does) not care (?:if|whether) (?:i|he|she|they) (?:live|die|lives|dies|wake up)\b`,
        String.raw`\bif (?:i|he|she|they) died (?:in (?:my|his|her|their) sleep|tomorrow|tonight|today)?,? (?:that|it) (?:would|will) (?:honestly |actually |really |probably )?be (?:fine|okay|ok|a relief|good|nice|for the best)\b`,
      ],
      matches: ["i wouldn't care if a car hit me", "if i died tomorrow i wouldnt mind"],
    },
    {
      id: "passive-ideation/wishes-for-a-fatal-illness",
      rationale:
        'Wishes for a fatal illness. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:i|he|she) (?:had|have|got|get|would get|could get|will get) (?:cancer|a terminal illness|a tumou?r|a heart attack|a stroke|an incurable|something fatal|something terminal)\b`,
        String.raw`\b(?:wish|wishing|hope|hoping|pray|praying)(?: that)? my heart (?:just |would |will )?(?:stops|stop|gives out|gives up|would stop)\b(?! (?:racing|pounding|beating so|hurting|aching|breaking|fluttering))`,
        String.raw`\ban excuse to die\b`,
        String.raw`\b(?:would |i would |i'd )?welcome (?:death|dying)\b`,
        String.raw`\bdeath would be (?:welcome|a mercy|a gift|a relief)\b`,
      ],
      matches: ["I'd welcome death at this point", "death would be a relief at this point"],
    },
    {
      id: "passive-ideation/prays-not-to-face-another-day",
      rationale:
        'Prays not to face another day. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:pray|praying|hope|hoping|wish|wishing)(?: [a-z]+){0,3}?(?: that)? i (?:will not|would not|do not|never) (?:have to )?(?:do|face|see|live|wake up to|get through) (?:tomorrow|another day|another morning|this again|one more day)\b`,
        String.raw`\b(?:do not|does not|can not) (?:want to )?(?:endure|bear|face|do|continue|survive) (?:it|this|life|this life|living) (?:much longer|any longer|anymore|any more)\b`,
      ],
      matches: ["life is too hard, i don't want to do it anymore", "i can't do this anymore. i just want it all to stop"],
    },
    {
      id: "passive-ideation/wishes-something-would-happen",
      rationale:
        'Wishes something would happen. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "match",
      phrases: [
        String.raw`\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:i|to|he|she) (?:get|gets|will get|would get|could get|am|was|be) (?:hit|run over|killed|shot|struck)\b`,
        String.raw`\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:i|to|he|she) (?:get|gets|will get|would get|could get|am|was|be|have|had) (?:in|into|in to) (?:an accident|a crash|a car crash|a car accident|a wreck)\b(?![ -]free)`,
        String.raw`\bwants? (?:the|my|this) (?:plane|flight) to (?:crash|go down|fall)\b`,
        String.raw`\b(?:hope|wish|wishing|hoping)(?: that)? (?:a|the) (?:bus|car|truck|train|lorry|driver) (?:hits|hit|kills|would hit|runs me over)\b`,
        String.raw`\b(?:hope|wish|wishing|hoping)(?: that)? (?:a|the) (?:bus|car|truck|train|lorry|driver) (?:does not|would not|will not) (?:stop|brake|see me)(?= *$| *,| (?:next time|when|one day|someday|for me|in time|and|this time)\b)`,
        String.raw`\b(?:hope|wish|wishing|hoping)(?: that)? (?:the|this|my) (?:plane|flight|car|bus|train) (?:crashes|crash|goes down|would crash)\b`,
        String.raw`\b(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:something|a car|a bus|someone) (?:would |will |could )?(?:just )?(?:happen to|hit|hits|kill|kills) (?:me|him|her|them)\b`,
        String.raw`\bso it (?:would|could|will) (?:all )?be over\b`,
      ],
      matches: ["i hope i get hit by a bus", "i hope this plane crashes honestly"],
    },
    {
      id: "passive-ideation/wants-someone-to-kill-them",
      rationale:
        'Wants someone to kill them. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:want|wish|need) (?:someone|somebody|something) (?:to|would|could) kill me\b`,
        String.raw`\b(?:please|pls|just|someone|somebody) (?:someone |somebody |just )?kill me\b(?! now)`,
      ],
      jokeProne: true,
      matches: ["i wish someone would kill me"],
    },
    {
      id: "passive-ideation/others-spared-by-their-absence",
      rationale:
        'Others spared by their absence. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\bdoing (?:everyone|them|the world|my family|you all) a favou?r by (?:not being (?:here|around|alive)|dying|disappearing|killing myself|leaving|being gone)\b`,
        String.raw`\b(?:would|will|'d) (?:do|be|get on|manage) (?:so much |much |a lot )?better with (?:a different|another|a new|a better|someone else as (?:their|a)) (?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|sister|brother|friend)\b`,
        String.raw`\b(?:would|will|'d) be (?:happier|better off|better|fine) (?:with no|without a) (?:son|daughter|child|kid|brother|sister|mum|mom|dad|wife|husband)\b`,
        String.raw`\b(?:cheaper|simpler|less stressful|quieter|calmer|lighter|easier|better) (?:for (?:everyone|them|my family|all of them) )?if i (?:was|were|am) (?:gone|dead|not here|not around)\b(?! (?:honest|set|serious|tired|certain|sure|on|right|wrong|for|to|at|in)\b)`,
        String.raw`\b(?:easier|better|simpler|kinder) (?:for everyone )?to (?:just )?(?:not wake up|die|not be here|not exist|disappear|be dead)\b`,
        String.raw`\bthe world (?:does not|would not|will not|do not) need me\b`,
        String.raw`\b(?:want|need|going|have) to remove myself\b(?! from (?:the|this|a|my) (?:group|chat|server|situation|conversation|team|list|thread))`,
      ],
      matches: ["it would be easier if i wasn't around", "i'd be doing everyone a favour by not being here"],
    },
    {
      id: "passive-ideation/better-off-without-me",
      rationale:
        'Better off without me. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\bbetter off without me\b(?! (?:at|for|on|to|there|tonight|this|next|today|tomorrow|when|while|in (?:the|my|this) (?:team|group|class|band|project))\b)`,
        String.raw`\bbetter off without (?:their|his|her|our) (?:mom|mum|mother|dad|father|parent|sister|brother|wife|husband|daughter|son)\b`,
        String.raw`\b(?:better|happier|easier|relieved|fine|okay|better off|lighter) (?:off )?(?:for (?:everyone|everybody|them|all|my family|people|you all|all of them|everyone else) )?if i (?:just |simply |finally )?(?:died|disappeared|was gone|were gone|was dead|were dead|was not here|were not here|was not around|were not around|was never born|had never been born|did not exist|killed myself|left forever|vanished|was not alive)\b`,
        String.raw`\b(?:they|everyone|everybody|my family|people) (?:would|will) be better off(?= *$| anyway| honestly)`,
        String.raw`\b(?:would|will) (?:move on|be fine|be okay|be ok|cope|manage|get over it|be happier) without me\b(?! (?:at|for|on|to|there|tonight|this|next|today|tomorrow|when|while)\b)`,
        String.raw`\b(?:happier|easier|better) without me\b`,
        String.raw`\bbetter off if i (?:was|were|was not|were not) (?:gone|dead|here|around|alive)\b`,
        String.raw`\b(?:happier|easier|better) if i (?:was|were|was not|were not|had never been) (?:gone|dead|here|around|alive|born)\b`,
        String.raw`\bbetter without me in it\b`,
        String.raw`\b(?:it is |it would be |would be )?better (?:if |that )?i (?:am|was|were|be|would be) dead\b(?! (?:honest|set|serious|tired|certain|sure|on|right|last|wrong|weight|beat|ringer)\b)`,
      ],
      matches: ["it would be easier if i wasn't around", "everyone would be better off without me"],
      ignores: ["i used to think everyone would be better off without me, therapy changed that"],
    },
    {
      id: "passive-ideation/better-off-without-them",
      rationale:
        'Better off without them. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "other",
      phrases: [
        String.raw`\bbetter off with (?:the |my |his |her )?life insurance\b`,
        String.raw`\bbetter off without (?:him|her|them)\b`,
        String.raw`\bbetter off with (?:him|her|them) gone\b`,
        String.raw`\bbetter off if (?:he|she|they) (?:was|were) (?:gone|dead)\b`,
      ],
      matches: ["my brother says everyone would be better off without him", "my husband said we'd be better off with the life insurance"],
    },
    {
      id: "passive-ideation/others-spared-a-trouble-without-them",
      rationale:
        'Others spared a trouble without them. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\b(?:would|will|'d) (?:have|be|feel|get|live) (?:so much |much |a lot |way )?(?:(?:less|fewer|no more|more) (?:[a-z]+ ){0,2}?(?:problems|stress|worries|worry|trouble|debt|money|peace|freedom|fights|arguments|drama|bills|burdens?)|lighter|freer|richer|happier)\b(?: [a-z]+){0,3}? without me(?: around| here| in (?:the|their) (?:way|lives|life))?(?= *$| *,| anymore| honestly| and)`,
      ],
      matches: ["my kids would have more money without me around", "I'm a burden to everyone and they'd be happier without me"],
    },
    {
      id: "passive-ideation/nobody-would-miss-me",
      rationale:
        'Nobody would miss me. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\b(?:nobody|no one) would (?:even )?(?:miss|notice|care)(?: about)?(?: me)? if i (?:was|were|died|disappeared|killed|left|was gone|were gone|was not here)\b`,
        String.raw`\b(?:nobody|no one) would (?:even )?miss me\b`,
      ],
      matches: ["no one would care if i was gone", "nobody would miss me if i was gone"],
    },
    {
      id: "passive-ideation/a-burden-to-everyone",
      rationale:
        'A burden to everyone. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\bburden (?:to|on) (?:everyone|everybody|all|the world|everyone i love|everyone around me)\b`,
        String.raw`\b(?:am|is|are) (?:just |such |only )?(?:a|such a) burden(?= *$| (?:and|to everyone|on everyone)\b)`,
      ],
      matches: ["i'm a burden and it will never get better", "I'm a burden and I've accepted it. Soon it won't matter."],
    },
    {
      id: "passive-ideation/nothing-to-live-for",
      rationale:
        'Nothing to live for. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:nothing|no one|nobody) (?:left )?to (?:fight|hope|keep going|stay|wake up) for\b`,
        String.raw`\bno (?:more |other )?reason (?:for|to) (?:live|living|stay|staying|keep going|exist|wake up|get up|keep waking up|be here|be alive)\b`,
        String.raw`\b(?:running|run|ran) out of (?:reasons?|things) (?:to|for) (?:stay|staying|live|living|keep going|be here|go on|stay alive|keep living)\b`,
        String.raw`\b(?:do|does|did) not (?:really |even |honestly |actually |truly )?see (?:a|any|the) (?:reason|point) (?:to|in|of) (?:live|living|keep going|keep living|going on|being alive|being here|staying alive|existing|carrying on|stay)\b`,
        String.raw`\b(?:nothing|no reason|nobody|no one) (?:left )?to live for\b`,
        String.raw`\b(?:life|living) (?:is not|is no longer|not) worth (?:living|it anymore)\b`,
        String.raw`\bnot worth living\b`,
        String.raw`\b(?:no|do not (?:really |even |honestly )?see (?:a|any|the)|can not (?:really |even )?see (?:a|any|the)|there is no) (?:reason|point) (?:for me |for him |for her )?(?:to|in|of) (?:live|living|keep going|keep living|going on|being alive|being here|staying alive|existing|carrying on|stay)\b${NOT_WHETHER}`,
        String.raw`\bpoint (?:of|in) (?:living|life|being alive|existing|going on)\b${NOT_WHETHER}`,
        String.raw`\bwhy (?:am i|do i|is he|is she) (?:even |still )?(?:alive|here|exist|bother living|keep living|keep going)\b`,
        String.raw`\bwhy (?:should|would) i (?:keep living|live|go on|keep going|stay alive|bother living)\b`,
      ],
      matches: ["why am i even alive", "what's even the point of living"],
    },
    {
      id: "passive-ideation/home-to-god",
      rationale:
        'Home to god. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:go|going|be called|called|come) home to (?:jesus|god|the lord|heaven|my maker)\b`,
        String.raw`\b(?:respawn|reincarnate|be reborn|start over|try again) in (?:another|the next|a new|a different|my next) life\b`,
        String.raw`\b(?:thinking about|thought about|want to|going to|might|ready to|about to|considering) (?:just )?(?:take|taking) a long walk off a short (?:bridge|pier|cliff|plank)\b`,
      ],
      jokeProne: true,
      needs: /\b(?:tired|ready|soon|tonight|please|take me|done|can not|anymore|no more|i want|i wish|thinking|considering|going to)\b/,
      matches: ["i'm ready to respawn in another life", "thinking about taking a long walk off a short bridge"],
    },
    {
      id: "passive-ideation/fading-away-no-one-burdened",
      rationale:
        'Fading away, no one burdened. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:wish|want|hope|wishing|wanting) (?:i could |to )?(?:just )?fade (?:away|out)\b(?! of| from)`,
        String.raw`\b(?:nobody|no one) (?:would|will) (?:have to|need to) (?:deal with|worry about|put up with|look after) me\b`,
      ],
      matches: ["wish I could just fade away and nobody would have to deal with me"],
    },
    {
      id: "passive-ideation/tired-of-living",
      rationale:
        'Tired of living. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\btired to (?:live|living|exist)\b`,
        String.raw`\b(?:tired|sick|exhausted) (?:of|from) (?:the |this |my )?(?:living|life|world|existing|being alive|being here|waking up(?! (?:at|early|so|for|to|before|with|in|every day at))|breathing|being me|staying alive|surviving)\b(?! (?:i am|i have|that i|i lead|i live|of|as a|in)\b)`,
        String.raw`\b(?:tired|sick|exhausted) (?:of|from) (?:it all|everything)(?= *$| *,| (?:and|so|i|honestly|anymore|right now|lately|now|at this point)\b)`,
        String.raw`\bdone with (?:life|living|everything|it all|being alive|existing)\b`,
        String.raw`\b(?:had|have had) enough of (?:life|living|this life|everything|it all|being alive)\b`,
        String.raw`\b(?:give|given|giving|gave) up on (?:life|living|everything|myself)\b`,
        String.raw`\b(?:want|wants|going|ready|about) to (?:just )?give up(?= *$| on (?:it all|everything)\b)`,
        String.raw`\bjust give up$`,
      ],
      matches: ["i'm done with life", "i'm tired of living"],
    },
    {
      id: "passive-ideation/wants-to-disappear-for-good",
      rationale:
        'Wants to disappear for good. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:disappear|disappearing|vanish|vanishing|be gone)(?: off the face of the earth| from the face of the earth| from this world)? (?:forever|for good|permanently|and (?:never|not) come back|and never be found)\b`,
        String.raw`\b(?:stop|stopped|cease|ceasing) (?:existing|to exist)\b`,
        String.raw`\b(?:to )?not (?:to )?exist(?= *$| anymore| any more)\b`,
        String.raw`\bnot (?:to )?exist anymore\b`,
      ],
      matches: ["i wish i could stop existing", "i wish i could just not exist"],
    },
    {
      id: "passive-ideation/wants-it-all-to-end",
      rationale:
        'Wants it all to end. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:want|wants|ready|need|needs|wish) (?:for )?(?:it|it all|everything|all of it|all this|this all|my life|this life|life|my existence) to (?:just |finally )?(?:end|stop|be over)\b(?! for (?:a|one) (?:minute|second|moment|bit|while|day|week)| so i can)`,
        String.raw`\bwant(?:s)? everything to (?:end|stop)\b`,
      ],
      matches: ["i want it all to end", "i want my life to be over"],
    },
    {
      id: "passive-ideation/will-not-be-around-much-longer",
      rationale:
        'Will not be around much longer. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:not|never) (?:[a-z']+ ){0,4}?be (?:around|here|alive) (?:much |for (?:much )?)?longer\b`,
        String.raw`\bnot (?:going to )?be (?:around|here) (?:much longer|for long|tomorrow|next week|after (?:tonight|today))\b`,
        String.raw`\bnot (?:going to )?be (?:around|here) (?:next year|next month) anyway\b`,
        String.raw`\bwhat if i (?:just )?(?:did not exist|was not here|were not here|disappeared|died|was gone|were gone)\b`,
        String.raw`\bnot (?:going to |gonna )?be (?:online|on here) (?:anymore|any more) after (?:tonight|today)\b`,
        String.raw`\bwill not be (?:around|here) (?:much longer|for long|tomorrow|anymore)\b`,
      ],
      needs: NOT_AWAY,
      matches: ["what if I just didn't exist tomorrow", "i'm not going to be around much longer"],
      ignores: ["I'm not going to be around next week, should I tell my therapist I'm going on vacation?"],
    },
    {
      id: "passive-ideation/cannot-picture-being-alive-later",
      rationale:
        'Cannot picture being alive later. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:see|picture|imagine) (?:myself |himself |herself |themselves )?(?:still )?(?:being )?(?:alive|here|around) (?:(?:at|by|past|in) (?:\d+|twenty|thirty|forty|fifty|next year|a year|five years|ten years|old age|my next birthday)\b|(?:much |for (?:much )?)?longer\b(?! (?:at|in|on) (?:this|my|the|that) (?:job|company|team|school|class|city|town|place|house|flat|band|project|server)))`,
      ],
      ignore: ["negation"],
      needs: /\b(?:do not|does not|can not|never|could not|hardly) (?:really |even )?(?:see|picture|imagine)\b/,
      matches: ["i don't see myself being around much longer", "i dont see a future for me at all, i cant picture being alive at 25"],
    },
    {
      id: "passive-ideation/does-not-see-a-future",
      rationale:
        'Does not see a future. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:do not|does not|can not|never) (?:see|picture|imagine) (?:myself|himself|herself|themselves) (?:making it|being alive|being here|surviving|growing old|(?:reaching|getting to|making it to|turning|living to|seeing) (?:\d+|twenty|thirty|forty|fifty|old age|next year|my next birthday|the end of (?:the|this) year)|living (?:past|to|until|much longer|another))\b`,
        String.raw`\bhow (?:much )?(?:longer|long) (?:i|i can|can i|he can|she can) (?:keep going|go on|do this|take (?:it|this)|hold on|last|survive|keep living)\b`,
      ],
      matches: ["can't see myself getting to 25 tbh", "i can't see myself being alive next year"],
    },
    {
      id: "passive-ideation/does-not-mean-to-see-next-year",
      rationale:
        'Does not mean to see next year. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:do not|does not|am not|is not|not) (?:plan|planning|expect|expecting|intend|intending|going) (?:on |to )?(?:see|seeing|make it to|making it to|be around for|being around for|reach|reaching|be here for|being here for) (?:next (?:year|month|week)|my (?:next )?birthday|christmas|\d+|summer|the new year|another (?:year|birthday|christmas))\b`,
      ],
      matches: ["I don't plan on seeing next year"],
    },
    {
      id: "passive-ideation/doubts-they-will-last",
      rationale:
        'Doubts they will last. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:not sure|do not know if|doubt|not certain)(?: that)? (?:i|ill|he|she|they) (?:will |would |am going to )?(?:still )?be (?:alive|here|around) (?:for|by|at|to see|when)\b`,
        String.raw`\bcan not see (?:past|beyond) (?:next week|tomorrow|tonight|this week|the weekend|today|next month)\b`,
        String.raw`\b(?:do not think|not sure|unsure|do not know if|do not know whether|doubt|not certain|can not see how)(?: that)? (?:i|he|she|they|ill) (?:will |would |can |could |am going to |is going to |are going to )?(?:last|make it|survive|hold on|hang on|keep going)(?= *$| (?:that long|much longer|for long|long enough|until|till|past|through (?:the night|tonight)|tonight|to (?:next|the end of|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|christmas|new year|my birthday|then))\b)`,
        String.raw`\b(?:do not think|not sure|unsure|do not know if|do not know whether|doubt|not certain)(?: that)? (?:i|he|she|they) (?:will|would|am going to|is going to|are going to) (?:still|even) be (?:here|around|alive)\b`,
        String.raw`\bnot (?:going to )?make it (?:through|past) (?:the night|tonight|the week|the weekend|another)\b`,
      ],
      matches: ["my future is a black wall, I can't see past next week", "tbh i wouldn't be upset if i didn't make it through the night"],
    },
    {
      id: "passive-ideation/arrangements-for-after-they-are-gone",
      rationale:
        'Arrangements for after they are gone. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:after|when|once|for when|if) (?:i am|i have|he is|she is|they are) (?:gone|dead|not here|not around|no longer here|no longer around)\b(?! (?:on|to|for|away|back|out|home|abroad|shopping|off|from|a|an|with|until|till|at|in|this|next|tomorrow|today|tonight|when|during|because|so|honest|set|serious|tired|certain|sure|right|wrong|last|inside)\b)`,
      ],
      matches: ["nobody will even notice when I'm gone", "made sure my cat will be taken care of after i'm gone"],
    },
    {
      id: "passive-ideation/life-feels-pointless",
      rationale:
        'Life feels pointless. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`^(?:(?:honestly|maybe|i think|i guess|i feel like|i know|idk|just) )*(?:life|living|being alive|existing) (?:is not|just is not|was never) (?:for me|meant for me)\b`,
        String.raw`\b(?:my )?life (?:no|not|does not|do not) (?:have|has) (?:any )?(?:meaning|sense|point|purpose)\b`,
        String.raw`\b(?:my )?life (?:is |has )?no (?:more )?(?:meaning|sense|point|purpose)(?= *$| *,| anymore| any more| at all| and| so)`,
        String.raw`\b(?:my )?(?:life|existence|living) (?:has|have|had|holds) no (?:sense|meaning|point|purpose|value)(?: anymore| at all| for me)?(?= *$| *,| anymore| and| so)`,
        String.raw`\b(?:living|life|existing|being alive|my life|my existence) (?:feels|is|seems|has become|has been) (?:so |completely |totally |just |utterly )?(?:pointless|meaningless|not worth it|unbearable)\b`,
      ],
      matches: ["Life isn't for me", "living feels pointless"],
    },
    {
      id: "passive-ideation/can-not-go-on",
      rationale:
        'Can not go on. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\bcan not (?:go on|keep going|keep living|carry on)(?= *$| (?:like this|anymore|any more|any longer)\b)`,
        String.raw`\bcan not (?:take|bear|handle|stand) (?:this|the|my) pain (?:anymore|any more|any longer)\b`,
      ],
      matches: ["i can't go on like this", "i just can't keep going"],
    },
    {
      id: "passive-ideation/does-not-belong-in-this-world",
      rationale:
        'Does not belong in this world. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:do|does) not belong (?:in this world|on this earth|on this planet|among the living|alive)\b`,
        String.raw`\b(?:my|his|her) time (?:is up|has come)\b(?! (?:at|for|on|with))`,
        String.raw`\b(?:wish|want|hope) (?:the )?(?:world|earth|ground|sea) (?:would |could )?(?:just )?swallow (?:me|him|her)\b`,
      ],
      matches: ["i don't belong in this world", "i feel like my time is up and i'm fine with that"],
    },
    {
      id: "passive-ideation/peace-forever",
      rationale:
        'Peace forever. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [
        String.raw`\b(?:want|wants|need|just want) (?:to )?(?:peace|rest|sleep|quiet) (?:forever|for good|permanently)\b`,
        String.raw`\beternal (?:peace|rest)\b`,
      ],
      matches: ["I just want to sleep forever", "i'm so tired i just want to sleep forever"],
    },
    {
      id: "passive-ideation/worthless-to-exist",
      rationale:
        'Worthless to exist. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [String.raw`\b(?:am|is) (?:just |such |only )?(?:a|such a) waste of (?:space|oxygen|air|life|a life)\b`],
      jokeProne: true,
      matches: ["i'm a waste of oxygen and everyone knows it", "i feel like i'm a waste of space and everyone would be relieved if i died"],
    },
    {
      id: "passive-ideation/would-be-a-relief-not-to-exist",
      rationale:
        'Would be a relief not to exist. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "subject",
      phrases: [String.raw`\brelief (?:to|if i) (?:not exist|die|died|was gone|were gone|was dead)\b`],
      matches: ["i think it'd be a relief to not exist"],
    },
    {
      id: "passive-ideation/wishes-they-had-not-survived",
      rationale:
        'Wishes they had not survived. Regret at being alive after an attempt or a danger ("i wish i hadn\'t survived", "i should have done it when i had the chance"): a present wish to be dead spoken in the past tense, so the past check does not cancel it. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\bi wish i (?:had not|did not|had never|never) (?:survived|woken up|woke up|made it)(?= *$| *,| (?:it|that attempt|the attempt|my attempt|the overdose|last time|the crash|the fall)\b)`,
        String.raw`\bi wish (?:the attempt|my attempt|the overdose|the pills|my overdose) (?:had )?worked\b`,
        String.raw`\b(?:should have|could have)\b[^.?!]{0,40}?\b(?:killed myself|ended it|ended my life|died|done it|jumped|sliced my \w+|slit my \w+)\b[^.?!]{0,20}?\bwhen i had the (?:chance|pills|means)\b`,
      ],
      ignore: ["past"],
      matches: [
        "i wish i hadn't survived. but here i am",
        "i should have ended it when i had the chance",
        "i should have grabbed the knife and slit my wrists when i had the chance",
        "i wish my attempt had worked",
      ],
      ignores: ["i wish i hadn't made it to the party, it was awful", "i wish it worked on the first try, this printer is useless"],
    },
    {
      id: "passive-ideation/needs-a-reason-to-stay",
      rationale:
        'Needs a reason to stay. Asking for one reason not to end their life, or counting the reasons left ("give me one reason not to do it"): the wish is there and the reasons against it are running out. A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\b(?:need|give me|looking for|find|trying to find|searching for|tell me) (?:a|one|any|some|one good|a good) (?:good )?reasons? (?:not to|to not) (?:kill myself|end (?:it|it all|my life)|do it|die|go through with it)\b`,
        String.raw`\b(?:need|give me|looking for|trying to find|searching for) (?:a|one|any|some|one good|a good) (?:good )?reasons? to (?:stay alive|keep living|live|not die|stay)(?= *$| *,| (?:anymore|right now|tonight|today)\b)`,
      ],
      ignore: ["negation"],
      matches: ["i just need a reason not to end my life", "someone give me one reason to stay alive tonight"],
      ignores: ["give me one reason not to quit my job", "i need a reason to stay at this company"],
    },
    {
      id: "passive-ideation/can-not-hold-on-much-longer",
      rationale:
        'Can not hold on much longer. A survival horizon running out ("i can\'t hold on much longer", "i can\'t last longer"), and unsure they will still be alive: VERA-MH\'s "don\'t think I\'ll make it". A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\b(?:i|i just|i really) (?:can not|will not be able to|do not think i can) (?:hold on|hang on|last|keep going|go on)(?: (?:for )?(?:much|a lot|any|very much))? longer\b(?! (?:at|in|on|without|than)\b)`,
        String.raw`\b(?:not sure|unsure|do not know) (?:if|whether) i am (?:still )?going to (?:live|be alive|be here|make it)(?= *$| *,| (?:much longer|for long|past|through|to see|in (?:a few|\d+|two|three|five|ten) (?:years|months|weeks|days))\b)`,
      ],
      matches: ["i can't hold on much longer, everything hurts", "not sure if i'm still going to live in a few years"],
      ignores: ["i can't hold on much longer at this job", "i can not last longer than an hour in meetings"],
    },
    {
      id: "passive-ideation/the-sooner-the-better",
      rationale:
        'The sooner the better. Death welcomed whenever it comes ("any time i could die would be great", "dead, the sooner the better"). A passive wish to be dead or not to exist, or feeling a burden (VERA-MH Q4: passive suicidal thoughts, "better off without me").',
      who: "self",
      phrases: [
        String.raw`\b(?:anytime|any time|whenever|the day) i (?:can |could |get to )?die (?:would be|is|will be) (?:great|fine|good|welcome|a relief|a blessing|perfect)\b`,
        String.raw`\b(?:i|me) (?:die|dying|dead|gone)\b[^.?!]{0,20}?\bthe sooner the better\b`,
      ],
      matches: ["any time i could die would be great, honestly", "if i die, the sooner the better"],
      ignores: ["the sooner the better for the paperwork", "when my phone dies the sooner the better"],
    },
  ],
};
