import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";

/**
 * Hopelessness, exhaustion, wishes to escape, feeling a burden and unrelenting depression. Global
 * hopelessness counts alone (VERA-MH: "it's never going to get better"); the rest are weak cues that
 * count when two different families appear together ("nothing will change" + "I'm done fighting").
 * Bounded feelings ("hopeless about finding a therapist") are not cues.
 */
export const hopelessness: CueGroup<CrisisReason> = {
  name: "hopelessness",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    // it will never get better
    cue("subject", String.raw`\b(?:it|things|life|my life|this) (?:is |are )?(?:never going to|will never|is never going to|never gets|will not ever|is not ever going to) (?:get|be|feel) (?:any )?better\b|\b(?:it|things|life) (?:never|does not ever) gets? (?:any )?better\b|\bnothing (?:is|will) ever (?:going to )?(?:get|be|feel) (?:any )?better\b|\bnothing is ever going to (?:get|be) better\b`),
    // no hope or future
    cue("subject", String.raw`\bno way out of (?:this|the|my) (?:pain|life|hell|suffering|darkness)\b|\bno (?:hope|future|way out) (?:for me|left|anymore)\b|\b(?:have|see|there is) no (?:future|hope)(?= *$| for me| anymore| left)|\b(?:everything|life) (?:is|feels) hopeless\b|\b(?:am|feel) (?:so |completely |totally )?hopeless(?= *$| and)`),
    // wants out of it all
    cue("subject", String.raw`\b(?:want|wants|need|needs) out of (?:all of it|it all|everything|this life|life|my life|this world|existence)\b|\b(?:want|wants|need|needs) out (?:for good|forever|permanently)\b|\bescape (?:it all |everything )?(?:for good|forever|permanently)\b`),
    // hopeless
    cue("subject", String.raw`\b(?:feel|feeling|felt|am|is) (?:so |really |completely |totally |very |just )?hopeless\b(?! (?:about|that|when|with|in|at|because))|\bno way out\b|\bnothing (?:will|is going to) ever (?:change|get better|improve)\b|\bnothing matters(?: anymore)?\b|\b(?:the )?point (?:of|in) (?:anything|it all|trying|going on)\b|\bwhat is (?:even )?the point(?= *$| anymore| of (?:anything|it all|trying))|\b(?:do not|can not) see the point(?: anymore| of anything| of trying)?(?= *$| anymore)`, { family: "hopelessness" }),
    // exhausted by the fight
    cue("subject", String.raw`\bi (?:just |really |honestly )?can not (?:anymore|any more|any longer)\b|\bi am (?:just |so |really |very |honestly )*(?:tired|exhausted|drained|worn out)(?= *$)|\bcan not (?:do|take) (?:this|it) (?:anymore|any more|any longer)\b|\bcan not take (?:it|this) anymore\b|\b(?:done|tired of|sick of|exhausted from|so tired of) (?:fighting|trying|waiting|hoping)\b(?= *$| *,| anymore)|\bcan not keep fighting\b|\b(?:i am|i am so|then i am|and i am) done(?= *$)|\b(?:i have|have) given up(?= *$)`, { family: "exhaustion" }),
    // putting affairs in order
    cue("subject", String.raw`\b(?:writing|wrote|written|updating|updated|finishing|finished|made|making|sorted out|sorting out|sorted|drew up|drawn up) (?:my|a) will\b|\btying up (?:all )?(?:the |my )?loose ends\b|\b(?:cancelled|canceled|cancelling|canceling|deleted|deleting) (?:all )?my (?:subscriptions|accounts|social media|socials)\b`, { family: "preparation" }),
    // a goodbye
    cue("subject", String.raw`\btake care (?:everyone|everybody|all|guys|of yourselves)(?= *$)|\b(?:i am )?checking out(?= *$)|\b(?:goodbye|bye|farewell)(?: (?:everyone|everybody|all|guys|world|forever))?(?= *$)|\bsorry for everything\b|\b(?:i )?love you all\b|\b(?:thank you|thanks) for everything\b|\bbefore i (?:go|leave)(?= *$)`, { family: "farewell", ignore: ["negation"] }),
    // speaks of friends as if in the past
    cue("subject", String.raw`\b(?:i am )?sorry (?:that )?i (?:could not|was not|could never|am not|was never) (?:be )?(?:better|enough|good enough|what you (?:needed|wanted)|a better \w+)\b|\byou (?:all )?(?:were|have been) (?:such |really |the best |good |great |a good |my best )+(?:friends?|people|to me|family)\b|\bit (?:was|has been) (?:nice|good|great) knowing (?:you|everyone|all)\b|\bremember me\b|\b(?:do not|please do not) blame yourselves\b`, { family: "eulogy" }),
    // out of options
    cue("subject", String.raw`\b(?:i am|i have|i have run|i have been) (?:completely |totally )?(?:out of|run out of|no) options\b(?! (?:for|with|on|about|at)\b)`, { family: "hopelessness" }),
    // nothing has helped
    cue("subject", String.raw`\b(?:tried|done) everything\b(?= *$)|\bnothing (?:works|helps|is working|is helping|has worked|has helped)(?: anymore)?(?= *$)`, { family: "depression" }),
    // a future closed off
    cue("subject", String.raw`\bmy future (?:is|looks|feels) (?:a )?(?:black|dark|empty|blank|gone|over|nothing|a black wall|a wall|a void)\b|\bmy life is (?:finished|finish|over|done)(?= *$| *,| and)`, { family: "depression" }),
    // a way out, any way
    cue("subject", String.raw`\b(?:need|want|looking for) a way out\b(?= *$| *,| of (?:this|here|everything|it all))|\bonly (?:one|1) way out\b`, { family: "escape" }),
    // pain that will never stop
    cue("subject", String.raw`\b(?:pain|depression|this|it|the pain|my pain) (?:is )?(?:never going to|will never|is not going to ever) (?:stop|end|go away|get better|ease)\b`, { family: "hopelessness" }),
    // denies that it gets better
    cue("subject", String.raw`^it (?:does not|never does|will not|really does not)(?= *$)`, { family: "hopelessness", needs: /\b(?:gets?|will get|is going to get) better\b/ }),
    // can not live like this
    cue("subject", String.raw`\bcan not (?:live|go on|keep living|do this|keep doing this) like this\b`, { family: "exhaustion" }),
    // nothing is left
    cue("subject", String.raw`\bthere is nothing left(?: for me| of me| in me)?(?= *$)|\b(?:has|have) taken everything (?:from me|i had|i have)\b|\bnothing left (?:of me|in me)\b`, { family: "hopelessness" }),
    // can not face one more day
    cue("subject", String.raw`\bcan not (?:do|take|face|handle|survive|bear|stand) (?:one more|another)(?: (?:day|night|week|month|year|minute|second|morning))?(?: (?:of this|like this))?(?= *$| *,| (?:of this|like this))`, { family: "exhaustion" }),
    // years of feeling like this
    cue("subject", String.raw`\b(?:years|months|(?:\d+|two|three|four|five|six|several|many) (?:years|months)) of (?:feeling|being) (?:like this|this way|this|so low|empty|numb|depressed)\b|\bfelt (?:like this|this way) for (?:years|months|(?:\d+|two|three|four|five|six|several|many) (?:years|months))\b`, { family: "depression" }),
    // life is too much
    cue("subject", String.raw`\blife is (?:just )?(?:too|so) (?:hard|much|painful|heavy)\b|\b(?:everything|it all) is too much\b`, { family: "exhaustion" }),
    // wants to escape
    cue("subject", String.raw`\b(?:do|does) not want to do (?:it|this|life) anymore\b|\b(?:need|want|wants) out(?= *$)|\bwant(?:s)? to escape\b(?! (?:to|for (?:a|the) (?:weekend|week|day)))|\bmake it (?:all )?stop\b`, { family: "escape" }),
    // does not care what happens
    cue("subject", String.raw`\b(?:do|does) not care (?:what happens to (?:me|him|her|them)|about anything anymore)\b`, { family: "indifference" }),
    // does not care anymore
    cue("subject", String.raw`\b(?:i )?(?:do not|does not) care anymore(?= *$)|\bi do not care what happens(?= *$| to me)`, { family: "indifference" }),
    // a weight on others
    cue("subject", String.raw`\b(?:a|just a|such a) (?:weight|drain|burden) on (?:everyone|everybody|my family|everyone's|my family's|the people)\b|\bnobody (?:needs|wants) me\b|\bi (?:ruin|destroy|wreck) everything (?:i touch|and everyone)\b`, { family: "burden" }),
    // a burden and nothing more
    cue("subject", String.raw`\bnothing (?:but|more than) a burden\b|\b(?:a|such a|just a) burden to (?:everyone|everybody|my (?:whole |entire )?family|all of them|the people i love|everyone i know|my (?:wife|husband|partner|kids|children|parents|mum|mom|dad|friends|family)(?: and (?:my )?(?:kids|children|family|brother|sister|friends|parents))?)\b(?! (?:sometimes|when|if|by|with|because|at times)\b)`),
    // feels a burden
    cue("subject", String.raw`\b(?:am|is|feel like|feels like) (?:just |such |only )?(?:a|such a) burden\b`, { family: "burden" }),
    // life feels empty of meaning
    cue("subject", String.raw`\beverything (?:feels|is|seems) (?:so |completely )?(?:pointless|meaningless)\b`, { family: "hopelessness" }),
    // unrelenting depression
    cue("subject", String.raw`\bdepression (?:has taken|took|is taking|has stolen|stole) (?:everything|my life|it all|all of me)\b|\bdepression (?:will not|does not|never|is not going to|is not|is never) (?:stop|go away|end|lift|get better|let up|going away|stopping|lifting|getting better|letting up)\b|\b(?:been|being|felt|feeling) (?:so |really )?depressed (?:for (?:years|months|so long|ages|forever|(?:\d+|two|three|four|five|six|several|many|a few) (?:years|months))|my whole life|all my life|since)\b|\bdepression is (?:getting worse|unbearable|so bad|killing me|winning)\b`, { family: "depression" }),
  ],
};
