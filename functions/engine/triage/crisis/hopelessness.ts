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
    cue("it will never get better", "subject", String.raw`\b(?:it|things|life|my life|this) (?:is |are )?(?:never going to|will never|is never going to|never gets|will not ever|is not ever going to) (?:get|be|feel) (?:any )?better\b|\b(?:it|things|life) (?:never|does not ever) gets? (?:any )?better\b|\bnothing (?:is|will) ever (?:going to )?(?:get|be|feel) (?:any )?better\b|\bnothing is ever going to (?:get|be) better\b`),
    cue("no hope or future", "subject", String.raw`\bno way out of (?:this|the|my) (?:pain|life|hell|suffering|darkness)\b|\bno (?:hope|future|way out) (?:for me|left|anymore)\b|\b(?:have|see|there is) no (?:future|hope)(?= *$| for me| anymore| left)|\b(?:everything|life) (?:is|feels) hopeless\b|\b(?:am|feel) (?:so |completely |totally )?hopeless(?= *$| and)`),
    cue("wants out of it all", "subject", String.raw`\bwant(?:s)? out of (?:all of it|it all|everything|this life|life)\b|\b(?:want|wants|need|needs) out (?:for good|forever|permanently)\b|\bescape (?:it all |everything )?(?:for good|forever|permanently)\b`),
    cue("hopeless", "subject", String.raw`\b(?:feel|feeling|felt|am|is) (?:so |really |completely |totally |very |just )?hopeless\b(?! (?:about|that|when|with|in|at|because))|\bno way out\b|\bnothing (?:will|is going to) ever (?:change|get better|improve)\b|\bnothing matters(?: anymore)?\b|\b(?:the )?point (?:of|in) (?:anything|it all|trying|going on)\b|\bwhat is (?:even )?the point(?= *$| anymore| of (?:anything|it all|trying))|\b(?:do not|can not) see the point(?: anymore| of anything| of trying)?(?= *$| anymore)`, { family: "hopelessness" }),
    cue("exhausted by the fight", "subject", String.raw`\bi (?:just |really |honestly )?can not (?:anymore|any more|any longer)\b|\bi am (?:just |so |really |very |honestly )*(?:tired|exhausted|drained|worn out)(?= *$)|\bcan not (?:do|take) (?:this|it) (?:anymore|any more|any longer)\b|\bcan not take (?:it|this) anymore\b|\b(?:done|tired of|sick of|exhausted from|so tired of) fighting\b|\bcan not keep fighting\b|\b(?:i am|i am so|then i am|and i am) done(?= *$)|\b(?:i have|have) given up(?= *$)`, { family: "exhaustion" }),
    cue("putting affairs in order", "subject", String.raw`\b(?:writing|wrote|written|updating|updated|finishing|finished|made|making|sorted out|sorting out|sorted|drew up|drawn up) (?:my|a) will\b|\btying up (?:all )?(?:the |my )?loose ends\b|\b(?:cancelled|canceled|cancelling|canceling|deleted|deleting) (?:all )?my (?:subscriptions|accounts|social media|socials)\b`, { family: "preparation" }),
    cue("a goodbye", "subject", String.raw`\b(?:goodbye|bye|farewell)(?: (?:everyone|everybody|all|guys|world|forever))?(?= *$)|\bsorry for everything\b|\b(?:i )?love you all\b|\b(?:thank you|thanks) for everything\b|\bbefore i (?:go|leave)(?= *$)`, { family: "farewell" }),
    cue("speaks of friends as if in the past", "subject", String.raw`\byou (?:all )?(?:were|have been) (?:such |really |the best |good |great |a good |my best )+(?:friends?|people|to me|family)\b|\bit (?:was|has been) (?:nice|good|great) knowing (?:you|everyone|all)\b|\bremember me\b|\b(?:do not|please do not) blame yourselves\b`, { family: "eulogy" }),
    cue("nothing is left", "subject", String.raw`\bthere is nothing left(?: for me| of me| in me)?(?= *$)|\b(?:has|have) taken everything (?:from me|i had|i have)\b|\bnothing left (?:of me|in me)\b`, { family: "hopelessness" }),
    cue("can not face one more day", "subject", String.raw`\bcan not (?:do|take|face|handle|survive|bear|stand) (?:one more|another)(?: (?:day|night|week|month|year|minute|second|morning))?(?: (?:of this|like this))?(?= *$| *,| (?:of this|like this))`, { family: "exhaustion" }),
    cue("years of feeling like this", "subject", String.raw`\b(?:years|months|(?:\d+|two|three|four|five|six|several|many) (?:years|months)) of (?:feeling|being) (?:like this|this way|this|so low|empty|numb|depressed)\b|\bfelt (?:like this|this way) for (?:years|months|(?:\d+|two|three|four|five|six|several|many) (?:years|months))\b`, { family: "depression" }),
    cue("life is too much", "subject", String.raw`\blife is (?:just )?(?:too|so) (?:hard|much|painful|heavy)\b|\b(?:everything|it all) is too much\b`, { family: "exhaustion" }),
    cue("wants to escape", "subject", String.raw`\b(?:do|does) not want to do (?:it|this|life) anymore\b|\b(?:need|want|wants) out(?= *$)|\bwant(?:s)? to escape\b(?! (?:to|for (?:a|the) (?:weekend|week|day)))|\bmake it (?:all )?stop\b`, { family: "escape" }),
    cue("does not care what happens", "subject", String.raw`\b(?:do|does) not care (?:what happens to (?:me|him|her|them)|about anything anymore)\b`, { family: "indifference" }),
    cue("a burden and nothing more", "subject", String.raw`\bnothing (?:but|more than) a burden\b|\b(?:a|such a|just a) burden to (?:everyone|everybody|my (?:whole |entire )?family|all of them|the people i love|everyone i know)\b(?! sometimes)`),
    cue("feels a burden", "subject", String.raw`\b(?:am|is|feel like|feels like) (?:just |such |only )?(?:a|such a) burden\b`, { family: "burden" }),
    cue("life feels empty of meaning", "subject", String.raw`\beverything (?:feels|is|seems) (?:so |completely )?(?:pointless|meaningless)\b`, { family: "hopelessness" }),
    cue("unrelenting depression", "subject", String.raw`\bdepression (?:has taken|took|is taking|has stolen|stole) (?:everything|my life|it all|all of me)\b|\bdepression (?:will not|does not|never|is not going to|is not|is never) (?:stop|go away|end|lift|get better|let up|going away|stopping|lifting|getting better|letting up)\b|\b(?:been|being|felt|feeling) (?:so |really )?depressed (?:for (?:years|months|so long|ages|forever|(?:\d+|two|three|four|five|six|several|many|a few) (?:years|months))|my whole life|all my life|since)\b|\bdepression is (?:getting worse|unbearable|so bad|killing me|winning)\b`, { family: "depression" }),
  ],
};
