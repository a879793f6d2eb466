import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

const VOICES = String.raw`(?:\b(?:voice|voices|something in my head|someone in my head|(?:the|my|these|intrusive) thoughts|my (?:brain|mind|head)|(?:hear|hearing|heard) (?:someone|somebody|people|a man|a woman|them|things|my (?:dead|late) \w+))\b[^.]{0,40}?\b(?:tell|tells|telling|told|say|says|saying|said|want|wants|command|commands|commanding|order|orders|ordering|urge|urging|whisper|whispers|whispering|whispered)\b|\b(?:something|someone|it|they) (?:keeps |keep |kept |is |are )?(?:whisper|whispers|whispering|whispered)\b)`;
const HARM = String.raw`(?:kill|hurt|harm|cut|die|dead|gone|(?:come (?:and )?)?join (?:him|her|them)|walk into (?:the sea|the ocean|the river|traffic|a train)|step in front|overdose|take (?:all )?(?:the|my) pills|jump(?! (?:around|up|in (?!front)|on\b|at\b|for\b|rope|ship|start|the queue))|end it|burn|stab|punish|drown|hang)`;

/** Command hallucinations that tell someone to harm themself or others. */
export const voices: CueGroupRecord<CrisisReason> = {
  id: "voices",
  name: "voices",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "voices/voices-tell-them-to-harm-themself",
      rationale: 'Voices tell them to harm themself. Voices or thoughts commanding harm to oneself or others (VERA-MH Q4: "voices tell me to hurt myself").',
      who: "self",
      phrases: [
        String.raw`${VOICES} (?:(?:that |at )?(?:me|i)\b[^.]{0,20}?|to (?:just |go )?)\b${HARM}\b(?! (?:my|people|others|everyone|someone|somebody|him|her|them|the|a)\b)`,
        String.raw`${VOICES} [^.]{0,15}?\bme dead\b`,
      ],
      matches: ["the voices want me dead", "the voice told me to cut myself"],
    },
    {
      id: "voices/voices-tell-someone-else-to-harm-themself",
      rationale:
        'Voices tell someone else to harm themself. Voices or thoughts commanding harm to oneself or others (VERA-MH Q4: "voices tell me to hurt myself").',
      who: "other",
      phrases: [String.raw`${VOICES} (?:him|her|them)\b[^.]{0,20}?\b${HARM}\b(?! (?:my|people|others|everyone|someone))`],
      matches: [
        "my wife told me she's been hearing voices telling her to hurt herself",
        "my coworker told me he's been hearing voices telling him to hurt himself",
      ],
    },
  ],
};
