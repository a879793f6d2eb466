import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";

const STOP_LIVING = String.raw`(?:live|exist|be alive|keep living|stay alive|continue living|wake up(?! (?:early|at|for|so|in time))|(?:go on|keep going|be around|carry on|be here)(?= *$| (?:anymore|any more|any longer|like this)))`;
/** "…want to live" followed by a place or company is about where or how to live, not whether. */
const NOT_WHETHER = String.raw`(?! (?:with|in|at|there|near|on|alone|together|abroad|here|somewhere|where|close|like that|by myself|in this (?:city|town|house)))`;

/** Passive wishes to be dead or not to exist, and feeling a burden, per the VERA-MH rubric. */
export const passiveIdeation: CueGroup<CrisisReason> = {
  name: "passive ideation",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue("does not want to live", "subject", String.raw`\b(?:do|does|did) not (?:really |even |actually )?want to ${STOP_LIVING}\b${NOT_WHETHER}|\b(?:no longer|never) want to ${STOP_LIVING}\b${NOT_WHETHER}`),
    cue("does not want to be here anymore", "subject", String.raw`\b(?:do|does) not (?:really |even )?want to be here(?= *$| (?:anymore|any more|any longer|on this earth|in this world)\b)`),
    cue("unsure they want to live", "subject", String.raw`\b(?:not sure|unsure|do not know)(?: if| whether| that)? (?:i|he|she|they) (?:even |really )?want(?:s)? to (?:live|be alive|be here|keep going|go on|exist)\b${NOT_WHETHER}`),
    cue("never wake up", "match", String.raw`\b(?:sleep|go to sleep|fall asleep|close my eyes) and (?:never|not) wake up\b|\b(?:hope|hoping|pray|praying|wish|wishing)(?: that)? (?:i|he|she|they) (?:do not|does not|will not|would not|never) wake up\b|\b(?:and|to|maybe|just|then|so i) (?:never|not) wake (?:up|back up)\b|\bif (?:i|he|she|they) (?:just )?(?:did not|do not|never|does not) wake up\b|\bnot wake up (?:tomorrow|again|in the morning)\b|\bnever wake up again\b`),
    cue("sleep forever", "subject", String.raw`\b(?:sleep|go to sleep) forever\b|\beternal sleep\b|\bsleep and never\b`),
    cue("wishes they had not been born", "match", String.raw`\bwish(?:es)? (?:i|he|she|they) (?:would|had|was|were) (?:never|not) (?:been )?born\b`),
    cue("would not mind dying", "match", String.raw`\bif (?:i|he|she|they) died (?:tomorrow|today|tonight)?,? (?:i|he|she|they) would not (?:mind|care)\b|\b(?:would|do) not (?:mind|care) if (?:i|he|she|they) (?:died|did not wake up|was gone|were gone|disappeared|got hit|was hit|never woke up)\b|\b(?:would|do) not (?:mind|care) if a (?:car|bus|truck|train|lorry) hit (?:me|him|her|them)\b|\b(?:do|does) not care (?:if|whether) (?:i|he|she|they) (?:live|die|lives|dies|wake up)\b`),
    cue("wishes something would happen", "match", String.raw`\b(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:something|a car|a bus|someone) (?:would |will |could )?(?:just )?(?:happen to|hit|hits|kill|kills) (?:me|him|her|them)\b|\bso it (?:would|could|will) (?:all )?be over\b`),
    cue("wants someone to kill them", "subject", String.raw`\b(?:want|wish|need) (?:someone|somebody|something) (?:to|would|could) kill me\b|\b(?:please|pls|just|someone|somebody) (?:someone |somebody |just )?kill me\b(?! now)`, { jokeProne: true }),
    cue("better off without me", "self", String.raw`\bbetter off without me\b|\b(?:happier|easier|better) without me\b|\bbetter off if i (?:was|were|was not|were not) (?:gone|dead|here|around|alive)\b|\b(?:happier|easier|better) if i (?:was|were|was not|were not|had never been) (?:gone|dead|here|around|alive|born)\b|\bbetter without me in it\b`),
    cue("better off without them", "other", String.raw`\bbetter off without (?:him|her|them)\b|\bbetter off if (?:he|she|they) (?:was|were) (?:gone|dead)\b`),
    cue("nobody would miss me", "self", String.raw`\b(?:nobody|no one) would (?:even )?(?:miss|notice|care)(?: about)?(?: me)? if i (?:was|were|died|disappeared|killed|left|was gone|were gone|was not here)\b|\b(?:nobody|no one) would (?:even )?miss me\b`),
    cue("a burden to everyone", "subject", String.raw`\bburden (?:to|on) (?:everyone|everybody|my family|the people|them|my friends|all|my parents|my partner|the world)\b|\b(?:am|is|are) (?:just |such |only )?(?:a|such a) burden(?= *$| (?:and|to everyone|on everyone)\b)`),
    cue("nothing to live for", "subject", String.raw`\b(?:nothing|no reason|nobody|no one) (?:left )?to live for\b|\b(?:life|living) (?:is not|is no longer|not) worth (?:living|it anymore)\b|\bnot worth living\b|\b(?:no|do not see (?:a|any|the)|can not see (?:a|any|the)|there is no) (?:reason|point) (?:to|in|of) (?:live|living|keep going|keep living|going on|being alive|being here|staying alive|existing|carrying on|stay)\b${NOT_WHETHER}|\bpoint (?:of|in) (?:living|life|being alive|existing|going on)\b${NOT_WHETHER}|\bwhy (?:am i|do i|is he|is she) (?:even |still )?(?:alive|here|exist|bother living|keep living|keep going)\b|\bwhy (?:should|would) i (?:keep living|live|go on|keep going|stay alive|bother living)\b`),
    cue("tired of living", "subject", String.raw`\b(?:tired|sick|exhausted) (?:of|from) (?:living|life|existing|being alive|being here|it all|everything)\b|\bdone with (?:life|living|everything|it all|being alive|existing)\b|\b(?:had|have had) enough of (?:life|living|this life|everything|it all|being alive)\b|\b(?:give|given|giving|gave) up on (?:life|living|everything|myself)\b|\b(?:want|wants|going|ready|about) to (?:just )?give up(?= *$| on (?:it all|everything)\b)|\bjust give up$`),
    cue("wants to disappear for good", "subject", String.raw`\b(?:disappear|vanish|be gone) (?:forever|for good|permanently|and (?:never|not) come back|and never be found)\b|\b(?:stop|stopped|cease|ceasing) (?:existing|to exist)\b|\b(?:to )?not (?:to )?exist(?= *$| anymore| any more)\b|\bnot (?:to )?exist anymore\b`),
    cue("wants it all to end", "subject", String.raw`\bwant(?:s)? (?:it|it all|everything|all of it|all this|this all) to (?:end|stop|be over)\b|\bwant(?:s)? everything to (?:end|stop)\b`),
    cue("will not be around much longer", "subject", String.raw`\bnot (?:going to )?be (?:around|here) (?:much longer|for long|tomorrow|next week|after (?:tonight|today))\b|\bwill not be (?:around|here) (?:much longer|for long|tomorrow|anymore)\b`),
    cue("can not go on", "subject", String.raw`\bcan not (?:go on|keep going|keep living|carry on)(?= *$| (?:like this|anymore|any more|any longer)\b)|\bcan not (?:take|bear|handle|stand) (?:this|the|my) pain (?:anymore|any more|any longer)\b`),
    cue("would be a relief not to exist", "subject", String.raw`\brelief (?:to|if i) (?:not exist|die|died|was gone|were gone|was dead)\b`),
  ],
};
