import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";

const KILL = "(?:kill|killing|kills|killed|hang|hanging|hanged|hung|drown|drowning|suffocate|suffocating|poison|poisoning|poisoned|shoot|shooting|shot)";
const KILL_NOW = "(?:kill|killing|kills|hang|hanging|drown|drowning|suffocate|poison|poisoning|shoot|shooting)";

/** Explicit suicidal thoughts, intent and attempts, about the writer or about someone they name. */
export const suicidalIntent: CueGroup<CrisisReason> = {
  name: "suicidal intent",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue("kills or wants to kill themself (first person)", "self", String.raw`\b${KILL} myself\b`),
    cue("wants to kill themself (third person)", "other", String.raw`\b${KILL_NOW} {THIRD_SELF}\b`),
    cue("wants to die", "match", String.raw`\b(?:want|wants|wanted|wanting|need|needs|deserve|deserves|ready|waiting) to die\b|\bshould (?:just )?die\b|\blet (?:me|him|her|them) die\b|\bwish(?:es)? (?:i|he|she|they) (?:could|would) (?:just )?die\b`),
    cue("wants to be dead", "match", String.raw`\b(?:want|wants|wanted) to be dead\b|\bwish(?:es|ing)? (?:i|he|she|they) (?:was|were|had been) dead\b|\bbetter off dead\b|\bbe dead for real\b`),
    cue("ending their life", "self", String.raw`\b(?:end|ending|take|taking|took) my (?:own )?life\b(?! (?:coach|coaching|insurance|story|savings))`),
    cue("ending their life (third person)", "other", String.raw`\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b`),
    cue("suicide as an act", "subject", String.raw`\b(?:commit|committing|attempt|attempted|attempting|consider|considering|contemplate|contemplating|plan|planning) (?:to )?suicide\b`),
    cue("wants to suicide", "subject", String.raw`\b(?:want|wants|wanna|going|gonna|need|needs|plan|planning|about|ready) to suicide\b`),
    cue("said they were safe but are not", "self", String.raw`\b(?:asked|asks) (?:me )?(?:if|whether) i (?:am|was) (?:safe|okay|ok|fine)\b[^.]{0,30}\bi lied\b|\bi lied\b[^.]{0,20}\bi am not\b|\bsaid i (?:was|am) (?:safe|fine|okay|ok) but i (?:am|was) not\b`, { ignore: ["hypothetical"] }),
    cue("thinking about suicide", "subject", String.raw`\b(?:think|thinking|thought|thoughts|fantasi[sz]e|fantasi[sz]ing|obsessing) (?:about|of) (?:suicide|dying|ending (?:it|my life|things|everything)|not (?:being here|existing|waking up))\b`),
    cue("suicidal thoughts they are having", "match", String.raw`\b(?:have|has|having|had|get|getting|got|been having|struggling with|struggle with|dealing with|battling|fighting|experiencing|my) {W}?(?:constant |bad |strong |intrusive |the )?suicid(?:al|e) (?:thoughts|ideation|feelings|urges|plans?)\b`),
    cue("suicidal thoughts, recent", "subject", String.raw`\bsuicid(?:al|e) (?:thoughts|ideation|feelings|urges) (?:again|are back|came back|come back|keep|every day|every night|all the time|lately|recently|tonight|right now|getting worse|are getting worse|are so loud|are loud)\b`),
    cue("suicide on their mind", "subject", String.raw`\b(?:suicide|killing myself|dying|death) (?:is|has been) (?:all i (?:can )?think about|on my mind|always on my mind)\b`),
    cue("feels suicidal", "subject", String.raw`\b(?:am|is|are|was|were|be|feel|feels|feeling|felt|been|being|get|gets|getting|got|became|become|go|went) {W}?(?:so |really |very |pretty |kind of |a bit |a little |extremely |super |actively |passively )?suicidal\b|^suicidal\b|\bsuicidal (?:again|lately|right now|tonight|today|every day|all the time)\b`),
    cue("end it all", "subject", String.raw`\bend (?:it|things|everything) all\b|\b(?:end|ending) (?:it|things|everything)(?= *$| (?:tonight|today|soon|now|already|for good|forever|permanently|this|tomorrow|once and for all|and|so|because)\b)`),
    cue("ending the pain for good", "subject", String.raw`\b(?:end|stop) (?:my|the) (?:suffering|pain) (?:forever|for good|permanently)\b`),
    cue("coded: catch the bus", "subject", String.raw`\b(?:thinking (?:of|about)|want to|going to|ready to|planning to|about to) catch(?:ing)? the bus(?= *$| (?:tonight|today|soon|tomorrow|now)\b)`),
    cue("coded: rope", "subject", String.raw`\b(?:going to|want to|about to|ready to|planning to|thinking about|thinking of) rop(?:e|ing)(?: myself)?(?= *$| (?:tonight|today|soon|tomorrow|now)\b)`),
    cue("going to jump", "subject", String.raw`\b(?:going|want|wants|about|ready|planning|threatening|threatened|tempted) to jump(?= *$| (?:off|from|in front of)\b| out of (?:a|the|my) (?:window|building)\b)|\b(?:tell|tells|telling|told) (?:me|him|her|them) to jump\b`),
    cue("something stupid (veiled intent)", "subject", String.raw`\b(?:might|going to|about to|tempted to|scared i will|afraid i will|worried i will|will) do something (?:stupid|drastic|i will regret|i would regret|permanent)\b`),
  ],
};
