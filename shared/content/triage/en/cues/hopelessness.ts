import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/**
 * Hopelessness, exhaustion, wishes to escape, feeling a burden and unrelenting depression. Global
 * hopelessness counts alone (VERA-MH: "it's never going to get better"); the rest are weak cues that
 * count when two different families appear together ("nothing will change" + "I'm done fighting").
 * Bounded feelings ("hopeless about finding a therapist") are not cues.
 */
export const hopelessness: CueGroupRecord<CrisisReason> = {
  id: "hopelessness",
  name: "hopelessness",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "hopelessness/it-will-never-get-better",
      rationale:
        "It will never get better. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:it|things|life|my life|this) (?:is |are )?(?:never going to|will never|is never going to|never gets|will not ever|is not ever going to) (?:get|be|feel) (?:any )?better\b`,
        String.raw`\b(?:it|things|life) (?:never|does not ever) gets? (?:any )?better\b`,
        String.raw`\bnothing (?:is|will) ever (?:going to )?(?:get|be|feel) (?:any )?better\b`,
        String.raw`\bnothing is ever going to (?:get|be) better\b`,
      ],
      matches: ["i'm a burden and it will never get better", "nothing is ever going to get better for me"],
    },
    {
      id: "hopelessness/no-hope-or-future",
      rationale:
        "No hope or future. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\bno way out of (?:this|the|my) (?:pain|life|hell|suffering|darkness)\b`,
        String.raw`\bno (?:hope|future|way out) (?:for me|left|anymore)\b`,
        String.raw`\b(?:have|see|there is) no (?:future|hope)(?= *$| for me| anymore| left)`,
        String.raw`\b(?:everything|life) (?:is|feels) hopeless\b`,
        String.raw`\b(?:am|feel) (?:so |completely |totally )?hopeless(?= *$| and)`,
      ],
      matches: ["does my therapist have to call someone if I say I feel hopeless?", "there is no future for me"],
    },
    {
      id: "hopelessness/wants-out-of-it-all",
      rationale:
        "Wants out of it all. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\b(?:want|wants|need|needs) out of (?:all of it|it all|everything|this life|life|my life|this world|existence)\b`,
        String.raw`\b(?:want|wants|need|needs) out (?:for good|forever|permanently)\b`,
        String.raw`\bescape (?:it all |everything )?(?:for good|forever|permanently)\b`,
      ],
      matches: ["I need out of this life", "i want out. of all of it."],
    },
    {
      id: "hopelessness/hopeless",
      rationale:
        "Hopeless. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (hopelessness): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:feel|feeling|felt|am|is) (?:so |really |completely |totally |very |just )?hopeless\b(?! (?:about|that|when|with|in|at|because))`,
        String.raw`\bno way out\b`,
        String.raw`\bnothing (?:will|is going to) ever (?:change|get better|improve)\b`,
        String.raw`\bnothing matters(?: anymore)?\b`,
        String.raw`\b(?:the )?point (?:of|in) (?:anything|it all|trying|going on)\b`,
        String.raw`\bwhat is (?:even )?the point(?= *$| anymore| of (?:anything|it all|trying))`,
        String.raw`\b(?:do not|can not) see the point(?: anymore| of anything| of trying)?(?= *$| anymore)`,
      ],
      family: "hopelessness",
      matches: ["does my therapist have to call someone if I say I feel hopeless?", "my therapist wants to talk about my childhood and i don't see the point"],
    },
    {
      id: "hopelessness/exhausted-by-the-fight",
      rationale:
        "Exhausted by the fight. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (exhaustion): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\bi (?:just |really |honestly )?can not (?:anymore|any more|any longer)\b`,
        String.raw`\bi am (?:just |so |really |very |honestly )*(?:tired|exhausted|drained|worn out)(?= *$)`,
        String.raw`\bcan not (?:do|take) (?:this|it) (?:anymore|any more|any longer)\b`,
        String.raw`\bcan not take (?:it|this) anymore\b`,
        String.raw`\b(?:done|tired of|sick of|exhausted from|so tired of) (?:fighting|trying|waiting|hoping)\b(?= *$| *,| anymore)`,
        String.raw`\bcan not keep fighting\b`,
        String.raw`\b(?:i am|i am so|then i am|and i am) done(?= *$)`,
        String.raw`\bi am (?:so |just |really )?done(?: with (?:it all|everything|life|all of it))? for (?:real|good)(?= *$| *,| now)`,
        String.raw`\b(?:i have|have) given up(?= *$)`,
      ],
      family: "exhaustion",
      matches: ["guys i cant anymore. im done. bye", "i give up. on everything. i'm done"],
    },
    {
      id: "hopelessness/putting-affairs-in-order",
      rationale:
        "Putting affairs in order. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (preparation): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:writing|wrote|written|updating|updated|finishing|finished|made|making|sorted out|sorting out|sorted|drew up|drawn up) (?:my|a) will\b`,
        String.raw`\btying up (?:all )?(?:the |my )?loose ends\b`,
        String.raw`\b(?:cancelled|canceled|cancelling|canceling|deleted|deleting) (?:all )?my (?:subscriptions|accounts|social media|socials)\b`,
        String.raw`\b(?:i am|i will be|going to be|about to be) deleting (?:this|my) account(?= *$| *,| (?:now|tonight|today|soon|after|before|and)\b)`,
      ],
      family: "preparation",
      matches: ["If I died, would my online accounts get deleted? asking because I'm writing a will", "i'm writing my will tonight and then i'm done"],
    },
    {
      id: "hopelessness/a-goodbye",
      rationale:
        "A goodbye. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (farewell): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\btake care (?:everyone|everybody|all|guys|of yourselves)(?= *$)`,
        String.raw`\b(?:i am )?checking out(?= *$)`,
        String.raw`\b(?:goodbye|bye|farewell)(?: (?:everyone|everybody|all|guys|world|forever))?(?= *$)`,
        String.raw`\bsorry for everything\b`,
        String.raw`\b(?:i )?love you all\b`,
        String.raw`^(?:i )?love you (?:guys|everyone|all so much)(?= *$)`,
        String.raw`^this is my (?:last |final )?note(?= *$)`,
        String.raw`\b(?:thank you|thanks) for everything\b`,
        String.raw`\bbefore i (?:go|leave)(?= *$)`,
      ],
      family: "farewell",
      ignore: ["negation"],
      matches: ["Bye! Thanks for the help", "is it rude to leave therapy without saying goodbye"],
    },
    {
      id: "hopelessness/speaks-of-friends-as-if-in-the-past",
      rationale:
        "Speaks of friends as if in the past. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (eulogy): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:i am )?sorry (?:that )?i (?:could not|was not|could never|am not|was never) (?:be )?(?:better|enough|good enough|what you (?:needed|wanted)|a better \w+)\b`,
        String.raw`\byou (?:all )?(?:were|have been) (?:such |really |the best |good |great |a good |my best )+(?:friends?|people|to me|family)\b`,
        String.raw`\bit (?:was|has been) (?:nice|good|great) knowing (?:you|everyone|all)\b`,
        String.raw`^(?:it was )?(?:nice|good|great) knowing (?:you|you all|you guys|everyone|all of you|y all)(?= *$)`,
        String.raw`\b(?:it|this|life) (?:was|has been) (?:a )?(?:fun|good|nice)(?: ride)? while it lasted\b`,
        String.raw`\bremember me\b`,
        String.raw`\b(?:do not|please do not) blame yourselves\b`,
      ],
      family: "eulogy",
      matches: ["i'm sorry i couldn't be better. goodbye.", "i'm checking out. it was nice knowing you all"],
    },
    {
      id: "hopelessness/out-of-options",
      rationale:
        "Out of options. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (hopelessness): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:i am|i have|i have run|i have been) (?:completely |totally )?(?:out of|run out of|no) options\b(?! (?:for|with|on|about|at)\b)`,
      ],
      family: "hopelessness",
      matches: ["I've tried therapy, meds, everything. Nothing works. I'm out of options."],
    },
    {
      id: "hopelessness/nothing-has-helped",
      rationale:
        "Nothing has helped. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (depression): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:tried|done) everything\b(?= *$)`,
        String.raw`\bnothing (?:works|helps|is working|is helping|has worked|has helped)(?: anymore)?(?= *$)`,
      ],
      family: "depression",
      matches: ["It's never going to get better. I've tried everything.", "I've tried therapy, meds, everything. Nothing works. I'm out of options."],
    },
    {
      id: "hopelessness/a-future-closed-off",
      rationale:
        "A future closed off. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (depression): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\bmy future (?:is|looks|feels) (?:a )?(?:black|dark|empty|blank|gone|over|nothing|a black wall|a wall|a void)\b`,
        String.raw`\bmy life is (?:finished|finish|over|done)(?= *$| *,| and)`,
      ],
      family: "depression",
      matches: ["My life is finish. I will jump from my house tonight", "my future is a black wall, I can't see past next week"],
    },
    {
      id: "hopelessness/a-way-out-any-way",
      rationale:
        "A way out, any way. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (escape): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [String.raw`\b(?:need|want|looking for) a way out\b(?= *$| *,| of (?:this|here|everything|it all))`, String.raw`\bonly (?:one|1) way out\b`],
      family: "escape",
      matches: ["I just want a way out of this group project", "I just need a way out, any way out, I don't care anymore"],
    },
    {
      id: "hopelessness/pain-that-will-never-stop",
      rationale:
        "Pain that will never stop. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (hopelessness): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:pain|depression|this|it|the pain|my pain) (?:is )?(?:never going to|will never|is not going to ever) (?:stop|end|go away|get better|ease)\b`,
      ],
      family: "hopelessness",
      matches: ["i'm a burden and it will never get better", "it's never going to get better and i need out"],
    },
    {
      id: "hopelessness/denies-that-it-gets-better",
      rationale:
        "Denies that it gets better. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (hopelessness): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [String.raw`^it (?:does not|never does|will not|really does not)(?= *$)`],
      family: "hopelessness",
      needs: /\b(?:gets?|will get|is going to get) better\b/,
      matches: ["everyone keeps saying it gets better. it doesn't. i'm checking out", "everyone keeps saying it gets better. it doesn't. i'm done waiting."],
    },
    {
      id: "hopelessness/can-not-live-like-this",
      rationale:
        "Can not live like this. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (exhaustion): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [String.raw`\bcan not (?:live|go on|keep living|do this|keep doing this) like this\b`],
      family: "exhaustion",
      matches: ["i can't go on like this", "the chronic pain is never going to stop and I can't live like this for another 40 years"],
    },
    {
      id: "hopelessness/nothing-is-left",
      rationale:
        "Nothing is left. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (hopelessness): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\bthere is nothing left(?: for me| of me| in me)?(?= *$)`,
        String.raw`\b(?:has|have) taken everything (?:from me|i had|i have)\b`,
        String.raw`\bnothing left (?:of me|in me)\b`,
      ],
      family: "hopelessness",
      matches: ["depression has taken everything from me. there's nothing left"],
    },
    {
      id: "hopelessness/can-not-face-one-more-day",
      rationale:
        "Can not face one more day. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (exhaustion): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\bcan not (?:stand|take|bear|handle) (?:this|the) (?:\w+ )?(?:one more|another) (?:minute|second|hour|day|night)\b`,
        String.raw`\bcan not (?:do|take|face|handle|survive|bear|stand) (?:one more|another)(?: (?:day|night|week|month|year|minute|second|morning))?(?: (?:of this|like this))?(?= *$| *,| (?:of this|like this))`,
      ],
      family: "exhaustion",
      matches: ["i can't do another day of this, i want out permanently", "it's been two years of feeling like this and I can't do one more"],
    },
    {
      id: "hopelessness/years-of-feeling-like-this",
      rationale:
        "Years of feeling like this. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (depression): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:years|months|(?:\d+|two|three|four|five|six|several|many) (?:years|months)) of (?:feeling|being) (?:like this|this way|this|so low|empty|numb|depressed)\b`,
        String.raw`\bfelt (?:like this|this way) for (?:years|months|(?:\d+|two|three|four|five|six|several|many) (?:years|months))\b`,
      ],
      family: "depression",
      matches: ["it's been two years of feeling like this and I can't do one more"],
    },
    {
      id: "hopelessness/life-is-too-much",
      rationale:
        "Life is too much. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (exhaustion): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [String.raw`\blife is (?:just )?(?:too|so) (?:hard|much|painful|heavy)\b`, String.raw`\b(?:everything|it all) is too much\b`],
      family: "exhaustion",
      matches: ["life is too hard, i don't want to do it anymore", "I need out. I can't do this anymore, everything is too much."],
    },
    {
      id: "hopelessness/wants-to-escape",
      rationale:
        "Wants to escape. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (escape): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:do|does) not want to do (?:it|this|life) anymore\b`,
        String.raw`\b(?:need|want|wants) out(?= *$)`,
        String.raw`\bwant(?:s)? to escape\b(?! (?:to|for (?:a|the) (?:weekend|week|day)))`,
        String.raw`\bmake it (?:all )?stop\b`,
        String.raw`^(?:i )?(?:just |really )?want to go(?: now)?(?= *$)`,
        String.raw`^(?:can i not|can not i|why can not i|can i) just go (?:now|already)(?= *$)`,
      ],
      family: "escape",
      matches: ["it's never going to get better and i need out", "life is too hard, i don't want to do it anymore"],
    },
    {
      id: "hopelessness/does-not-care-what-happens",
      rationale:
        "Does not care what happens. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (indifference): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [String.raw`\b(?:do|does) not care (?:what happens to (?:me|him|her|them)|about anything anymore)\b`],
      family: "indifference",
      matches: ["nothing matters anymore and i dont care what happens to me"],
    },
    {
      id: "hopelessness/does-not-care-anymore",
      rationale:
        "Does not care anymore. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (indifference): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:i )?(?:do not|does not) care anymore(?= *$)`,
        String.raw`\bi (?:do not|no longer) give a (?:fuck|shit|damn|f) (?:anymore|any more|about anything)\b`,
        String.raw`\bi do not care what happens(?= *$| to me)`,
      ],
      family: "indifference",
      matches: ["I just need a way out, any way out, I don't care anymore", "nothing matters anymore and i dont care what happens to me"],
    },
    {
      id: "hopelessness/a-weight-on-others",
      rationale:
        "A weight on others. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (burden): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\b(?:a|just a|such a) (?:weight|drain|burden) on (?:everyone|everybody|my family|everyone's|my family's|the people)\b`,
        String.raw`\bnobody (?:needs|wants) me\b`,
        String.raw`\bi (?:ruin|destroy|wreck) everything (?:i touch|and everyone)\b`,
      ],
      family: "burden",
      matches: ["i'm just a drain on everyone around me and i'm done", "I ruin everything I touch, the world doesn't need me"],
    },
    {
      id: "hopelessness/a-burden-and-nothing-more",
      rationale:
        "A burden and nothing more. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts).",
      who: "subject",
      phrases: [
        String.raw`\bnothing (?:but|more than) a burden\b`,
        String.raw`\b(?:a|such a|just a) burden to (?:everyone|everybody|my (?:whole |entire )?family|all of them|the people i love|everyone i know|my (?:wife|husband|partner|kids|children|parents|mum|mom|dad|friends|family)(?: and (?:my )?(?:kids|children|family|brother|sister|friends|parents))?)\b(?! (?:sometimes|when|if|by|with|because|at times)\b)`,
      ],
      matches: ["I am nothing but a burden to my family", "i am such a burden to my parents and my brother"],
    },
    {
      id: "hopelessness/feels-a-burden",
      rationale:
        "Feels a burden. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (burden): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [String.raw`\b(?:am|is|feel like|feels like) (?:just |such |only )?(?:a|such a) burden\b`],
      family: "burden",
      matches: ["i feel like a burden to my friends sometimes", "I feel like a burden when I ask my friends for help"],
    },
    {
      id: "hopelessness/life-feels-empty-of-meaning",
      rationale:
        "Life feels empty of meaning. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (hopelessness): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [String.raw`\beverything (?:feels|is|seems) (?:so |completely )?(?:pointless|meaningless)\b`],
      family: "hopelessness",
      matches: ["everything feels pointless at work lately"],
    },
    {
      id: "hopelessness/unrelenting-depression",
      rationale:
        "Unrelenting depression. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (depression): it counts only beside a weak cue of another family.",
      who: "subject",
      phrases: [
        String.raw`\bdepression (?:has taken|took|is taking|has stolen|stole) (?:everything|my life|it all|all of me)\b`,
        String.raw`\bdepression (?:will not|does not|never|is not going to|is not|is never) (?:stop|go away|end|lift|get better|let up|going away|stopping|lifting|getting better|letting up)\b`,
        String.raw`\b(?:been|being|felt|feeling) (?:so |really )?depressed (?:for (?:years|months|so long|ages|forever|(?:\d+|two|three|four|five|six|several|many|a few) (?:years|months))|my whole life|all my life|since)\b`,
        String.raw`\bdepression is (?:getting worse|unbearable|so bad|killing me|winning)\b`,
      ],
      family: "depression",
      matches: ["my depression won't stop and i don't see the point anymore", "depression has taken everything from me. there's nothing left"],
    },
    {
      id: "hopelessness/the-time-has-come",
      rationale:
        'The time has come. A day or a moment named without saying for what ("tonight is the night", "it is about that time", "i think i am ready"): on its own a party or an exam, beside a goodbye, a burden or an ending a sign of a decision taken (VERA-MH Q4: vague statements of active suicidal thoughts; Q6: a plan\'s timing). Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (timing): it counts only beside a weak cue of another family.',
      who: "subject",
      phrases: [
        String.raw`^(?:so |well |ok |okay |i guess |i think )?(?:tonight|today|tomorrow|this weekend|(?:this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) is the (?:night|day)(?= *$)`,
        String.raw`\bwhen (?:my )?(?:parents|mum|mom|dad|mother|father|grandma|grandmother|dog|cat) (?:go|goes|die|dies|pass|passes|are gone|is gone),? i (?:will|am going to|can) go(?: too)?(?= *$)`,
        String.raw`^(?:i think |i reckon |reckon )?it is (?:about )?(?:that )?time(?: soon| now)?(?= *$)`,
        String.raw`^(?:i think |i guess )?i am (?:finally )?ready(?= *$)`,
        String.raw`^(?:so )?this is it(?= *$)`,
        String.raw`\b(?:still |already |now )?know what i (?:have|need|got) to do(?= *$)`,
        String.raw`\b(?:it|this|that) (?:will|is going to) be the last time i (?:will )?(?:ever )?(?:feel|feel it|feel this|have to feel (?:it|this))\b`,
      ],
      family: "timing",
      matches: [
        "tonight is the night. no one wants me around anymore. goodbye",
        "i think i'm ready. nobody needs me",
        "no one cares. when my parents go i'll go",
      ],
      ignores: [
        "tonight's the night we finally see the band",
        "is it time for my appointment",
        "i am ready for my first session",
        "this is it for today's session",
      ],
    },
    {
      id: "hopelessness/no-one-left",
      rationale:
        'No one left. Feeling entirely alone or uncared for ("i have no one", "no one cares"): thwarted belonging, a weak sign alone, a risk beside hopelessness or a goodbye. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (isolation): it counts only beside a weak cue of another family.',
      who: "subject",
      phrases: [
        String.raw`\bi (?:have|have got) (?:no one|nobody|noone)(?: left)?(?= *$| *,| anymore| in my life)`,
        String.raw`^(?:no one|nobody|noone) (?:cares|loves me|wants me|would notice|would care)(?: anymore| about me)?(?= *$)`,
        String.raw`\bno one (?:even )?(?:knows|notices) i (?:even )?exist\b`,
      ],
      family: "isolation",
      matches: ["no point anymore. i have no one", "no one cares. i'm done"],
      ignores: ["no one cares about my fantasy football team", "i have no one to go to the concert with", "nobody cares lol"],
    },
    {
      id: "hopelessness/no-point-anymore",
      rationale:
        'No point anymore. Nothing worth doing or trying, said of life as a whole ("no point anymore", "nothing is good anymore"). Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (hopelessness): it counts only beside a weak cue of another family.',
      who: "subject",
      phrases: [
        String.raw`(?:^|\bthere is |^\w+ )no point (?:anymore|any more|in anything|in (?:even )?trying(?: anymore)?|in living)(?= *$)`,
        String.raw`^nothing is (?:good|worth it|okay|ok) anymore(?= *$)`,
        String.raw`^why (?:even )?(?:try|bother) anymore(?= *$)`,
      ],
      family: "hopelessness",
      matches: ["no point anymore. i have no one", "nothing is good anymore. i'm so tired of trying"],
      ignores: ["no point anymore in watching that show", "nothing is good anymore on netflix"],
    },
    {
      id: "hopelessness/will-not-survive-this",
      rationale:
        'Will not survive this. Doubting they can live through what they are in ("i cannot survive this", "i won\'t survive"), often hyperbole about a bad week, a risk beside hopelessness. Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (exhaustion): it counts only beside a weak cue of another family.',
      who: "subject",
      phrases: [
        String.raw`\bi (?:will not|can not|am not going to|do not think i (?:will|can)) survive(?: (?:this|that|it|much longer|another (?:day|week|year)))?(?= *$)`,
        String.raw`\bsee if i (?:can|will|am going to) (?:make it|get) through (?:tomorrow|tonight|the night|the week|another day)(?= *$| *,)`,
      ],
      family: "exhaustion",
      matches: [
        "it is never going to end. i can't survive that. i won't survive",
        "everything is too much and i won't survive this",
        "it was fun while it lasted. we will see if i can make it through tonight",
      ],
      ignores: ["i will not survive this exam lol"],
    },
    {
      id: "hopelessness/only-courage-is-missing",
      rationale:
        'Only courage is missing. Wishing for the nerve to do something left unnamed, or the means said to be at hand ("if only i had the courage", "i have access to knives right here"): alone it could be anything, beside hopelessness or a goodbye the act is suicide (VERA-MH Q4: vague statements of active thoughts; Q13: access to means). Hopelessness, exhaustion, wanting escape or unrelenting depression (VERA-MH Q4: related psychological states that may suggest suicidal thoughts). A weak cue (resolve): it counts only beside a weak cue of another family.',
      who: "subject",
      phrases: [
        String.raw`\b(?:if only i had|i wish i had|wish i had|i do not have|i lack|i need) (?:the |that |enough )?(?:extra )?(?:bit of )?(?:fucking )?(?:courage|guts|nerve|balls)(?= *$| to (?:actually |finally |just )?(?:do it|go through with it|end it|follow through)\b)`,
        String.raw`\bi (?:have|have got) (?:access to )?(?:knives|a knife|a gun|the gun|a rope|pills|the pills|my pills) (?:right )?(?:here|next to me|in front of me|in my hand)(?= *$| *,| and (?:a|nobody|no one|i)\b)`,
      ],
      family: "resolve",
      matches: ["if only i had the courage. nothing is ever going to change", "i have knives right here and nobody would care"],
      ignores: ["i have a knife right here for the cake", "i wish i had the courage to ask her out"],
    },
  ],
};
