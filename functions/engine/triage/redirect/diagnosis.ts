import type { RedirectReason } from "../../../../shared/schemas/answer.ts";
import { DISORDER_WORDS } from "../lexicon.ts";
import { cue, type CueGroup, REDIRECT_CHECKS } from "../cue.ts";

/**
 * Asked how to raise it with their own clinician ("should I ask my therapist if I have ADHD?"), a
 * diagnosis question is about the relationship, which the knowledge base answers.
 */
const ASKING_THEIR_CLINICIAN = new RegExp(
  String.raw`\b(?:ask|tell|bring (?:it|this|that) up (?:with|to)|talk to|mention (?:it|this|that) to|raise (?:it|this) with|discuss (?:it|this|that) with) (?:my|a|the|her|him|them) (?:\w+ )?(?:therapist|counsellor|counselor|psychologist|psychiatrist|doctor|gp)\b|\b(?:my|the) (?:\w+ )?(?:therapist|counsellor|counselor|psychologist|psychiatrist|doctor) (?:diagnosed|said i have|thinks i have|says i have|told me i have|gave me)`,
);
const MENTIONS_DISORDER = new RegExp(`\\b(?:${DISORDER_WORDS.join("|")})\\b`);
const NOT_ASKING_THEIR_CLINICIAN = new RegExp(`^(?![\\s\\S]*${ASKING_THEIR_CLINICIAN.source})`);

/** Asking the bot to say whether someone has a condition. */
export const diagnosis: CueGroup<RedirectReason> = {
  name: "diagnosis",
  reasons: { self: "diagnosis", other: "diagnosis" },
  checks: REDIRECT_CHECKS,
  cues: [
    // do I have it
    cue("self", String.raw`\b(?:do|could|might|can|would|may) i (?:have|be having|suffer from|be|possibly have|actually have|really have) (?:a |an |some )?{DISORDER}\b`, { needs: NOT_ASKING_THEIR_CLINICIAN }),
    // am I it
    cue("self", String.raw`\b(?:am i|is he|is she|are they|are you saying i am) (?:a |an |just |actually |really |possibly |maybe |secretly )?{DISORDER}\b`, { needs: NOT_ASKING_THEIR_CLINICIAN }),
    // is this it
    cue("self", String.raw`\b(?:is|was|could|might) (?:this|that|it|these|those|my \w+(?: \w+)?) (?:be )?(?:a |an |actual |real |actually |just |an actual |a real )?(?:sign of |signs of |symptom of |symptoms of )?(?:a |an )?{DISORDER}\b`, { needs: NOT_ASKING_THEIR_CLINICIAN }),
    // does this mean I have it
    cue("self", String.raw`\b(?:could|does|do|might|would|can|may) (?:this|that|it|these|those|my \w+(?: \w+)?) mean (?:that )?(?:i|he|she|they|my \w+) (?:have|has|am|is|might have|could have|have got|has got) (?:a |an )?{DISORDER}\b`, { needs: NOT_ASKING_THEIR_CLINICIAN }),
    // does this sound like it
    cue("self", String.raw`\b(?:do|does) (?:i|it|this|that|he|she|my {W}?) (?:sound|seem|look) (?:like )?(?:a |an )?{DISORDER}\b|\b(?:does|do) (?:this|that|it|these|my \w+) (?:sound|seem|look) like (?:a |an )?{DISORDER}\b`),
    // what is wrong with me, over a habit
    cue("self", String.raw`\bwhat is wrong with me\b`, { needs: /\b(?:\d+ times|all the time|constantly|always|every (?:day|time|night)|can not stop|non ?stop)\b/ }),
    // does that mean I have it
    cue("self", String.raw`\b(?:does|do|could|would|can) (?:that|this|it) mean (?:that )?i (?:have|am|have got) (?:it|this|that|them)\b|\b(?:pretty sure|fairly sure|almost sure|convinced|certain) (?:that )?i (?:have|am|might have) (?:a |an )?{DISORDER}\b`, { needs: MENTIONS_DISORDER }),
    // one condition or another
    cue("self", String.raw`\b{DISORDER} or (?:just |only |maybe |plain |normal |regular )?{DISORDER}(?= *$| *,)|\bam i(?= *$)|\b(?:can|could) you tell (?:from (?:this|that|these|my \w+) )?(?:if|whether) (?:i|he|she|they|my \w+) (?:have|has|am|is) (?:a |an )?{DISORDER}\b|\btell me if (?:he|she|they) (?:does|do|has|have|is|are)\b|\bhow (?:do|can|would|will) i (?:know|tell) if (?:my \w+(?: \w+)?|this|it|that) is (?:a |an )?{DISORDER}\b`, { needs: MENTIONS_DISORDER }),
    // a name for what they have
    cue("self", String.raw`\bis there a (?:name|word|term|diagnosis|label) for (?:what i have|what i am|what i do|what is wrong with me|what i am going through|people like me|this)\b|\bwhat is it called when (?:you|i|someone|a person) (?:can not|keep|always|constantly|never|feel|have|get|hear|see|zone|lose|count|check|wash|need)\b|\b(?:which|what) (?:personality )?(?:disorder|disorders|mental illness|condition|diagnosis) (?:fits|matches|describes|explains|would you say|would fit)\b`),
    // what disorder is this
    cue("self", String.raw`\bwhat (?:disorder|mental illness|mental disorder|condition|diagnosis|illness|personality disorder)(?: do i have| is this| is that| is it| could (?:this|it) be| might i have| would (?:this|that) be| am i| does (?:he|she|my \w+) have)\b|\bwhat (?:mental )?(?:disorder|illness|condition) (?:makes|causes|gives) (?:you|someone|people|me)\b`),
    // diagnose me
    cue("self", String.raw`(?<!\b(?:therapist|psychiatrist|psychologist|doctor|gp|counsellor|counselor|they|she|he|someone|who) (?:[a-z]+ )?)\bdiagnose (?:me|my|him|her|them)\b|\bgive me a diagnosis\b|\bwhat is my diagnosis\b|\bguess (?:my|the|a|what) (?:diagnosis|disorder|condition|i have|is wrong with me)\b|\b(?:can|could|would|will) you (?:guess|tell|say|work out|figure out)\b[^.?!]{0,30}\b(?:from|based on|going by) (?:my|these|the) symptoms\b`),
    // tell me if I have it
    cue("self", String.raw`\b(?:tell|let) me (?:if|whether) i (?:have|am|might have|could have) (?:a |an )?{DISORDER}\b|\btell me if i (?:do|have it|am)\b|\btell me (?:if|whether) (?:this|that|it) is (?:a |an )?{DISORDER}\b`),
    // could it be that I have it
    cue("self", String.raw`\b(?:is it possible|possible|any chance|likely|chance) (?:that )?i (?:have|am|might have|could have) (?:a |an )?{DISORDER}\b`, { needs: NOT_ASKING_THEIR_CLINICIAN }),
    // how do I know if I have it
    cue("self", String.raw`\bhow (?:do|can|would|will) i (?:know|tell|find out) if i (?:have|am) (?:a |an )?{DISORDER}\b`, { needs: NOT_ASKING_THEIR_CLINICIAN }),
    // do you think I have it
    cue("self", String.raw`\bdo you think i (?:have|am|might have|could have|might be|could be) (?:a |an )?{DISORDER}\b`),
    // does someone else have it
    cue("self", String.raw`\b(?:do|does) (?:my|he|she|they) {W}?(?:have|has) (?:a |an )?{DISORDER}\b`, { needs: NOT_ASKING_THEIR_CLINICIAN }),
    // suspects both, or it
    cue("self", String.raw`\bi (?:think|suspect|feel like|am pretty sure) i (?:might |may |could )?(?:have|am) (?:both|it|them|that|this)\b`, { needs: MENTIONS_DISORDER }),
    // suspects a condition
    cue("self", String.raw`\bi (?:think|feel like|suspect|wonder if|am worried|am pretty sure|am starting to think) i (?:might |may |could )?(?:have|be|am) (?:a |an )?{DISORDER}\b`, { needs: NOT_ASKING_THEIR_CLINICIAN }),
  ],
};
