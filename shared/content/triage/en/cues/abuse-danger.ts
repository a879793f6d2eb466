import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Someone who may be doing harm: a pronoun or a person, never a therapist (that is misconduct, a redirect). */
const AGENT = String.raw`(?:he|she|they|someone|somebody|(?:my|our|a|the|this|his|her) {W}?(?:\w+'s )?{KIN})`;
const VIOLENT =
  "(?:hits|hit|hitting|beats|beat|beating|punches|punched|punching|kicks|kicked|kicking|slaps|slapped|slapping|chokes|choked|choking|strangles|strangled|strangling|pushes|pushed|shoves|shoved|burns|burned|bites|bit|attacks|attacked|rapes|raped|molests|molested|abuses|abused|abusing|threatens|threatened|threatening|locks|locked|grabs|grabbed|drags|dragged|throws things at|threw (?:\\w+ ){0,2}at|hurts me physically|beats up|beat up|sexually assaulted|assaulted|stabbed|kidnapped)";

/** Violence that is going on, not a past event ("he hits my mum", not "the guy who assaulted my sister"). */
const VIOLENT_NOW =
  "(?:beating|hitting|hits|beats|punches|kicks|slaps|chokes|strangles|pushes|shoves|burns|bites|attacks|rapes|molests|abuses|threatens|hurts|is hitting|is beating|keeps hitting|keeps hurting)";

/** Violence or threats at home or from someone close, a child being abused, or not being safe right now. */
export const abuseDanger: CueGroupRecord<CrisisReason> = {
  id: "abuse-danger",
  name: "abuse and danger",
  reasons: { self: "abuse_danger", other: "abuse_danger" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "abuse-danger/is-hit-or-hurt-by-someone",
      rationale:
        "Is hit or hurt by someone. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [String.raw`\b${AGENT} {W}{0,6}?${VIOLENT} (?:me|my (?:head|face|body|neck|arm|arms|stomach|back))\b`],
      matches: ["my dad beats me when he's angry", "my stepfather sexually abuses me"],
      ignores: ["My dad beat me at chess again", "my brother keeps hitting me up for money"],
    },
    {
      id: "abuse-danger/touched-or-hurt-by-a-carer",
      rationale:
        "Touched or hurt by a carer. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:(?:my|our) \w+'s {KIN}|(?:my|our|a|the) {W}?(?!boyfriend|girlfriend|partner|husband|wife|spouse|fiance|fiancee|bf|gf)(?:{KIN}))\b {W}{0,8}?(?:touches|touched|touching|hurts|hurt|comes into my (?:room|bed)|gets into my bed) (?:me|my (?:body|chest|breasts|boobs|private|privates|legs|thighs|bum|butt|crotch))\b`,
      ],
      matches: ["my coach touches me and says not to tell", "my teacher touches me and says it's our secret"],
    },
    {
      id: "abuse-danger/a-relative-in-their-room-at-night",
      rationale:
        "A relative in their room at night. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:my|our) {W}?(?:\w+'s )?(?!boyfriend|girlfriend|partner|husband|wife|spouse|fiance|fiancee|son|daughter|kid|kids|child|children|baby|toddler|little|younger)(?:{KIN}) (?:keeps |kept |always |still |sometimes )?(?:comes|coming|came|sneaks|sneaking|snuck|gets|getting|got|climbs|climbing) (?:into|in) (?:my|our) (?:room|bed|bedroom)\b`,
      ],
      needs:
        /\b(?:when (?:i am|everyone is|i was) asleep|scared|afraid|do not know who to tell|no one knows|secret|touch|touches|touched|uncomfortable|locks? the door|do not want (?:him|her|them) to)\b/,
      matches: [
        "my uncle keeps coming into my room at night and i dont know who to tell",
        "my uncle comes into my room at night and touches me and i'm scared to tell anyone",
      ],
    },
    {
      id: "abuse-danger/a-child-with-injuries-again-and-again",
      rationale:
        "A child with injuries again and again. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "subject",
      phrases: [
        String.raw`\b(?:{CHILD}|kid|kids)\b[^.]{0,30}?\b(?:has|have|had|with|covered in|keeps getting|always has|shows up with|comes to school with|came to school with) (?:new |more |fresh |a lot of |so many |big )?(?:bruises|marks|burns|welts|black eyes?|a black eye|injuries|belt marks)\b`,
      ],
      needs: /\b(?:every (?:week|day|time)|always|again|keeps|screaming|screams|scared|afraid|hits?|beats?|abuse|abused|yelling|crying)\b/,
      matches: [
        "my neighbour's kid has bruises every week and I hear screaming",
        "the neighbour's kid has bruises every week and I hear him screaming at night",
      ],
      ignores: ["a student in my class has burns on her arms and says she does it herself"],
    },
    {
      id: "abuse-danger/forced-into-sex",
      rationale: "Forced into sex. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:forces|forced|forcing|makes|made|pressures|pressured|pressuring) me (?:to have sex|into sex|into having sex|to do sexual|to sleep with)\b`,
      ],
      matches: ["my boyfriend forces me to have sex"],
    },
    {
      id: "abuse-danger/threatened-by-someone",
      rationale:
        "Threatened by someone. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:said|says|told me|threatened|threatens|threatening|swore|swears|keeps saying|warned me)(?: that)?(?: if [^.]{1,40}?)? (?:he|she|they)(?: will| would| is going to| are going to| is gonna)? (?:(?:kill|hurt|beat|hit|stab|shoot) (?:me|us|my {W}?{KIN}|the (?:kids|children|baby|dog|cat))|make me regret|make me pay|take the kids|come back and finish (?:it|me|the job))\b`,
        String.raw`\b(?:threatened|threatens|threatening) to (?:kill|hurt|beat|hit|stab|shoot) me\b`,
        String.raw`\b(?:threatened|threatens|threatening) me (?:if|so|not to|that if)\b`,
      ],
      matches: ["my brother threatened to stab me", "my dad said he'll kill me if i tell anyone"],
      ignores: ["she said she'd kill me if I was late again lol"],
    },
    {
      id: "abuse-danger/broke-in",
      rationale: "Broke in. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:my|our) (?:ex|ex husband|ex wife|ex boyfriend|ex girlfriend|ex partner|stalker|{KIN}) (?:broke|has broken|forced (?:his|her|their) way) (?:in(?= *$| *,| (?:last night|again|tonight|today|and|while|at night)\b)|into (?:my|our|the) (?:house|flat|home|place|apartment|room)\b)`,
      ],
      matches: ["my ex broke in last night and said he'll come back and finish it"],
    },
    {
      id: "abuse-danger/will-be-hurt-for-leaving-or-telling",
      rationale:
        "Will be hurt for leaving or telling. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:he|she|they|${AGENT}) (?:will|would|is going to|are going to) (?:kill|hurt|beat|hit) me if i (?:leave|tell|go|report|call|talk|say|speak|left|told)\b`,
      ],
      matches: ["my dad said he'll kill me if i tell anyone"],
    },
    {
      id: "abuse-danger/afraid-of-being-killed",
      rationale:
        "Afraid of being killed. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:scared|afraid|terrified|worried)(?: that)? (?:he|she|they|${AGENT}) (?:will|is going to|is gonna|might|would) (?:kill|hurt|hit|beat) me\b`,
      ],
      matches: ["i'm scared my husband will kill me", "my partner hurts me and i'm scared he'll kill me"],
    },
    {
      id: "abuse-danger/not-safe",
      rationale: "Not safe. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:am|feel|feeling|felt) (?:not safe|unsafe|in danger)\b(?! to (?:drive|eat|use|go out in|swim|travel|walk home alone at))`,
        String.raw`\b(?:do|did) not feel safe\b`,
        String.raw`\bnot safe (?:at home|here|right now|in my (?:house|home)|to go home)\b`,
        String.raw`\bi am not safe\b(?! to (?:drive|eat|use|go out in|swim|travel|walk home alone at))`,
      ],
      needs: /^(?![\s\S]*\bsafe (?:with|from|around|by) myself\b)/,
      matches: ["i'm not safe at home right now", "i don't feel safe in my own home"],
      ignores: ["can someone dm me. i don't feel safe with myself tonight", "I don't feel unsafe, I just feel sad"],
    },
    {
      id: "abuse-danger/afraid-to-go-home",
      rationale:
        "Afraid to go home. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:scared|afraid|terrified) (?:to go (?:back )?home|of going home|of (?:my )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mum|mom|mother|parents|brother|ex))\b`,
      ],
      matches: ["he hits me and I'm scared to go home", "i'm afraid to go home, my stepdad hits me"],
    },
    {
      id: "abuse-danger/someone-at-the-door-menacing",
      rationale:
        "Someone at the door, menacing. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:someone|somebody|a (?:man|guy|woman|stranger)|my ex|there is (?:a|some) (?:man|guy|woman|person|stranger)) (?:is |are |who is |keeps )?(?:outside|at|banging on|hammering on|trying to get in) my (?:door|house|window|work|flat|apartment|room|car)\b`,
      ],
      needs:
        /\b(?:banging|hammering|shouting|screaming|will not leave|won't leave|scared|afraid|terrified|threatening|trying to get in|knife|gun|following|watching|kick the door)\b/,
      matches: ["there's a man outside my flat who keeps banging on the door and shouting my name"],
    },
    {
      id: "abuse-danger/abuser-is-at-the-door",
      rationale:
        "Abuser is at the door. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:he|she|they) (?:is|are) (?:outside|at) my (?:door|house|window|work|flat|apartment)\b`,
        String.raw`\b(?:hiding|locked myself) (?:in|from) (?:the|my) (?:bathroom|closet|room|car|wardrobe|bedroom)\b`,
      ],
      matches: ["i locked myself in the bathroom with my dad's razor", "i don't feel safe right now, he's outside my door"],
    },
    {
      id: "abuse-danger/someone-gets-violent",
      rationale:
        "Someone gets violent. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [String.raw`\b(?:is|are|was|gets|getting|get|got) (?:violent|aggressive|physical)(?: again| with me| when| tonight| at home)?\b`],
      needs: /\b(?:my|he|she|they|his|her)\b/,
      matches: ["i'm scared for my life, my partner is violent", "i'm scared to go home, my mum's boyfriend gets violent"],
      ignores: ["my father was violent when I was little, how do I talk about it with my therapist"],
    },
    {
      id: "abuse-danger/being-abused-or-assaulted",
      rationale:
        "Being abused or assaulted. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "subject",
      phrases: [
        String.raw`\b(?:being|am being|was|got|have been|been|get) (?:abused|beaten|beaten up|hit|kicked|punched|slapped|raped|sexually assaulted|assaulted|attacked|molested|trafficked|strangled|choked|stalked|threatened|kidnapped)\b`,
        String.raw`\bi am in an abusive (?:relationship|home|marriage)\b`,
        String.raw`\b(?:my|our) {W}?{PERSON} is (?:physically |sexually )?abusive\b`,
      ],
      matches: ["i hope i get hit by a bus", "i'm being hit at home"],
      ignores: ["how do i tell my therapist i was abused as a child", "what's the protocol if a therapist thinks a kid is being abused?"],
    },
    {
      id: "abuse-danger/being-followed-or-stalked",
      rationale:
        "Being followed or stalked. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:following|stalking|watching) me\b`,
        String.raw`\b(?:tried to|trying to) (?:break in|break into|get in)\b`,
        String.raw`\bshowed up at my (?:work|house|home|door|school) with a (?:knife|gun|weapon)\b`,
      ],
      matches: ["someone is following me home and i'm scared", "my ex is stalking me and showed up at my work with a knife"],
    },
    {
      id: "abuse-danger/controlled-and-trapped",
      rationale:
        "Controlled and trapped. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:will not|does not|won't) let me (?:leave|go out|see)\b`,
        String.raw`\b(?:took|takes|taken) my (?:phone|keys|passport|money)\b`,
        String.raw`\b(?:locked|locks) me (?:in|out)\b`,
        String.raw`\bthrowing things\b`,
      ],
      matches: ["he won't let me leave and he has my phone", "he locked me in the room and took my phone"],
    },
    {
      id: "abuse-danger/a-relative-hurts-someone-at-home",
      rationale:
        "A relative hurts someone at home. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b${AGENT} {W}{0,6}?${VIOLENT_NOW} (?:my|our) {W}?(?:mum|mom|mother|dad|father|sister|brother|grandma|nan|grandad|grandpa|baby|little \w+|step\w+)\b(?!'s)`,
        String.raw`\b${AGENT} (?:is |keeps )?${VIOLENT_NOW} (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|kids|children|son|daughter|baby|mum|mom|dad)\b(?!'s)`,
        String.raw`\b(?:my|our) (?:\w+'s )?{W}?{KIN} {W}{0,3}?${VIOLENT_NOW} (?:her|him)\b(?=[^.]{0,60}\b(?:scared|afraid|terrified|again|every|tonight|next|worried)\b)`,
      ],
      matches: ["my mom's boyfriend hurts my little brother", "my dad beats my mum when he's drunk and he's drunk now"],
    },
    {
      id: "abuse-danger/told-to-keep-it-from-their-parents",
      rationale:
        "Told to keep it from their parents. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:says|said|told me|tells me|asked me|wants me) (?:not to|to not|never to) tell (?:my (?:parents|mum|mom|dad|family|teacher)|anyone|anybody)\b`,
      ],
      needs: /\b(?:older|adult|man|guy|online|meet|photos|pictures|coach|teacher|uncle|secret|touch|touches)\b/,
      matches: ["i'm 12 and an older guy online wants me to meet him and says not to tell my parents"],
      ignores: ["my therapist kissed me at our last session and said not to tell anyone"],
    },
    {
      id: "abuse-danger/neglected-at-home",
      rationale:
        "Neglected at home. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:does not|do not|will not|never|refuses to|stopped) (?:feed|feeding) (?:me|us)\b`,
        String.raw`\bmakes? (?:me|us) sleep (?:in the (?:garage|shed|car|garden)|outside|on the floor)\b`,
      ],
      matches: ["my dad locks me in my room and doesn't feed me", "my stepmum makes me sleep in the garage and doesn't feed me"],
    },
    {
      id: "abuse-danger/broken-into-and-they-may-return",
      rationale:
        "Broken into, and they may return. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [String.raw`\b(?:broke|broken|breaking) into my (?:flat|house|home|room|apartment|place)\b`],
      needs: /\b(?:coming back|come back|still (?:here|in)|outside|scared|afraid|hiding|terrified|tonight)\b/,
      matches: ["someone broke into my flat last night and I think they're coming back"],
    },
    {
      id: "abuse-danger/made-to-send-images",
      rationale:
        "Made to send images. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:makes|made|forces|forced|pressures|pressured|pressuring|blackmails|blackmailing|blackmailed|threatens|threatening) me (?:to |into )?(?:send|sending|take|taking) (?:him |her |them )?(?:photos|pictures|pics|nudes|videos|images)\b`,
        String.raw`\b(?:has|have|got) my nudes\b`,
        String.raw`\b(?:send|share|post|leak) my nudes\b`,
      ],
      matches: [
        "someone has my nudes and is going to send them to everyone, I'd rather die",
        "My coach makes me send him photos and says he'll drop me from the team if I tell",
      ],
    },
    {
      id: "abuse-danger/a-relative-abuses-someone",
      rationale:
        "A relative abuses someone. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:my|our|his|her) {W}?(?:\w+'s )?{KIN} (?:touches|touched|molests|molested|abuses|abused|rapes|raped|hits|beats|hurts) (?:her|him|them|my {W}?{KIN}|our {W}?{KIN})\b(?!'s)`,
      ],
      matches: ["my mom's boyfriend hurts my little brother", "my little sister told me our uncle touches her"],
    },
    {
      id: "abuse-danger/keeps-turning-up-and-they-are-afraid",
      rationale:
        "Keeps turning up, and they are afraid. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [
        String.raw`\b(?:keeps|kept|keep) (?:showing up|turning up|coming round|coming over|following me) (?:at|to)? ?(?:my )?(?:house|home|work|door|flat|school|place)?\b`,
      ],
      needs: /\b(?:scared|afraid|terrified|frightened|will not leave me alone|unsafe|threatening|threatens|threatened|threats)\b/,
      matches: ["my ex keeps showing up at my house and i'm scared", "my ex keeps showing up at my work and threatening me"],
    },
    {
      id: "abuse-danger/someone-is-being-abused",
      rationale:
        "Someone is being abused. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "subject",
      phrases: [String.raw`\b(?:is|are|keeps|gets|getting|has been|have been) (?:being )?(?:beaten|abused|hit|molested|raped|touched)\b`],
      matches: ["i think my neighbour's kid is being beaten, i hear screaming every night"],
      ignores: ["what's the protocol if a therapist thinks a kid is being abused?"],
    },
    {
      id: "abuse-danger/someone-abuses-a-child",
      rationale:
        "Someone abuses a child. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "subject",
      phrases: [
        String.raw`(?<!\b(?:thoughts|thinking|think|thought|urges?|imagining|imagine) (?:of|about) )\b(?:abusing|abuses|beating|beats|hitting|hits|molesting|touching|touches|hurting|hurts|raping) (?:my|our|his|her|the|a) (?:little |younger |baby |\d+ year old )?{CHILD}\b`,
      ],
      reasons: { self: "harm_to_others", other: "abuse_danger" },
      matches: ["my uncle is abusing my little cousin", "my mom's boyfriend hurts my little brother"],
    },
    {
      id: "abuse-danger/told-to-kill-themself",
      rationale:
        "Told to kill themself. Violence or threats from someone close, a child being abused, or not being safe right now: the writer needs a safe way out.",
      who: "self",
      phrases: [String.raw`\b(?:me|us) to kill yourself\b`],
      matches: ["everyone at school keeps telling me to kys and honestly maybe they're right"],
    },
  ],
};
