import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";
import { NOT_AWAY, PROJECTION } from "./conditions.ts";

/** Places and means a person may fixate on. */
const MEANS = String.raw`(?:(?:bottle|box|packet|pack|stash) of (?:pills|tablets|painkillers|sleeping pills)|pills|tablets|painkillers|sleeping pills|rope|noose|razor|razors|blades?|gun|knife|train tracks|tracks|railway|bridge|edge|ledge|cliff|roof|trains?|motorway|traffic)`;
/** How others would take the writer's absence: the consequence that makes "if i died…" ideation, not a practical question. */
const REACTION = String.raw`(?:even |all |honestly |really |probably |pretty quickly |just |actually )*(?:move on|forget|get over it|be fine|be okay|be ok|be better|be happier|be lighter|be relieved|notice|care|miss me|cry|come|be sad|be upset|be glad|be happy|be better off)`;
/** The writer gone, in a conditional: "if i died", "if i disappeared". */
const IF_I_WERE_GONE = String.raw`if i (?:just |simply |suddenly |ever )?(?:died|was dead|were dead|disappeared|vanished|was gone|were gone|was not here|were not here|was not around|were not around|did not exist|killed myself|did not wake up)`;

/**
 * Veiled and indirect statements (VERA-MH's "vague, coded, ambiguous or indirect"): the means dwelt on,
 * others imagined relieved by the writer's absence, envy of the dead, a life held by one thread, a
 * farewell addressed to family, and calm after a decision.
 */
export const veiled: CueGroup<CrisisReason> = {
  name: "veiled and indirect",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    // the means kept, in case
    cue("subject", String.raw`\b(?:just )?in case i (?:need|want|decide on|choose) (?:an exit|a way out|to (?:end it|go|do it|use (?:it|them)))\b`),
    // dwells on the means
    cue("subject", String.raw`\b(?:looking|staring|stare|look|gazing|keep thinking|kept thinking|can not stop thinking|thinking) (?:at|about) (?:the|my|those|these|all the|that|his|her) ${MEANS}\b(?= *$| (?:differently|all night|for hours|again|lately|a lot|every (?:day|night)|in (?:the|my) (?:bathroom|cabinet|drawer|kitchen|closet|car))\b)|\b(?:every time|whenever) i (?:cross|walk over|drive over|drive past|walk past|pass|stand near|see|look at) (?:the|a|that) ${MEANS}\b`, {
      needs: /\b(?:differently|all night|for hours|easy|easier|how easy|keep|kept|can not stop|again|lately|cabinet|drawer|closet|jump|fall|step)\b/,
    }),
    // how easy it would be
    cue("subject", String.raw`\bhow easy (?:it )?(?:would|will|could) (?:it )?be(?: to (?:just )?(?:jump|fall|step|let go|end it|swerve|drive|walk|take them|take it))?(?= *$| *,| to\b)`, {
      needs: /\b(?:bridge|tracks?|trains?|edge|ledge|roof|cliff|balcony|window|road|traffic|motorway|wheel|swerve|pills|tablets|rope|razor|blades?|gun|knife|water|river|sea|jump|fall)\b/,
    }),
    // others imagined without the writer
    cue("self", String.raw`\b${IF_I_WERE_GONE}\b[^.]{0,50}?\b(?:would|will|could|'d) (?:${REACTION})\b|\b(?:would|will|'d|could) (?:${REACTION})\b[^.]{0,40}?\b${IF_I_WERE_GONE}\b|\b(?:would|will|could) (?:all |honestly |probably |just )*(?:be|get|feel|become|do) (?:so |much |a lot |way )?(?:lighter|better|easier|happier|brighter|calmer|fine|okay|ok|a better place|peaceful)\b[^.]{0,15}\bwithout me\b(?! (?:at|for|on|to|there|tonight|this|next|today|tomorrow|when|while)\b)|\b(?:better|happier|better off) (?:off )?with (?:a|an|another|someone|somebody|anyone)\b[^.]{0,25}\b(?:who|that) (?:is not|was not|is not like) me\b`),
    // soon no longer a weight on others
    cue("self", String.raw`\b(?:will not|would not|are not going to|is not going to|never) (?:have to|need to) (?:deal with|worry about|put up with|look after|take care of|carry|see|hear from|listen to) me (?:much longer|anymore|any more|for long|soon|again|for much longer)\b|\b(?:will not|am not going to) be (?:a|your|anyone's|their) (?:problem|burden|bother|worry|issue) (?:for|to) (?:anyone|you|everyone|anybody|them|you all) (?:soon|much longer|anymore|for long|for much longer)\b|\b(?:will not|am not going to) be (?:a|your|anyone's|their) (?:problem|burden|bother|worry) (?:soon|much longer|for long)\b`, { needs: NOT_AWAY }),
    // a mistake that should not exist
    cue("self", String.raw`\b(?:should|should have|was meant to) never (?:have )?(?:happened|existed|been born|been made)\b|\bmy (?:existence|birth|being born) (?:is|was) (?:a|the) (?:mistake|error|accident)\b`),
    // welcomes a fatal accident
    cue("subject", String.raw`\bif (?:a |the )?(?:car|bus|truck|train|lorry|plane|something|someone|lightning|cancer|illness|an accident|a disease|a stroke|a heart attack)\b[^.]{0,25}?\b(?:hit|hits|killed|kills|took|takes|happened to|ended|got) me\b[^.]{0,40}?\b(?:relieved|a relief|would not mind|would not care|be fine|be glad|be happy|be okay|be grateful|welcome it|be thankful)\b|\b(?:relieved|glad|grateful|thankful|happy)\b[^.]{0,15}?\bif (?:a |the )?(?:car|bus|truck|train|lorry|plane|something|someone|lightning|cancer|an accident|a disease)\b[^.]{0,20}?\b(?:hit|killed|took|ended|got) me\b`),
    // envies the dead
    cue("subject", String.raw`\b(?:envy|envious of|jealous of|trade places with|swap places with|switch places with|change places with) (?:the |all the |those |people |anyone |everyone |someone |somebody )?(?:who (?:is|are|has|have|got to|get to) |that (?:is|are) |in (?:a|the|their) )?(?:dead|died|die|coffin|grave|graves|dying|cemetery|heaven|killed (?:themselves|himself|herself)|passed away|six feet under)\b`),
    // does not remember wanting to live
    cue("subject", String.raw`\b(?:can not|do not|could not) (?:even )?remember (?:the last time|when) i (?:last )?(?:wanted|felt like|was glad|was happy|felt glad) (?:to be |being )?(?:alive|here|living|to live|to exist)\b`),
    // alive only for one reason
    cue("match", String.raw`\b(?:only|just) (?:staying alive|alive|still alive|sticking around|holding on|still here) (?:for|because(?: of)?)\b(?! (?:the|a|free|this|that|fun|now)\b)|\bthe only (?:reason|thing) (?:i am (?:still )?alive|i stay alive|i have not (?:killed|done it|ended)|keeping me alive|that keeps me alive|stopping me from (?:killing|ending|doing it))\b`, { jokeProne: true }),
    // existing hurts
    cue("subject", String.raw`\b(?:it )?(?:hurts|is painful|is unbearable|is agony|is torture|is too painful|is exhausting) (?:just )?(?:to exist|to be alive|to be me|being alive|existing)\b(?! in (?:a|my) body| with)|\b(?:existing|being alive|to exist) (?:hurts|is (?:so |just )?(?:painful|unbearable|agony|torture|too much))\b`),
    // pretends to want to live
    cue("subject", String.raw`\b(?:tired of |sick of |done |stop |stopped )?pretending (?:that )?(?:i want to (?:be here|live|be alive|stay|exist|keep going)|i am (?:okay|ok|fine) with (?:being alive|living|life))\b`),
    // wakes up disappointed
    cue("subject", String.raw`\bi (?:wake up|woke up|keep waking up|wake|keep waking) (?:up )?(?:and (?:i am|feel) )?(?:disappointed|gutted)(?= *$| every| again| that i\b| to be| each)`),
    // ready to go, after a long life or loss
    cue("match", String.raw`\b(?:i am|i feel|i think i am|feel|she is|he is|they are|she feels|he feels) (?:so |more than |just )?ready to (?:go|leave|be with (?:them|him|her|god|the lord))(?= *$| now\b| and\b)|\b(?:i have|have) lived (?:long )?enough(?= *$| now)`, {
      needs: /\b(?:outlived|everyone i (?:love|loved)|stopped (?:taking|eating)|nothing left|alone|lonely|tired|my time|god|lord|heaven|passed|died|widow|widower|no one left|nobody left)\b/,
    }),
    // no reason to keep trying
    cue("subject", String.raw`\b(?:no|do not see (?:a|any|the)|can not see (?:a|any|the)) (?:reason|point) (?:to|in|of) (?:keep |keeping )?(?:trying|fighting|pushing)(?= *$| anymore| any more| at all)`),
    // not strong enough for life
    cue("subject", String.raw`\bnot (?:strong|tough|brave|built|made) (?:enough )?(?:for|to) (?:this life|life|this world|live|keep (?:going|living)|go on|survive|being alive|exist)\b`),
    // a message to family if they see it
    cue("self", String.raw`\bif (?:you|anyone|you all|they) (?:see|read|find|are reading|ever read) this\b|\bif i am (?:gone|dead|not here)\b(?! (?:honest|set|serious|tired|certain|sure|right|wrong|inside|on|for|to|at|in)\b)`, {
      needs: /\b(?:sorry|forgive|goodbye|do not blame|not your fault|take care of)\b/,
    }),
    // asks that family be told of their love
    cue("self", String.raw`(?<!\b(?:to|i|will|would|could|should|can|do|not|never|gonna|going to) )\btell (?:my (?:family|mum|mom|dad|parents|kids|children|wife|husband|partner|sister|brother|friends|son|daughter|girlfriend|boyfriend|dog|cat|pets)|them all|everyone|everybody) (?:that )?i (?:love|loved|am sorry|was sorry)\b(?! (?:her|him|them|you) (?:when|next|if|too|back)\b| (?:when|next|if)\b)`),
    // said their goodbyes
    cue("subject", String.raw`\b(?:wrote|written|writing|said|saying|made|recorded|sent|posted|finished) (?:all )?(?:my|his|her|their) goodbyes\b|\b(?:already|just) (?:told|said) (?:goodbye|bye) to (?:my )?(?:cat|dog|pets?|family|parents|mum|mom|dad|kids|children|friends|everyone)\b|\b(?:already|just) told my (?:cat|dog|pets?|family|parents|mum|mom|dad|kids|children|friends|everyone) (?:goodbye|bye)\b`, { needs: NOT_AWAY }),
    // at peace with a decision
    cue("subject", String.raw`\b(?:made|making|at) peace with (?:it|my decision|the decision|dying|death|everything|what i am going to do)\b(?! (?:to|about)\b)`, {
      needs: /\b(?:know what i am going to do|decided|decision|not sad anymore|calm now|finally calm|ready|goodbye|tonight|pills|rope|plan)\b/,
    }),
    // holding on for someone, then done
    cue("subject", String.raw`\bthen (?:i am|i will be|that is|it is|i can be) (?:done|it|gone|free|out)(?= *$)`, {
      needs: /\b(?:get through|hold on (?:until|till|through|for)|make it (?:through|to|until)|stay (?:until|till|for)|wait (?:until|till)|after)\b[^.]{0,40}\bfor (?:my |the )?(?:kids|children|son|daughter|mum|mom|dad|parents|family|dog|cat|sister|brother|wife|husband|partner)\b/,
    }),
    // no more pain after a time
    cue("subject", String.raw`\bno more (?:pain|suffering|hurting|struggling|me|of me)\b[^.]{0,10}?\b(?:after|from|by|past|beyond) (?:tonight|today|tomorrow|this week|this weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b(?!'s)`),
    // the noise to stop for good
    cue("subject", String.raw`\b(?:want|need|wish|wants|needs) (?:for )?(?:the|it|it all|everything|all of it|this|the noise|the pain|my thoughts|my brain|my mind|my head|the voices)\b[^.]{0,15}?\b(?:to )?(?:stop|end|be over|go away|go quiet|shut up|switch off) (?:permanently|forever|for good)\b`),
    // stops fighting and lets go
    cue("subject", String.raw`\b(?:stop|stopped|stopping|quit|give up|gave up) fighting and (?:just )?let(?:ting)? go\b(?! of)|\b(?:time|ready|want|going) (?:to |i )?(?:just )?let go\b(?! of)(?= *$| now| for good| finally)`),
    // a life lived on borrowed time, to give back
    cue("subject", String.raw`\b(?:give|giving) it back\b`, { needs: /\bborrowed time\b/ }),
    // the universe should delete them
    cue("subject", String.raw`\b(?:universe|world|god|earth|someone|something) to (?:just )?(?:delete|erase|remove|wipe|take|swallow|smite|end) (?:me|them|us|him|her)\b|\b(?:become|be|turn into) a ghost(?= *$| *,| and| so| already| now| tonight| lol)|\bthe void (?:is )?(?:calling|calls|keeps calling)(?: me)?(?= *$| *,| again| tonight)`),
    // survival questions, disowned
    cue("self", String.raw`\bhow long (?:can|could|would|does|do|will) (?:you|a person|someone|one|i|people) (?:survive|last|live|go) without (?:food|water|eating|drinking|air|breathing|insulin|meds|medication|sleep)\b`, { needs: PROJECTION }),
  ],
};
