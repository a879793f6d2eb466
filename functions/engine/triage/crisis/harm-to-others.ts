import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";

const VIOLENCE = "(?:kill|murder|stab|shoot|strangle|choke|poison|smother|drown|hurt|harm|attack|beat up|beat|shake|hit|punch|run over)";
const VIOLENCE_ING = "(?:killing|murdering|stabbing|shooting|strangling|choking|poisoning|smothering|drowning|hurting|harming|attacking|beating|shaking|hitting|punching)";
/** Someone who could be hurt; "her feelings", "my chances" are excluded after the target. */
const TARGET = String.raw`(?:him|her|them|someone|somebody|people|everyone|everybody|others|other people|(?:my|the|our|his|her|their|that|this|a) {W}?{PERSON}|the people|the baby|a stranger)\b(?! (?:feelings|chances|career|reputation|pride|ego|back|knee|grades))`;
/** "…but I would never act on them": thoughts disowned in the same message (typical of intrusive thoughts). */
const NOT_DISOWNED = /^(?![\s\S]*\b(?:i would never|i never would|would never act|i will never|never act on|not going to act|i would not act|i do not want to act)\b)/;
const INTENT = "(?:want|wants|wanted|wanna|going|gonna|plan|planning|intend|intending|about|ready|tempted|trying not|urge|urges|need|needs)";

/** Intent, urges or plans to hurt another person. */
export const harmToOthers: CueGroup<CrisisReason> = {
  name: "harm to others",
  reasons: { self: "harm_to_others", other: "harm_to_others" },
  checks: CRISIS_CHECKS,
  cues: [
    cue("intends to hurt someone", "subject", String.raw`\b${INTENT} to {W}?${VIOLENCE} (?:up )?${TARGET}`, { jokeProne: true }),
    cue("thoughts of hurting someone", "subject", String.raw`(?<!\bintrusive )\b(?:thoughts|thinking|think|thought|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|imagine|imagining|obsessing|obsessed) (?:of|about) {W}?${VIOLENCE_ING} (?:up )?${TARGET}`, { jokeProne: true, needs: NOT_DISOWNED }),
    cue("fears they will hurt someone", "subject", String.raw`\b(?:might|will|would|could|am going to|is going to|scared i will|afraid i will|worried i will|scared i am going to|afraid i am going to|think i might|think i could|snap and|lose it and) {W}?${VIOLENCE} ${TARGET}`, { jokeProne: true }),
    cue("hurt a child or partner", "self", String.raw`\bi (?:hit|slapped|shook|beat|hurt|kicked|punched|choked|threw \w+ at) (?:my|the|our) (?:son|daughter|baby|kid|kids|child|children|toddler|partner|wife|husband|girlfriend|boyfriend)\b`),
    cue("revenge with a weapon", "subject", String.raw`\b(?:make (?:them|him|her|everyone)(?: all)? pay|get (?:my )?revenge|they will (?:all )?(?:pay|regret it))\b`, { needs: /\b(?:gun|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb)\b/ }),
    cue("shooting up a place", "subject", String.raw`\bshoot up (?:the |my |a )?(?:school|office|work|place|mall|church|class|party)\b|\bshoot (?:everyone|everybody|people) (?:at|in)\b`),
    cue("someone will get hurt, by them", "subject", String.raw`\b(?:someone|somebody) (?:is going to|will|is gonna) (?:get hurt|die)\b[^.]{0,40}\bme\b`),
    cue("beat the life out of someone", "subject", String.raw`\bbeat the (?:shit|crap|hell|life) out of ${TARGET}`, { jokeProne: true }),
    cue("voices tell them to hurt others", "subject", String.raw`\b(?:voice|voices|something in my head)\b[^.]{0,40}?\b(?:tell|tells|telling|told|say|says|saying|said|want|wants)\b[^.]{0,20}?\b${VIOLENCE} ${TARGET}`),
    cue("tells someone to kill themself", "self", String.raw`(?<!\b(?:me|us) to )\bkill yourself\b`, { jokeProne: true }),
  ],
};
