import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";

/** Someone who may be doing harm: a pronoun or a person, never a therapist (that is misconduct, a redirect). */
const AGENT = String.raw`(?:he|she|they|someone|somebody|(?:my|our|a|the|this|his|her) {W}?(?:\w+'s )?{KIN})`;
const VIOLENT =
  "(?:hits|hit|hitting|beats|beat|beating|punches|punched|punching|kicks|kicked|kicking|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|pushes|pushed|shoves|shoved|burns|burned|bites|bit|attacks|attacked|rapes|raped|molests|molested|abuses|abused|abusing|threatens|threatened|threatening|locks|locked|grabs|grabbed|drags|dragged|throws things at|threw (?:\\w+ ){0,2}at|hurts me physically|beats up|beat up|sexually assaulted|assaulted|stabbed|kidnapped)";

/** Violence that is going on, not a past event ("he hits my mum", not "the guy who assaulted my sister"). */
const VIOLENT_NOW =
  "(?:beating|hitting|hits|beats|punches|kicks|slaps|chokes|strangles|pushes|shoves|burns|bites|attacks|rapes|molests|abuses|threatens|hurts|is hitting|is beating|keeps hitting|keeps hurting)";

/** Violence or threats at home or from someone close, a child being abused, or not being safe right now. */
export const abuseDanger: CueGroup<CrisisReason> = {
  name: "abuse and danger",
  reasons: { self: "abuse_danger", other: "abuse_danger" },
  checks: CRISIS_CHECKS,
  cues: [
    // is hit or hurt by someone
    cue("self", String.raw`\b${AGENT} {W}{0,6}?${VIOLENT} (?:me|my (?:head|face|body|neck|arm|arms|stomach|back))\b`),
    // touched or hurt by a carer
    cue("self", String.raw`\b(?:(?:my|our) \w+'s {KIN}|(?:my|our|a|the) {W}?(?!boyfriend|girlfriend|partner|husband|wife|spouse|fiance|fiancee|bf|gf)(?:{KIN}))\b {W}{0,8}?(?:touches|touched|touching|hurts|hurt|comes into my (?:room|bed)|gets into my bed) (?:me|my (?:body|chest|breasts|boobs|private|privates|legs|thighs|bum|butt|crotch))\b`),
    // a relative in their room at night
    cue("self", String.raw`\b(?:my|our) {W}?(?:\w+'s )?(?!boyfriend|girlfriend|partner|husband|wife|spouse|fiance|fiancee|son|daughter|kid|kids|child|children|baby|toddler|little|younger)(?:{KIN}) (?:keeps |kept |always |still |sometimes )?(?:comes|coming|came|sneaks|sneaking|snuck|gets|getting|got|climbs|climbing) (?:into|in) (?:my|our) (?:room|bed|bedroom)\b`, {
      needs: /\b(?:when (?:i am|everyone is|i was) asleep|scared|afraid|do not know who to tell|no one knows|secret|touch|touches|touched|uncomfortable|locks? the door|do not want (?:him|her|them) to)\b/,
    }),
    // a child with injuries again and again
    cue("subject", String.raw`\b(?:{CHILD}|kid|kids)\b[^.]{0,30}?\b(?:has|have|had|with|covered in|keeps getting|always has|shows up with|comes to school with|came to school with) (?:new |more |fresh |a lot of |so many |big )?(?:bruises|marks|burns|welts|black eyes?|a black eye|injuries|belt marks)\b`, {
      needs: /\b(?:every (?:week|day|time)|always|again|keeps|screaming|screams|scared|afraid|hits?|beats?|abuse|abused|yelling|crying)\b/,
    }),
    // forced into sex
    cue("self", String.raw`\b(?:forces|forced|forcing|makes|made|pressures|pressured|pressuring) me (?:to have sex|into sex|into having sex|to do sexual|to sleep with)\b`),
    // threatened by someone
    cue("self", String.raw`\b(?:said|says|told me|threatened|threatens|threatening|swore|swears|keeps saying|warned me)(?: that)?(?: if [^.]{1,40}?)? (?:he|she|they)(?: will| would| is going to| are going to| is gonna)? (?:(?:kill|hurt|beat|hit|stab|shoot) (?:me|us|my {W}?{KIN}|the (?:kids|children|baby|dog|cat))|make me regret|make me pay|take the kids|come back and finish (?:it|me|the job))\b|\b(?:threatened|threatens|threatening) to (?:kill|hurt|beat|hit|stab|shoot) me\b|\b(?:threatened|threatens|threatening) me (?:if|so|not to|that if)\b`),
    // broke in
    cue("self", String.raw`\b(?:my|our) (?:ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner|stalker|{KIN}) (?:broke|has broken|forced (?:his|her|their) way) (?:in(?= *$| *,| (?:last night|again|tonight|today|and|while|at night)\b)|into (?:my|our|the) (?:house|flat|home|place|apartment|room)\b)`),
    // will be hurt for leaving or telling
    cue("self", String.raw`\b(?:he|she|they|${AGENT}) (?:will|would|is going to|are going to) (?:kill|hurt|beat|hit) me if i (?:leave|tell|go|report|call|talk|say|speak|left|told)\b`),
    // afraid of being killed
    cue("self", String.raw`\b(?:scared|afraid|terrified|worried)(?: that)? (?:he|she|they|${AGENT}) (?:will|is going to|is gonna|might|would) (?:kill|hurt|hit|beat) me\b`),
    // not safe
    cue("self", String.raw`\b(?:am|feel|feeling|felt) (?:not safe|unsafe|in danger)\b(?! to (?:drive|eat|use|go out in|swim|travel|walk home alone at))|\b(?:do|did) not feel safe\b|\bnot safe (?:at home|here|right now|in my (?:house|home)|to go home)\b|\bi am not safe\b(?! to (?:drive|eat|use|go out in|swim|travel|walk home alone at))`, { needs: /^(?![\s\S]*\bsafe (?:with|from|around|by) myself\b)/ }),
    // afraid to go home
    cue("self", String.raw`\b(?:scared|afraid|terrified) (?:to go (?:back )?home|of going home|of (?:my )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mum|mom|mother|parents|brother|ex))\b`),
    // someone at the door, menacing
    cue("self", String.raw`\b(?:someone|somebody|a (?:man|guy|woman|stranger)|my ex|there is (?:a|some) (?:man|guy|woman|person|stranger)) (?:is |are |who is |keeps )?(?:outside|at|banging on|hammering on|trying to get in) my (?:door|house|window|work|flat|apartment|room|car)\b`, {
      needs: /\b(?:banging|hammering|shouting|screaming|will not leave|won't leave|scared|afraid|terrified|threatening|trying to get in|knife|gun|following|watching|kick the door)\b/,
    }),
    // abuser is at the door
    cue("self", String.raw`\b(?:he|she|they) (?:is|are) (?:outside|at) my (?:door|house|window|work|flat|apartment)\b|\b(?:hiding|locked myself) (?:in|from) (?:the|my) (?:bathroom|closet|room|car|wardrobe|bedroom)\b`),
    // someone gets violent
    cue("self", String.raw`\b(?:is|are|was|gets|getting|get|got) (?:violent|aggressive|physical)(?: again| with me| when| tonight| at home)?\b`, {
      needs: /\b(?:my|he|she|they|his|her)\b/,
    }),
    // being abused or assaulted
    cue("subject", String.raw`\b(?:being|am being|was|got|have been|been|get) (?:abused|beaten|beaten up|hit|kicked|punched|slapped|raped|sexually assaulted|assaulted|attacked|molested|trafficked|strangled|choked|stalked|threatened|kidnapped)\b|\bi am in an abusive (?:relationship|home|marriage)\b|\b(?:my|our) {W}?{PERSON} is (?:physically |sexually )?abusive\b`),
    // being followed or stalked
    cue("self", String.raw`\b(?:following|stalking|watching) me\b|\b(?:tried to|trying to) (?:break in|break into|get in)\b|\bshowed up at my (?:work|house|home|door|school) with a (?:knife|gun|weapon)\b`),
    // controlled and trapped
    cue("self", String.raw`\b(?:will not|does not|won't) let me (?:leave|go out|see)\b|\b(?:took|takes|taken) my (?:phone|keys|passport|money)\b|\b(?:locked|locks) me (?:in|out)\b|\bthrowing things\b`),
    // a relative hurts someone at home
    cue("self", String.raw`\b${AGENT} {W}{0,6}?${VIOLENT_NOW} (?:my|our) {W}?(?:mum|mom|mother|dad|father|sister|brother|grandma|nan|grandad|grandpa|baby|little \w+|step\w+)\b(?!'s)|\b${AGENT} (?:is |keeps )?${VIOLENT_NOW} (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|kids|children|son|daughter|baby|mum|mom|dad)\b(?!'s)|\b(?:my|our) (?:\w+'s )?{W}?{KIN} {W}{0,3}?${VIOLENT_NOW} (?:her|him)\b(?=[^.]{0,60}\b(?:scared|afraid|terrified|again|every|tonight|next|worried)\b)`),
    // told to keep it from their parents
    cue("self", String.raw`\b(?:says|said|told me|tells me|asked me|wants me) (?:not to|to not|never to) tell (?:my (?:parents|mum|mom|dad|family|teacher)|anyone|anybody)\b`, {
      needs: /\b(?:older|adult|man|guy|online|meet|photos|pictures|coach|teacher|uncle|secret|touch|touches)\b/,
    }),
    // neglected at home
    cue("self", String.raw`\b(?:does not|do not|will not|never|refuses to|stopped) (?:feed|feeding) (?:me|us)\b|\bmakes? (?:me|us) sleep (?:in the (?:garage|shed|car|garden)|outside|on the floor)\b`),
    // broken into, and they may return
    cue("self", String.raw`\b(?:broke|broken|breaking) into my (?:flat|house|home|room|apartment|place)\b`, {
      needs: /\b(?:coming back|come back|still (?:here|in)|outside|scared|afraid|hiding|terrified|tonight)\b/,
    }),
    // made to send images
    cue("self", String.raw`\b(?:makes|made|forces|forced|pressures|pressured|pressuring|blackmails|blackmailing|blackmailed|threatens|threatening) me (?:to |into )?(?:send|sending|take|taking) (?:him |her |them )?(?:photos|pictures|pics|nudes|videos|images)\b|\b(?:has|have|got) my nudes\b|\b(?:send|share|post|leak) my nudes\b`),
    // a relative abuses someone
    cue("self", String.raw`\b(?:my|our|his|her) {W}?(?:\w+'s )?{KIN} (?:touches|touched|molests|molested|abuses|abused|rapes|raped|hits|beats|hurts) (?:her|him|them|my {W}?{KIN}|our {W}?{KIN})\b(?!'s)`),
    // keeps turning up, and they are afraid
    cue("self", String.raw`\b(?:keeps|kept|keep) (?:showing up|turning up|coming round|coming over|following me) (?:at|to)? ?(?:my )?(?:house|home|work|door|flat|school|place)?\b`, {
      needs: /\b(?:scared|afraid|terrified|frightened|will not leave me alone|unsafe|threatening|threatens|threatened|threats)\b/,
    }),
    // someone is being abused
    cue("subject", String.raw`\b(?:is|are|keeps|gets|getting|has been|have been) (?:being )?(?:beaten|abused|hit|molested|raped|touched)\b`),
    // someone abuses a child
    cue("subject", String.raw`(?<!\b(?:thoughts|thinking|think|thought|urges?|imagining|imagine) (?:of|about) )\b(?:abusing|abuses|beating|beats|hitting|hits|molesting|touching|touches|hurting|hurts|raping) (?:my|our|his|her|the|a) (?:little |younger |baby |\d+ year old )?{CHILD}\b`, {
      reasons: { self: "harm_to_others", other: "abuse_danger" },
    }),
    // told to kill themself
    cue("self", String.raw`\b(?:me|us) to kill yourself\b`),
  ],
};
