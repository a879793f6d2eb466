import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";

const VIOLENCE = "(?:kill|murder|stab|shoot|strangle|choke|poison|smother|drown|hurt|harm|attack|beat up|beat|shake|hit|punch|run over)";
const VIOLENCE_ING = "(?:killing|murdering|stabbing|shooting|strangling|choking|poisoning|smothering|drowning|hurting|harming|attacking|beating|shaking|hitting|punching)";
/** Someone who could be hurt; "her feelings", "my chances" are excluded after the target. */
const TARGET = String.raw`(?:him|her|them|someone|somebody|people|everyone|everybody|others|other people|(?:my|the|our|his|her|their|that|this|a) {W}?{PERSON}|the people|the baby|a stranger)\b(?! (?:feelings|chances|career|reputation|pride|ego|back|knee|grades))`;
/** "…but I would never act on them": thoughts disowned in the same message (typical of intrusive thoughts). */
const NOT_DISOWNED = /^(?![\s\S]*\b(?:i would never|i never would|would never act|i will never|never act on|not going to act|i would not act|i do not want to act)\b)/;
/**
 * Hyperbole about a trivial grievance ("I'll kill my roommate, she ate my leftovers"): the reason given
 * is an everyday annoyance, the verb an exaggeration (kill, murder, strangle) and no weapon is named.
 * Someone else's hyperbole about the writer ("my sister is going to murder me for…") says nothing of the writer's intent,
 * and the grievance belongs to its own sentence (a joke elsewhere does not excuse "i have urges to hurt people").
 */
const TRIVIAL_GRIEVANCE = String.raw`\b(?:for|because|if|when|she|he|they|cause) (?:he |she |they |ever |again |just )*(?:ate|eats|eat|eating|finished|finishes|finishing|drank|drinks|drinking|stole|steals|stealing|borrowed|borrows|borrowing|spoiled|spoils|spoiling|spoilt|broke|breaks|breaking|used|uses|using|touched|touches|touching|forgot|forgets|forgetting|lost|loses|losing|moved|moves|ruined|ruins|ruining|snores|snoring|chewing|chews|hogging|hogged|hogs|deleted|deletes|unplugged|dropped|sat on|stepped on|spilled|spilt|watched|watching|watches|read|texted|told (?:everyone|my mom|my mum|my dad)|leaving|left|takes|took|taking) (?:my|the|our|all|his|her|their|me|it|that|this|a)\b|\b(?:still |never )?(?:has not|have not|did not|does not|never) (?:fixed|replied|paid|cleaned|washed|done|returned|answered|called|texted|tidied|emptied)\b`;
const WEAPON = "(?:gun|guns|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb|axe|hammer)";
const HYPERBOLE = "(?:kill|killing|murder|murdering|strangle|strangling|throttle|throttling|end)";
const NOT_TRIVIAL = new RegExp(String.raw`^(?:(?![\s\S]*\b${HYPERBOLE}\b(?! (?:me|us|it)\b)[^.!?\n]*(?:${TRIVIAL_GRIEVANCE}))|(?=[\s\S]*\b(?:${WEAPON}|i mean it|i am serious|not joking|seriously)\b))`);
const INTENT = "(?:want|wants|wanted|wanting|wanna|going|gonna|plan|planning|intend|intending|about|ready|tempted|trying not|urge|urges|need|needs)";

/** Bringing a weapon to a place where people are. */
const ARMED = String.raw`\b(?:going to|gonna|will|about to|thinking (?:of|about)|planning to|want to|i am) (?:bring|bringing|take|taking|carry|carrying) (?:a|my|the|my \w+'s|\w+'s) (?:knife|gun|pistol|rifle|weapon|machete|shotgun)\b(?= (?:to|into|in) (?:work|school|class|college|uni|the office|church)\b|[^.]{0,20}\b(?:tomorrow|tonight|on monday|next time)\b)`;

/** Intent, urges or plans to hurt another person. */
export const harmToOthers: CueGroup<CrisisReason> = {
  name: "harm to others",
  reasons: { self: "harm_to_others", other: "harm_to_others" },
  checks: CRISIS_CHECKS,
  cues: [
    // bringing a weapon, after a grievance or to school or work
    cue("self", ARMED, { needs: /\b(?:one more|pay|regret|sorry|teach (?:him|her|them)|show (?:him|her|them|everyone)|if (?:he|she|they|my \w+|anyone)|school|work|class|college|the office)\b/ }),
    // intends to hurt someone
    cue("subject", String.raw`\b${INTENT} to {W}?${VIOLENCE} (?:up )?${TARGET}`, { jokeProne: true, needs: NOT_TRIVIAL }),
    // thoughts of hurting someone
    cue("subject", String.raw`(?<!\bintrusive )\b(?:thoughts|thinking|think|thought|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|imagine|imagining|obsessing|obsessed) (?:of|about) {W}?${VIOLENCE_ING} (?:up )?${TARGET}`, { jokeProne: true, needs: NOT_DISOWNED }),
    // fears they will hurt someone
    cue("subject", String.raw`\b(?:might|will|would|could|am going to|is going to|scared i will|afraid i will|worried i will|scared i am going to|afraid i am going to|think i might|think i could|snap and|lose it and) {W}?${VIOLENCE} ${TARGET}`, { jokeProne: true, needs: NOT_TRIVIAL }),
    // hurt a child or partner
    cue("self", String.raw`\bi (?:hit|slapped|shook|beat|hurt|kicked|punched|choked|threw \w+ at) (?:my|the|our) (?:son|daughter|baby|kid|kids|child|children|toddler|partner|wife|husband|girlfriend|boyfriend)\b`),
    // revenge with a weapon
    cue("subject", String.raw`\b(?:make (?:them|him|her|everyone)(?: all)? pay|get (?:my )?revenge|they will (?:all )?(?:pay|regret it))\b`, { needs: /\b(?:gun|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb|know where (?:he|she|they) (?:lives?|works?|sleeps?|goes)|know where (?:he|she|they) (?:is|are))\b/ }),
    // makes them suffer, and knows where they are
    cue("subject", String.raw`\bmake (?:him|her|them|my {W}?{PERSON}|that \w+) (?:suffer|hurt|bleed)\b`, { needs: /\bknow where (?:he|she|they) (?:lives?|works?|sleeps?|goes|is|are)\b|\b(?:gun|knife|knives|weapon)\b/ }),
    // graphic violence intended
    cue("subject", String.raw`\b(?:going to|gonna|will|want to|about to) (?:put my fist through|smash|bash in|bash|break|cave in|knock out|punch in|stamp on|rip off) (?:his|her|their|my \w+'s|\w+'s) (?:face|head|skull|teeth|nose|jaw|legs|neck)\b`, { needs: NOT_TRIVIAL }),
    // waiting outside with a weapon
    cue("subject", String.raw`\b(?:outside|at|near|parked outside|waiting outside|waiting at) (?:my \w+'s|his|her|their|\w+'s) (?:house|flat|home|work|school|place|office)\b[^.]{0,30}\bwith (?:a|my|the|his|her) (?:gun|knife|knives|bat|weapon|rifle|pistol|machete|axe|hammer|crowbar)\b`),
    // takes a weapon to school or work
    cue("subject", String.raw`\b(?:bring|bringing|brought|take|taking|took|carry|carrying) (?:a|my|the|his|her|my \w+'s|\w+'s) (?:gun|guns|knife|knives|rifle|pistol|weapon|weapons|bomb|machete) (?:to|into) (?:school|work|class|college|uni|university|the office|church|the mall|the party)\b`, { ignore: ["topic", "hypothetical"] }),
    // shooting up a place
    cue("subject", String.raw`\bshoot up (?:the |my |a )?(?:school|office|work|place|mall|church|class|party)\b|\bshoot (?:everyone|everybody|people) (?:at|in)\b`),
    // someone will get hurt, by them
    cue("subject", String.raw`\b(?:someone|somebody) (?:is going to|will|is gonna) (?:get hurt|die)\b[^.]{0,40}\bme\b`),
    // beat the life out of someone
    cue("subject", String.raw`\bbeat the (?:shit|crap|hell|life) out of ${TARGET}`, { jokeProne: true }),
    // voices tell them to hurt others
    cue("subject", String.raw`\b(?:voice|voices|something in my head)\b[^.]{0,40}?\b(?:tell|tells|telling|told|say|says|saying|said|want|wants)\b[^.]{0,20}?\b${VIOLENCE} ${TARGET}`),
    // tells someone to kill themself
    cue("self", String.raw`(?<!\b(?:me|us) to )\bkill yourself\b`, { jokeProne: true }),
  ],
};
