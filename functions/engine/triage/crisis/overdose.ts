import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";
import { DRUG_WORDS } from "../lexicon.ts";

const TABLETS = "(?:pills|tablets|meds|medication|medicine|painkillers|antidepressants|sleeping pills|sleeping tablets|{DRUG})";
const MENTIONS_TABLETS = new RegExp(`\\b(?:${DRUG_WORDS.join("|")})\\b`);
const OF_MINE = "(?:my |the |his |her |their |those |these |our )?{W}?";

/** An overdose taken, planned, or tablets saved up for one. */
export const overdose: CueGroup<CrisisReason> = {
  name: "overdose",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    // took a whole supply
    cue("match", String.raw`\b(?:took|taken|take|taking|swallowed|downed|ate|had) (?:half (?:a|the) |a |the )?(?:whole |entire |full )?(?:bunch|handful|load|lot|bottle|box|pack|packet|strip|fistful|stash|heap|ton) of ${OF_MINE}${TABLETS}`),
    // took a supply of someone else's tablets
    cue("match", String.raw`\b(?:took|taken|take|taking|swallowed|downed|ate) (?:half (?:a|the) |a |the )?(?:whole |entire |full )?(?:bunch|handful|load|lot|bottle|box|pack|packet|strip|fistful) of (?:my |his |her |their )?\w+'s (?:[a-z]+ )?(?:pills|tablets|meds|medication|painkillers|sleeping pills)\b`),
    // took everything they had
    cue("match", String.raw`\b(?:took|taken|swallowed|downed) (?:all|all of|every one of|the rest of|everything in) (?:my|the|his|her|their) {W}?(?:${TABLETS}|cabinet|medicine cabinet|prescription)|\b(?:took|taken|swallowed|downed) (?:all|all of) ${TABLETS}\b`),
    // took dozens of tablets
    cue("match", String.raw`\b(?:took|taken|swallowed|downed) (?:like |about |around |over |maybe |almost )?{MANY} (?:of (?:my|the|his|her|their) )?{W}?${TABLETS}`),
    // means to take everything
    cue("subject", String.raw`\b(?:going to|gonna|want to|wants to|will|about to|plan to|planning to|have (?:a )?plan to|thinking (?:about|of)) (?:take|taking|swallow|swallowing) (?:all|all of|every one of|the rest of|a whole bottle of|a bunch of|a handful of|many|lots of|a lot of|loads of|{MANY}) (?:my |the |his |her |their )?{W}?${TABLETS}`),
    // taking them all at once
    cue("subject", String.raw`\b(?:take|taking|took|swallow|swallowing|swallowed) (?:them |it |everything |my {W}?(?:pills|meds|tablets) )?all (?:at once|together|in one go)\b|\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded) (?:them|it) up\b`, { needs: MENTIONS_TABLETS }),
    // drink with pills
    cue("subject", String.raw`\b(?:drank|drunk|downed|had) (?:a |the )?(?:whole |half a |most of a )?bottle of [a-z]+\b[^.]{0,30}\b(?:took|taking|swallowed|with) (?:my |all my |some |a bunch of )?(?:pills|tablets|meds)\b`),
    // swallowed a poison
    cue("subject", String.raw`\b(?:drank|drunk|drink|drinking|swallowed|swallow|swallowing|ate|eaten|took|taken) (?:some |a bottle of |a cup of |a glass of |a mouthful of |a bit of )?(?:bleach|antifreeze|rat poison|poison|weed ?killer|drain cleaner|pesticide|paint thinner|laundry pods?|tide pods?|nail polish remover|lighter fluid|cleaning (?:fluid|product|products))\b`),
    // their whole prescription
    cue("match", String.raw`\b(?:take|took|taking|taken|swallow|swallowed|swallowing|down|downed) (?:my|his|her|their|a|the|all my|an) (?:whole|entire|full) (?:prescription|supply|bottle|pack|packet|box|strip|month's supply|blister pack)\b|\b(?:took|taken|swallowed|downed) (?:my|his|her|their|a) (?:whole|entire|full) (?:week|month|week's|month's|weeks|months)(?: worth)?(?: of)? (?:meds|pills|tablets|medication|medicine)\b`),
    // holds dozens of someone's tablets
    cue("match", String.raw`\b(?:have|have got|got|i have|hid|hidden|hiding|kept|keeping) (?:like |about |around |over )?{MANY} (?:of )?(?:my |his |her |their )?(?:\w+'s )?(?:[a-z]+ )?(?:pills|tablets|meds|painkillers|antidepressants)\b(?=[^.]{0,20}\b(?:in my (?:room|bag|drawer|car)|hidden|under my bed|saved|ready)\b)`),
    // saving them up
    cue("subject", String.raw`\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed) (?:them|it|some|a few|the rest)(?: up| aside| for later| back)?\b`, { needs: MENTIONS_TABLETS }),
    // the means, and no one around
    cue("subject", String.raw`\b(?:have|got|has|holding|found)\b[^.]{0,40}?\b(?:${TABLETS}|rope|razor|blades|gun)\b`, {
      needs: /\b(?:nobody is home|no one is home|nobody is here|no one is here|nobody would (?:know|find)|no one would (?:know|find)|no one (?:will|would) (?:stop me|find me))\b/,
    }),
    // one last time, the big one
    cue("subject", String.raw`\b(?:using|use|take|taking|do|doing|shoot up|shooting up) (?:it )?(?:one|a|my) last time\b|\bthe big one\b`, {
      needs: /\b(?:heroin|fentanyl|opioids?|oxy|methadone|clean|sober|relapse|using|drugs|dose|overdose|gear|smack)\b/,
    }),
    // counts out the tablets
    cue("subject", String.raw`\bcount(?:ing|ed)? (?:out )?(?:my |the |all my |all the )?(?:pills|tablets|meds)\b(?! (?:for the week|into|in(?:to)? (?:my|the) (?:organi[sz]er|dosette|box)))`),
    // took an overdose
    cue("subject", String.raw`\b(?:took|taken|take|taking|had) an overdose\b`),
    // took too many
    cue("subject", String.raw`\b(?:took|taken|swallowed) (?:a few |a couple |way |a lot |far |a bit )?too (?:many|much)(?= *$| (?:pills|tablets|meds|medication|of (?:my|the|his|her|their)|on purpose|again|tonight|today|and|so)\b)(?![^.]{0,30}\b(?:by accident|accidentally|by mistake)\b)`),
    // overdosed or means to
    cue("subject", String.raw`\boverdosed\b(?! on (?:caffeine|sugar|coffee|netflix|energy drinks))|\boverdosing\b|\b(?:i|going to|want to|wants to|planning to|plan to|about to|thinking (?:about|of)|tried to|try to|will|might|nearly|almost|gonna) (?:just )?overdose\b`),
    // saving tablets up
    cue("match", String.raw`\b(?:saving|saved|hoarding|hoarded|stockpiling|stockpiled|collecting|stashing|stashed) (?:up )?(?:my |some |the |enough |all my )?{W}?${TABLETS}|\b${TABLETS} (?:i have|i have been|i am|i was|he has been|she has been) (?:saving|hoarding|stockpiling|collecting|stashing)\b|\b${TABLETS} (?:saved|stashed|stockpiled|hoarded|hidden|put aside|set aside)(?: up)?\b|\bstockpil(?:e|ed|ing)\b|\benough (?:pills|meds|tablets) to (?:do it|die|kill|end it|not wake up)\b|\b${TABLETS} (?:in front of me|lined up|counted out|ready)\b`),
  ],
};
