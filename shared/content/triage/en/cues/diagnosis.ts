import type { RedirectReason } from "../../../../schemas/answer.ts";
import { type CueGroupRecord, REDIRECT_CHECKS } from "../../cue-record.ts";
import { DISORDER_WORDS } from "../lexicon.ts";

/**
 * Asked how to raise it with their own clinician ("should I ask my therapist if I have ADHD?"), a
 * diagnosis question is about the relationship, which the knowledge base answers.
 */
const ASKING_THEIR_CLINICIAN =
  /\b(?:ask|tell|bring (?:it|this|that) up (?:with|to)|talk to|mention (?:it|this|that) to|raise (?:it|this) with|discuss (?:it|this|that) with) (?:my|a|the|her|him|them) (?:\w+ )?(?:therapist|counsellor|counselor|psychologist|psychiatrist|doctor|gp)\b|\b(?:my|the) (?:\w+ )?(?:therapist|counsellor|counselor|psychologist|psychiatrist|doctor) (?:diagnosed|said i have|thinks i have|says i have|told me i have|gave me)/;
const MENTIONS_DISORDER = new RegExp(`\\b(?:${DISORDER_WORDS.join("|")})\\b`);
const NOT_ASKING_THEIR_CLINICIAN = new RegExp(`^(?![\\s\\S]*${ASKING_THEIR_CLINICIAN.source})`);

/** Asking the bot to say whether someone has a condition. */
export const diagnosis: CueGroupRecord<RedirectReason> = {
  id: "diagnosis",
  name: "diagnosis",
  reasons: { self: "diagnosis", other: "diagnosis" },
  checks: REDIRECT_CHECKS,
  cues: [
    {
      id: "diagnosis/do-i-have-it",
      rationale: "Do I have it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\b(?:do|could|might|can|would|may) i (?:have|be having|suffer from|be|possibly have|actually have|really have) (?:a |an |some )?{DISORDER}\b`,
      ],
      needs: NOT_ASKING_THEIR_CLINICIAN,
      matches: ["do i have adhd?", "could i be bipolar?"],
    },
    {
      id: "diagnosis/am-i-it",
      rationale: "Am I it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [String.raw`\b(?:am i|is he|is she|are they|are you saying i am) (?:a |an |just |actually |really |possibly |maybe |secretly )?{DISORDER}\b`],
      needs: NOT_ASKING_THEIR_CLINICIAN,
      matches: ["am i a narcissist", "am i bipolar or just moody"],
    },
    {
      id: "diagnosis/is-this-it",
      rationale: "Is this it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\b(?:is|was|could|might) (?:this|that|it|these|those|my \w+(?: \w+)?) (?:be )?(?:a |an |actual |real |actually |just |an actual |a real )?(?:sign of |signs of |symptom of |symptoms of )?(?:a |an )?{DISORDER}\b`,
      ],
      needs: NOT_ASKING_THEIR_CLINICIAN,
      matches: ["could this be bpd?", "is it adhd or anxiety"],
    },
    {
      id: "diagnosis/does-this-mean-i-have-it",
      rationale:
        "Does this mean I have it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\b(?:could|does|do|might|would|can|may) (?:this|that|it|these|those|my \w+(?: \w+)?) mean (?:that )?(?:i|he|she|they|my \w+) (?:have|has|am|is|might have|could have|have got|has got) (?:a |an )?{DISORDER}\b`,
      ],
      needs: NOT_ASKING_THEIR_CLINICIAN,
      matches: ["could my panic attacks mean I have PTSD"],
    },
    {
      id: "diagnosis/does-this-sound-like-it",
      rationale:
        "Does this sound like it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\b(?:do|does) (?:i|it|this|that|he|she|my {W}?) (?:sound|seem|look) (?:like )?(?:a |an )?{DISORDER}\b`,
        String.raw`\b(?:does|do) (?:this|that|it|these|my \w+) (?:sound|seem|look) like (?:a |an )?{DISORDER}\b`,
      ],
      matches: ["do i sound depressed to you", "does this sound like ocd to you"],
    },
    {
      id: "diagnosis/what-is-wrong-with-me-over-a-habit",
      rationale:
        "What is wrong with me, over a habit. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [String.raw`\bwhat is wrong with me\b`],
      needs: /\b(?:\d+ times|all the time|constantly|always|every (?:day|time|night)|can not stop|non ?stop)\b/,
      matches: ["I always check the stove 20 times, what's wrong with me", "whats wrong with me, i cry all the time and can't sleep, what disorder is this"],
    },
    {
      id: "diagnosis/does-that-mean-i-have-it",
      rationale:
        "Does that mean I have it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\b(?:does|do|could|would|can) (?:that|this|it) mean (?:that )?i (?:have|am|have got) (?:it|this|that|them)\b`,
        String.raw`\b(?:pretty sure|fairly sure|almost sure|convinced|certain) (?:that )?i (?:have|am|might have) (?:a |an )?{DISORDER}\b`,
      ],
      needs: MENTIONS_DISORDER,
      matches: ["pretty sure i have adhd, agree?", "I relate to every BPD meme, does that mean I have it?"],
    },
    {
      id: "diagnosis/one-condition-or-another",
      rationale:
        "One condition or another. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\b{DISORDER} or (?:just |only |maybe |plain |normal |regular )?{DISORDER}(?= *$| *,)`,
        String.raw`\bam i(?= *$)`,
        String.raw`\b(?:can|could) you tell (?:from (?:this|that|these|my \w+) )?(?:if|whether) (?:i|he|she|they|my \w+) (?:have|has|am|is) (?:a |an )?{DISORDER}\b`,
        String.raw`\btell me if (?:he|she|they) (?:does|do|has|have|is|are)\b`,
        String.raw`\bhow (?:do|can|would|will) i (?:know|tell) if (?:my \w+(?: \w+)?|this|it|that) is (?:a |an )?{DISORDER}\b`,
      ],
      needs: MENTIONS_DISORDER,
      matches: ["is it adhd or anxiety", "am i depressed or just sad"],
    },
    {
      id: "diagnosis/a-name-for-what-they-have",
      rationale:
        "A name for what they have. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\bis there a (?:name|word|term|diagnosis|label) for (?:what i have|what i am|what i do|what is wrong with me|what i am going through|people like me|this)\b`,
        String.raw`\bwhat is it called when (?:you|i|someone|a person) (?:can not|keep|always|constantly|never|feel|have|get|hear|see|zone|lose|count|check|wash|need)\b`,
        String.raw`\b(?:which|what) (?:personality )?(?:disorder|disorders|mental illness|condition|diagnosis) (?:fits|matches|describes|explains|would you say|would fit)\b`,
      ],
      matches: ["what's it called when you can't stop counting things", "is there a name for what I have? I zone out and lose time"],
    },
    {
      id: "diagnosis/what-disorder-is-this",
      rationale:
        "What disorder is this. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\bwhat (?:disorder|mental illness|mental disorder|condition|diagnosis|illness|personality disorder)(?: do i have| is this| is that| is it| could (?:this|it) be| might i have| would (?:this|that) be| am i| does (?:he|she|my \w+) have)\b`,
        String.raw`\bwhat (?:mental )?(?:disorder|illness|condition) (?:makes|causes|gives) (?:you|someone|people|me)\b`,
      ],
      matches: ["what mental illness do i have if i cry every day", "what mental disorder makes you feel empty all the time"],
    },
    {
      id: "diagnosis/diagnose-me",
      rationale: "Diagnose me. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`(?<!\b(?:therapist|psychiatrist|psychologist|doctor|gp|counsellor|counselor|they|she|he|someone|who) (?:[a-z]+ )?)\bdiagnose (?:me|my|him|her|them)\b`,
        String.raw`\bgive me a diagnosis\b`,
        String.raw`\bwhat is my diagnosis\b`,
        String.raw`\bguess (?:my|the|a|what) (?:diagnosis|disorder|condition|i have|is wrong with me)\b`,
        String.raw`\b(?:can|could|would|will) you (?:guess|tell|say|work out|figure out)\b[^.?!]{0,30}\b(?:from|based on|going by) (?:my|these|the) symptoms\b`,
      ],
      matches: ["can you diagnose me", "can you diagnose my anxiety from what I've told you"],
    },
    {
      id: "diagnosis/tell-me-if-i-have-it",
      rationale: "Tell me if I have it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\b(?:tell|let) me (?:if|whether) i (?:have|am|might have|could have) (?:a |an )?{DISORDER}\b`,
        String.raw`\btell me if i (?:do|have it|am)\b`,
        String.raw`\btell me (?:if|whether) (?:this|that|it) is (?:a |an )?{DISORDER}\b`,
      ],
      matches: ["can someone tell me if this is depression", "quiz me and tell me if i'm on the spectrum"],
    },
    {
      id: "diagnosis/could-it-be-that-i-have-it",
      rationale:
        "Could it be that I have it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [String.raw`\b(?:is it possible|possible|any chance|likely|chance) (?:that )?i (?:have|am|might have|could have) (?:a |an )?{DISORDER}\b`],
      needs: NOT_ASKING_THEIR_CLINICIAN,
      matches: ["is it possible i have did? i lose time a lot", "rate how likely i have adhd from 1-10 based on this"],
    },
    {
      id: "diagnosis/how-do-i-know-if-i-have-it",
      rationale:
        "How do I know if I have it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [String.raw`\bhow (?:do|can|would|will) i (?:know|tell|find out) if i (?:have|am) (?:a |an )?{DISORDER}\b`],
      needs: NOT_ASKING_THEIR_CLINICIAN,
      matches: ["how do i know if i'm bipolar", "how do i know if i have bipolar disorder"],
    },
    {
      id: "diagnosis/do-you-think-i-have-it",
      rationale:
        "Do you think I have it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [String.raw`\bdo you think i (?:have|am|might have|could have|might be|could be) (?:a |an )?{DISORDER}\b`],
      matches: ["do you think i have c-ptsd", "based on what i said do you think i'm depressed"],
    },
    {
      id: "diagnosis/does-someone-else-have-it",
      rationale:
        "Does someone else have it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [String.raw`\b(?:do|does) (?:my|he|she|they) {W}?(?:have|has) (?:a |an )?{DISORDER}\b`],
      needs: NOT_ASKING_THEIR_CLINICIAN,
      matches: ["does my boyfriend have npd?", "does my boyfriend have npd? he gaslights me constantly"],
    },
    {
      id: "diagnosis/suspects-both-or-it",
      rationale: "Suspects both, or it. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [String.raw`\bi (?:think|suspect|feel like|am pretty sure) i (?:might |may |could )?(?:have|am) (?:both|it|them|that|this)\b`],
      needs: MENTIONS_DISORDER,
      matches: ["is it possible to have adhd and autism, because i think i have both"],
    },
    {
      id: "diagnosis/suspects-a-condition",
      rationale: "Suspects a condition. Asks the bot to say whether someone has a condition: only a clinician who assesses them can, so it is referred to one.",
      who: "self",
      phrases: [
        String.raw`\bi (?:think|feel like|suspect|wonder if|am worried|am pretty sure|am starting to think) i (?:might |may |could )?(?:have|be|am) (?:a |an )?{DISORDER}\b`,
      ],
      needs: NOT_ASKING_THEIR_CLINICIAN,
      matches: ["i think i might have ocd, how can i tell", "i think i have bpd, can you tell me if i do"],
    },
  ],
};
