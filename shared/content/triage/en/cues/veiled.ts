import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";
import { NOT_AWAY, PROJECTION } from "../conditions.ts";

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
export const veiled: CueGroupRecord<CrisisReason> = {
  id: "veiled",
  name: "veiled and indirect",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "veiled/the-means-kept-in-case",
      rationale:
        "The means kept, in case. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [String.raw`\b(?:just )?in case i (?:need|want|decide on|choose) (?:an exit|a way out|to (?:end it|go|do it|use (?:it|them)))\b`],
      matches: ["i keep a bottle of pills in my bag just in case i need an exit"],
    },
    {
      id: "veiled/dwells-on-the-means",
      rationale:
        "Dwells on the means. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:looking|staring|stare|look|gazing|keep thinking|kept thinking|can not stop thinking|thinking) (?:at|about) (?:the|my|those|these|all the|that|his|her) ${MEANS}\b(?= *$| (?:differently|all night|for hours|again|lately|a lot|every (?:day|night)|in (?:the|my) (?:bathroom|cabinet|drawer|kitchen|closet|car))\b)`,
        String.raw`\b(?:every time|whenever) i (?:cross|walk over|drive over|drive past|walk past|pass|stand near|see|look at) (?:the|a|that) ${MEANS}\b`,
      ],
      needs: /\b(?:differently|all night|for hours|easy|easier|how easy|keep|kept|can not stop|again|lately|cabinet|drawer|closet|jump|fall|step)\b/,
      matches: ["been looking at the train tracks differently lately", "I keep saying I'm okay but I've been looking at the pills all night"],
    },
    {
      id: "veiled/how-easy-it-would-be",
      rationale:
        "How easy it would be. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\bhow easy (?:it )?(?:would|will|could) (?:it )?be(?: to (?:just )?(?:jump|fall|step|let go|end it|swerve|drive|walk|take them|take it))?(?= *$| *,| to\b)`,
      ],
      needs:
        /\b(?:bridge|tracks?|trains?|edge|ledge|roof|cliff|balcony|window|road|traffic|motorway|wheel|swerve|pills|tablets|rope|razor|blades?|gun|knife|water|river|sea|jump|fall)\b/,
      matches: ["every time I cross the bridge on my way to work I think about how easy it would be"],
    },
    {
      id: "veiled/others-imagined-without-the-writer",
      rationale:
        "Others imagined without the writer. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "self",
      phrases: [
        String.raw`\b${IF_I_WERE_GONE}\b[^.]{0,50}?\b(?:would|will|could|'d) (?:${REACTION})\b`,
        String.raw`\b(?:would|will|'d|could) (?:${REACTION})\b[^.]{0,40}?\b${IF_I_WERE_GONE}\b`,
        String.raw`\b(?:would|will|could) (?:all |honestly |probably |just )*(?:be|get|feel|become|do) (?:so |much |a lot |way )?(?:lighter|better|easier|happier|brighter|calmer|fine|okay|ok|a better place|peaceful)\b[^.]{0,15}\bwithout me\b(?! (?:at|for|on|to|there|tonight|this|next|today|tomorrow|when|while)\b)`,
        String.raw`\b(?:better|happier|better off) (?:off )?with (?:a|an|another|someone|somebody|anyone)\b[^.]{0,25}\b(?:who|that) (?:is not|was not|is not like) me\b`,
      ],
      matches: ["nobody would miss me if i was gone", "i'd be fine if i just didn't wake up"],
      ignores: ["i used to think everyone would be better off without me, therapy changed that"],
    },
    {
      id: "veiled/soon-no-longer-a-weight-on-others",
      rationale:
        "Soon no longer a weight on others. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "self",
      phrases: [
        String.raw`\b(?:will not|would not|are not going to|is not going to|never) (?:have to|need to) (?:deal with|worry about|put up with|look after|take care of|carry|see|hear from|listen to) me (?:much longer|anymore|any more|for long|soon|again|for much longer)\b`,
        String.raw`\b(?:will not|am not going to) be (?:a|your|anyone's|their) (?:problem|burden|bother|worry|issue) (?:for|to) (?:anyone|you|everyone|anybody|them|you all) (?:soon|much longer|anymore|for long|for much longer)\b`,
        String.raw`\b(?:will not|am not going to) be (?:a|your|anyone's|their) (?:problem|burden|bother|worry) (?:soon|much longer|for long)\b`,
      ],
      needs: NOT_AWAY,
      matches: [
        "dont worry about me, i wont be a problem for anyone soon",
        "sorry for being a burden all these years. you won't have to deal with me much longer",
      ],
    },
    {
      id: "veiled/a-mistake-that-should-not-exist",
      rationale:
        "A mistake that should not exist. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "self",
      phrases: [
        String.raw`\b(?:should|should have|was meant to) never (?:have )?(?:happened|existed|been born|been made)\b`,
        String.raw`\bmy (?:existence|birth|being born) (?:is|was) (?:a|the) (?:mistake|error|accident)\b`,
      ],
      matches: ["I'm a mistake that should have never happened"],
    },
    {
      id: "veiled/welcomes-a-fatal-accident",
      rationale:
        "Welcomes a fatal accident. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\bif (?:a |the )?(?:car|bus|truck|train|lorry|plane|something|someone|lightning|cancer|illness|an accident|a disease|a stroke|a heart attack)\b[^.]{0,25}?\b(?:hit|hits|killed|kills|took|takes|happened to|ended|got) me\b[^.]{0,40}?\b(?:relieved|a relief|would not mind|would not care|be fine|be glad|be happy|be okay|be grateful|welcome it|be thankful)\b`,
        String.raw`\b(?:relieved|glad|grateful|thankful|happy)\b[^.]{0,15}?\bif (?:a |the )?(?:car|bus|truck|train|lorry|plane|something|someone|lightning|cancer|an accident|a disease)\b[^.]{0,20}?\b(?:hit|killed|took|ended|got) me\b`,
      ],
      matches: ["honestly if a car hit me tomorrow i'd be relieved"],
    },
    {
      id: "veiled/envies-the-dead",
      rationale:
        "Envies the dead. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:envy|envious of|jealous of|trade places with|swap places with|switch places with|change places with) (?:the |all the |those |people |anyone |everyone |someone |somebody )?(?:who (?:is|are|has|have|got to|get to) |that (?:is|are) |in (?:a|the|their) )?(?:dead|died|die|coffin|grave|graves|dying|cemetery|heaven|killed (?:themselves|himself|herself)|passed away|six feet under)\b`,
      ],
      matches: ["Honestly? Some days I envy dead people", "i'd trade places with anyone in a coffin"],
    },
    {
      id: "veiled/does-not-remember-wanting-to-live",
      rationale:
        "Does not remember wanting to live. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:can not|do not|could not) (?:even )?remember (?:the last time|when) i (?:last )?(?:wanted|felt like|was glad|was happy|felt glad) (?:to be |being )?(?:alive|here|living|to live|to exist)\b`,
      ],
      matches: ["i can't remember the last time i wanted to be alive"],
    },
    {
      id: "veiled/alive-only-for-one-reason",
      rationale:
        "Alive only for one reason. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "match",
      phrases: [
        String.raw`\b(?:only|just) (?:staying alive|alive|still alive|sticking around|holding on|still here) (?:for|because(?: of)?)\b(?! (?:the|a|free|this|that|fun|now)\b)`,
        String.raw`\bthe only (?:reason|thing) (?:i am (?:still )?alive|i stay alive|i have not (?:killed|done it|ended)|keeping me alive|that keeps me alive|stopping me from (?:killing|ending|doing it))\b`,
      ],
      jokeProne: true,
      matches: ["i'm only staying alive for my dog and she's old", "my therapist is the only reason I'm still alive and she's leaving"],
      ignores: ["I'm only alive because of coffee lol"],
    },
    {
      id: "veiled/existing-hurts",
      rationale:
        "Existing hurts. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:it )?(?:hurts|is painful|is unbearable|is agony|is torture|is too painful|is exhausting) (?:just )?(?:to exist|to be alive|to be me|being alive|existing)\b(?! in (?:a|my) body| with)`,
        String.raw`\b(?:existing|being alive|to exist) (?:hurts|is (?:so |just )?(?:painful|unbearable|agony|torture|too much))\b`,
      ],
      matches: ["it hurts to exist"],
    },
    {
      id: "veiled/pretends-to-want-to-live",
      rationale:
        "Pretends to want to live. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:tired of |sick of |done |stop |stopped )?pretending (?:that )?(?:i want to (?:be here|live|be alive|stay|exist|keep going)|i am (?:okay|ok|fine) with (?:being alive|living|life))\b`,
      ],
      matches: ["tired of pretending i want to be here"],
    },
    {
      id: "veiled/wakes-up-disappointed",
      rationale:
        "Wakes up disappointed. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\bi (?:wake up|woke up|keep waking up|wake|keep waking) (?:up )?(?:and (?:i am|feel) )?(?:disappointed|gutted)(?= *$| every| again| that i\b| to be| each)`,
      ],
      matches: ["I wake up disappointed every day", "every day i wake up disappointed that i'm still alive"],
    },
    {
      id: "veiled/ready-to-go-after-a-long-life-or-loss",
      rationale:
        "Ready to go, after a long life or loss. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "match",
      phrases: [
        String.raw`\b(?:i am|i feel|i think i am|feel|she is|he is|they are|she feels|he feels) (?:so |more than |just )?ready to (?:go|leave|be with (?:them|him|her|god|the lord))(?= *$| now\b| and\b)`,
        String.raw`\b(?:i have|have) lived (?:long )?enough(?= *$| now)`,
      ],
      needs:
        /\b(?:outlived|everyone i (?:love|loved)|stopped (?:taking|eating)|nothing left|alone|lonely|tired|my time|god|lord|heaven|passed|died|widow|widower|no one left|nobody left)\b/,
      matches: ["I'm 67 and I've outlived everyone I love. I'm ready to go.", "my mum's been saying she's ready to go and has stopped taking her heart meds"],
    },
    {
      id: "veiled/no-reason-to-keep-trying",
      rationale:
        "No reason to keep trying. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:no|do not see (?:a|any|the)|can not see (?:a|any|the)) (?:reason|point) (?:to|in|of) (?:keep |keeping )?(?:trying|fighting|pushing)(?= *$| anymore| any more| at all)`,
      ],
      matches: ["Idk man. Just feels like there's no reason to keep trying."],
    },
    {
      id: "veiled/not-strong-enough-for-life",
      rationale:
        "Not strong enough for life. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\bnot (?:strong|tough|brave|built|made) (?:enough )?(?:for|to) (?:this life|life|this world|live|keep (?:going|living)|go on|survive|being alive|exist)\b`,
      ],
      matches: ["I'm not strong enough for this life"],
    },
    {
      id: "veiled/a-message-to-family-if-they-see-it",
      rationale:
        "A message to family if they see it. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "self",
      phrases: [
        String.raw`\bif (?:you|anyone|you all|they) (?:see|read|find|are reading|ever read) this\b`,
        String.raw`\bif i am (?:gone|dead|not here)\b(?! (?:honest|set|serious|tired|certain|sure|right|wrong|inside|on|for|to|at|in)\b)`,
      ],
      needs: /\b(?:sorry|forgive|goodbye|do not blame|not your fault|take care of)\b/,
      matches: ["mom if you see this im sorry", "if I'm gone tomorrow, please know it's not your fault"],
    },
    {
      id: "veiled/asks-that-family-be-told-of-their-love",
      rationale:
        "Asks that family be told of their love. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "self",
      phrases: [
        String.raw`(?<!\b(?:to|i|will|would|could|should|can|do|not|never|gonna|going to) )\btell (?:my (?:family|mum|mom|dad|parents|kids|children|wife|husband|partner|sister|brother|friends|son|daughter|girlfriend|boyfriend|dog|cat|pets)|them all|everyone|everybody) (?:that )?i (?:love|loved|am sorry|was sorry)\b(?! (?:her|him|them|you) (?:when|next|if|too|back)\b| (?:when|next|if)\b)`,
      ],
      matches: ["Tell my dog I'm sorry", "tell my family i love them"],
    },
    {
      id: "veiled/said-their-goodbyes",
      rationale:
        "Said their goodbyes. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:wrote|written|writing|said|saying|made|recorded|sent|posted|finished) (?:all )?(?:my|his|her|their) goodbyes\b`,
        String.raw`\b(?:already|just) (?:told|said) (?:goodbye|bye) to (?:my )?(?:cat|dog|pets?|family|parents|mum|mom|dad|kids|children|friends|everyone)\b`,
        String.raw`\b(?:already|just) told my (?:cat|dog|pets?|family|parents|mum|mom|dad|kids|children|friends|everyone) (?:goodbye|bye)\b`,
      ],
      needs: NOT_AWAY,
      matches: ["already told my cat goodbye lol", "i deleted all my socials and wrote my goodbyes"],
    },
    {
      id: "veiled/at-peace-with-a-decision",
      rationale:
        "At peace with a decision. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [String.raw`\b(?:made|making|at) peace with (?:it|my decision|the decision|dying|death|everything|what i am going to do)\b(?! (?:to|about)\b)`],
      needs: /\b(?:know what i am going to do|decided|decision|not sad anymore|calm now|finally calm|ready|goodbye|tonight|pills|rope|plan)\b/,
      matches: ["I made peace with it. I'm not sad anymore, I know what I'm going to do"],
      ignores: ["I'm at peace with dying someday, everyone does, is it weird to talk about mortality in therapy?"],
    },
    {
      id: "veiled/holding-on-for-someone-then-done",
      rationale:
        "Holding on for someone, then done. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [String.raw`\bthen (?:i am|i will be|that is|it is|i can be) (?:done|it|gone|free|out)(?= *$)`],
      needs:
        /\b(?:get through|hold on (?:until|till|through|for)|make it (?:through|to|until)|stay (?:until|till|for)|wait (?:until|till)|after)\b[^.]{0,40}\bfor (?:my |the )?(?:kids|children|son|daughter|mum|mom|dad|parents|family|dog|cat|sister|brother|wife|husband|partner)\b/,
      matches: ["I just need to get through christmas for my kids, then I'm done"],
    },
    {
      id: "veiled/no-more-pain-after-a-time",
      rationale:
        "No more pain after a time. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\bno more (?:pain|suffering|hurting|struggling|me|of me)\b[^.]{0,10}?\b(?:after|from|by|past|beyond) (?:tonight|today|tomorrow|this week|this weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b(?!'s)`,
      ],
      matches: ["no more pain after tonight"],
    },
    {
      id: "veiled/the-noise-to-stop-for-good",
      rationale:
        "The noise to stop for good. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:want|need|wish|wants|needs) (?:for )?(?:the|it|it all|everything|all of it|this|the noise|the pain|my thoughts|my brain|my mind|my head|the voices)\b[^.]{0,15}?\b(?:to )?(?:stop|end|be over|go away|go quiet|shut up|switch off) (?:permanently|forever|for good)\b`,
      ],
      matches: ["i just need everything to stop. forever.", "i just want everything to stop. permanently"],
    },
    {
      id: "veiled/stops-fighting-and-lets-go",
      rationale:
        "Stops fighting and lets go. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:stop|stopped|stopping|quit|give up|gave up) fighting and (?:just )?let(?:ting)? go\b(?! of)`,
        String.raw`\b(?:time|ready|want|going) (?:to |i )?(?:just )?let go\b(?! of)(?= *$| now| for good| finally)`,
      ],
      matches: ["I think it's time I stopped fighting and let go"],
    },
    {
      id: "veiled/a-life-lived-on-borrowed-time-to-give-back",
      rationale:
        "A life lived on borrowed time, to give back. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [String.raw`\b(?:give|giving) it back\b`],
      needs: /\bborrowed time\b/,
      matches: ["I feel like I'm living on borrowed time and I'm ready to give it back"],
    },
    {
      id: "veiled/the-universe-should-delete-them",
      rationale:
        "The universe should delete them. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "subject",
      phrases: [
        String.raw`\b(?:universe|world|god|earth|someone|something) to (?:just )?(?:delete|erase|remove|wipe|take|swallow|smite|end) (?:me|them|us|him|her)\b`,
        String.raw`\b(?:become|be|turn into) a ghost(?= *$| *,| and| so| already| now| tonight| lol)`,
        String.raw`\bthe void (?:is )?(?:calling|calls|keeps calling)(?: me)?(?= *$| *,| again| tonight)`,
      ],
      matches: ["ngl the void is calling", "i want to become a ghost"],
    },
    {
      id: "veiled/survival-questions-disowned",
      rationale:
        "Survival questions, disowned. Veiled or coded talk of not being here: farewells, arrangements, euphemisms (VERA-MH Q4: vague, coded, veiled or indirect statements).",
      who: "self",
      phrases: [
        String.raw`\bhow long (?:can|could|would|does|do|will) (?:you|a person|someone|one|i|people) (?:survive|last|live|go) without (?:food|water|eating|drinking|air|breathing|insulin|meds|medication|sleep)\b`,
      ],
      needs: PROJECTION,
      matches: ["how long can you survive without food and water, not for me or anything"],
      ignores: ["How long can you survive without sleep? I've been up for 30 hours studying"],
    },
  ],
};
