import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

const VIOLENCE = "(?:kill|murder|stab|shoot|strangle|choke|poison|smother|drown|hurt|harm|attack|beat up|beat|shake|hit|punch|run over)";
const VIOLENCE_ING =
  "(?:killing|murdering|stabbing|shooting|strangling|choking|poisoning|smothering|drowning|hurting|harming|attacking|beating|shaking|hitting|punching)";

/** Someone who could be hurt; "her feelings", "my chances" are excluded after the target. */
const TARGET = String.raw`(?:him|her|them|someone|somebody|people|everyone|everybody|others|other people|(?:my|the|our|his|her|their|that|this|a) {W}?{PERSON}|the people|the baby|a stranger)\b(?! (?:feelings|chances|career|reputation|pride|ego|back|knee|grades))`;
/** "…but I would never act on them": thoughts disowned in the same message (typical of intrusive thoughts). */
const NOT_DISOWNED =
  /^(?![\s\S]*\b(?:i would never|i never would|would never act|i will never|never act on|not going to act|i would not act|i do not want to act)\b)/;
/**
 * Hyperbole about a trivial grievance ("I'll kill my roommate, she ate my leftovers"): the reason given
 * is an everyday annoyance, the verb an exaggeration (kill, murder, strangle) and no weapon is named.
 * Someone else's hyperbole about the writer ("my sister is going to murder me for…") says nothing of the writer's intent,
 * and the grievance belongs to its own sentence (a joke elsewhere does not excuse "i have urges to hurt people").
 */
const TRIVIAL_GRIEVANCE = String.raw`\b(?:for|because|if|when|she|he|they|cause) (?:he |she |they |ever |again |just )*(?:ate|eats|eat|eating|finished|finishes|finishing|drank|drinks|drinking|stole|steals|stealing|borrowed|borrows|borrowing|spoiled|spoils|spoiling|spoilt|broke|breaks|breaking|used|uses|using|touched|touches|touching|forgot|forgets|forgetting|lost|loses|losing|moved|moves|ruined|ruins|ruining|snores|snoring|chewing|chews|hogging|hogged|hogs|deleted|deletes|unplugged|dropped|sat on|stepped on|spilled|spilt|watched|watching|watches|read|texted|told (?:everyone|my mom|my mum|my dad)|leaving|left|takes|took|taking) (?:my|the|our|all|his|her|their|me|it|that|this|a)\b|\b(?:still |never )?(?:has not|have not|did not|does not|never) (?:fixed|replied|paid|cleaned|washed|done|returned|answered|called|texted|tidied|emptied)\b`;
const WEAPON = "(?:gun|guns|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb|axe|hammer)";
const HYPERBOLE = "(?:kill|killing|murder|murdering|strangle|strangling|throttle|throttling|end)";
const NOT_TRIVIAL = new RegExp(
  String.raw`^(?:(?![\s\S]*\b${HYPERBOLE}\b(?! (?:me|us|it)\b)[^.!?\n]*(?:${TRIVIAL_GRIEVANCE}))|(?=[\s\S]*\b(?:${WEAPON}|i mean it|i am serious|not joking|seriously)\b))`,
);
const INTENT = "(?:want|wants|wanted|wanting|wanna|going|gonna|plan|planning|intend|intending|about|ready|tempted|trying not|urge|urges|need|needs)";

/** Bringing a weapon to a place where people are. */
const ARMED = String.raw`\b(?:going to|gonna|will|about to|thinking (?:of|about)|planning to|want to|i am) (?:bring|bringing|take|taking|carry|carrying) (?:a|my|the|my \w+'s|\w+'s) (?:knife|gun|pistol|rifle|weapon|machete|shotgun)\b(?= (?:to|into|in) (?:work|school|class|college|uni|the office|church)\b|[^.]{0,20}\b(?:tomorrow|tonight|on monday|next time)\b)`;

/** Intent, urges or plans to hurt another person. */
export const harmToOthers: CueGroupRecord<CrisisReason> = {
  id: "harm-to-others",
  name: "harm to others",
  reasons: { self: "harm_to_others", other: "harm_to_others" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "harm-to-others/bringing-a-weapon-after-a-grievance-or-to-school-or-work",
      rationale:
        "Bringing a weapon, after a grievance or to school or work. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "self",
      phrases: [String.raw`${ARMED}`],
      needs:
        /\b(?:one more|pay|regret|sorry|teach (?:him|her|them)|show (?:him|her|them|everyone)|if (?:he|she|they|my \w+|anyone)|school|work|class|college|the office)\b/,
      matches: [
        "i've been planning to bring a knife to school to get back at them",
        "if my coworker says one more thing about me i'm going to bring a knife tomorrow",
      ],
    },
    {
      id: "harm-to-others/intends-to-hurt-someone",
      rationale: "Intends to hurt someone. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [String.raw`\b${INTENT} to {W}?${VIOLENCE} (?:up )?${TARGET}`],
      jokeProne: true,
      needs: NOT_TRIVIAL,
      matches: ["i want to poison my sister", "i have urges to hurt people"],
      ignores: ["i want to kill myself but i don't want to hurt my mum", "i'm gonna kill my sister, she used all the hot water"],
    },
    {
      id: "harm-to-others/thoughts-of-hurting-someone",
      rationale: "Thoughts of hurting someone. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [
        String.raw`(?<!\bintrusive )\b(?:thoughts|thinking|think|thought|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|imagine|imagining|obsessing|obsessed) (?:of|about) {W}?${VIOLENCE_ING} (?:up )?${TARGET}`,
      ],
      jokeProne: true,
      needs: NOT_DISOWNED,
      matches: [
        "what happens if I tell my therapist I'm thinking about hurting someone, like hypothetically, do they report it?",
        "i'm thinking of poisoning my husband",
      ],
      ignores: ["what happens if i tell my therapist i have thoughts of hurting my kids? i never would"],
    },
    {
      id: "harm-to-others/fears-they-will-hurt-someone",
      rationale: "Fears they will hurt someone. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [
        String.raw`\b(?:might|will|would|could|am going to|is going to|scared i will|afraid i will|worried i will|scared i am going to|afraid i am going to|think i might|think i could|snap and|lose it and) {W}?${VIOLENCE} ${TARGET}`,
      ],
      jokeProne: true,
      needs: NOT_TRIVIAL,
      matches: ["i'm not allowed to see my friends or have money, and he said he'd hurt the kids if i leave", "i think i might hurt my kids"],
      ignores: ["hypothetically how many sleeping pills would kill someone", "my dad said if I tell anyone what he does he'll kill my mum"],
    },
    {
      id: "harm-to-others/hurt-a-child-or-partner",
      rationale: "Hurt a child or partner. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "self",
      phrases: [
        String.raw`\bi (?:hit|slapped|shook|beat|hurt|kicked|punched|choked|threw \w+ at) (?:my|the|our) (?:son|daughter|baby|kid|kids|child|children|toddler|partner|wife|husband|girlfriend|boyfriend)\b`,
      ],
      matches: ["i hit my son today and i'm scared i'll do it again but worse"],
    },
    {
      id: "harm-to-others/revenge-with-a-weapon",
      rationale: "Revenge with a weapon. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [String.raw`\b(?:make (?:them|him|her|everyone)(?: all)? pay|get (?:my )?revenge|they will (?:all )?(?:pay|regret it))\b`],
      needs:
        /\b(?:gun|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb|know where (?:he|she|they) (?:lives?|works?|sleeps?|goes)|know where (?:he|she|they) (?:is|are))\b/,
      matches: ["i'm going to make them pay, i've got my dad's gun", "I'm going to make him pay, I've got my brother's knife"],
    },
    {
      id: "harm-to-others/makes-them-suffer-and-knows-where-they-are",
      rationale:
        "Makes them suffer, and knows where they are. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [String.raw`\bmake (?:him|her|them|my {W}?{PERSON}|that \w+) (?:suffer|hurt|bleed)\b`],
      needs: /\bknow where (?:he|she|they) (?:lives?|works?|sleeps?|goes|is|are)\b|\b(?:gun|knife|knives|weapon)\b/,
      matches: ["I want to make my ex suffer the way I did, I know where she lives"],
    },
    {
      id: "harm-to-others/graphic-violence-intended",
      rationale: "Graphic violence intended. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [
        String.raw`\b(?:going to|gonna|will|want to|about to) (?:put my fist through|smash|bash in|bash|break|cave in|knock out|punch in|stamp on|rip off) (?:his|her|their|my \w+'s|\w+'s) (?:face|head|skull|teeth|nose|jaw|legs|neck)\b`,
      ],
      needs: NOT_TRIVIAL,
      matches: ["I swear I'm going to put my fist through my stepdad's face tonight"],
    },
    {
      id: "harm-to-others/waiting-outside-with-a-weapon",
      rationale: "Waiting outside with a weapon. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [
        String.raw`\b(?:outside|at|near|parked outside|waiting outside|waiting at) (?:my \w+'s|his|her|their|\w+'s) (?:house|flat|home|work|school|place|office)\b[^.]{0,30}\bwith (?:a|my|the|his|her) (?:gun|knife|knives|bat|weapon|rifle|pistol|machete|axe|hammer|crowbar)\b`,
      ],
      matches: ["I've been sitting outside my ex's house with a bat"],
    },
    {
      id: "harm-to-others/takes-a-weapon-to-school-or-work",
      rationale: "Takes a weapon to school or work. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [
        String.raw`\b(?:bring|bringing|brought|take|taking|took|carry|carrying) (?:a|my|the|his|her|my \w+'s|\w+'s) (?:gun|guns|knife|knives|rifle|pistol|weapon|weapons|bomb|machete) (?:to|into) (?:school|work|class|college|uni|university|the office|church|the mall|the party)\b`,
      ],
      ignore: ["topic", "hypothetical"],
      matches: ["I've been having thoughts about bringing my dad's gun to school", "i've been planning to bring a knife to school to get back at them"],
    },
    {
      id: "harm-to-others/shooting-up-a-place",
      rationale: "Shooting up a place. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [
        String.raw`\bshoot up (?:the |my |a )?(?:school|office|work|place|mall|church|class|party)\b`,
        String.raw`\bshoot (?:everyone|everybody|people) (?:at|in)\b`,
      ],
      matches: ["i want to shoot up my school", "i'm so angry i want to shoot everyone at school"],
    },
    {
      id: "harm-to-others/someone-will-get-hurt-by-them",
      rationale: "Someone will get hurt, by them. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [String.raw`\b(?:someone|somebody) (?:is going to|will|is gonna) (?:get hurt|die)\b[^.]{0,40}\bme\b`],
      matches: ["someone's going to get hurt tonight and it'll be me doing it"],
    },
    {
      id: "harm-to-others/beat-the-life-out-of-someone",
      rationale: "Beat the life out of someone. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [String.raw`\bbeat the (?:shit|crap|hell|life) out of ${TARGET}`],
      jokeProne: true,
      matches: [
        "i'm going to beat the shit out of him when i see him, i'm bringing a bat",
        "i'm going to beat the hell out of him when he gets home, i've had enough",
      ],
    },
    {
      id: "harm-to-others/voices-tell-them-to-hurt-others",
      rationale: "Voices tell them to hurt others. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "subject",
      phrases: [
        String.raw`\b(?:voice|voices|something in my head)\b[^.]{0,40}?\b(?:tell|tells|telling|told|say|says|saying|said|want|wants)\b[^.]{0,20}?\b${VIOLENCE} ${TARGET}`,
      ],
      matches: ["i hear voices that tell me to hurt my family"],
    },
    {
      id: "harm-to-others/tells-someone-to-kill-themself",
      rationale: "Tells someone to kill themself. Intent, urges or plans to hurt another person, not a figure of speech: a danger to others needs help now.",
      who: "self",
      phrases: [String.raw`(?<!\b(?:me|us) to )\bkill yourself\b`],
      jokeProne: true,
      matches: ["what's the best way to kill yourself without pain", "for a story im writing, what's the most reliable way to kill yourself"],
    },
  ],
};
