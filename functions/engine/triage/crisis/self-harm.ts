import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import { CRISIS_CHECKS, cue, type CueGroup } from "../cue.ts";
import { NOT_DIETING } from "./conditions.ts";

const HARM_VERB =
  "(?:hurt|hurting|hurts|harm|harming|harms|harmed|cut|cutting|cuts|burn|burning|burned|burnt|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bruise|bruising|bruised|starve|starving|starved|carve|carving|carved|slice|slicing|sliced|stab|stabbing|stabbed|strangle|strangling|choke|choking|injure|injuring|injured|mutilate|mutilating|mutilated)";
const SELF_HARM = "self (?:harm|harming|harmed|harms|injury|injuring|injured)";
/** "…cutting" followed by something cut that is not skin. */
const NOT_SKIN = String.raw`(?! (?:back|down|off|out|ties|corners|class|classes|school|carbs|sugar|people|them|him|her|my hair|hair|coupons|wood|paper|grass|the|it|costs|hours|gluten|meat|dairy|alcohol|caffeine|coffee))`;
/** A clean streak ended, with nothing to say it was drink or drugs. */
const CLEAN_STREAK_LOST = /^(?![\s\S]*\b(?:alcohol|drink|drinking|drank|drunk|weed|drugs|smoking|smoke|vaping|vape|cigarettes|porn|gambling|heroin|cocaine|meth|opioids|sober)\b)[\s\S]*\b(?:days?|weeks?|months?|years?) clean\b/;
const SELF_HARM_CONTEXT = /\b(?:self harm|razor|razors|blade|blades|lighter|cut|cuts|cutting|hurt(?:ing)? (?:myself|himself|herself|themselves)|suicid|overdos|burn(?:ing|ed)? (?:myself|himself|herself))/;

/** Self-harm that is recent, ongoing or urged; relapse after a clean spell. */
export const selfHarm: CueGroup<CrisisReason> = {
  name: "self-harm",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    // hurts themself (first person)
    cue("self", String.raw`\b${HARM_VERB} myself\b`),
    // hurts themself (third person)
    cue("other", String.raw`\b${HARM_VERB} {THIRD_SELF}\b`),
    // self-harm, recent or urged
    cue("subject", String.raw`^self (?:harmed|harming)\b|\b${SELF_HARM} (?:again|tonight|today|last night|yesterday|this (?:week|morning)|right now|lately|recently|every day|urges?|is getting worse|is getting bad|is bad)\b`),
    // self-harming, in their own words
    cue("subject", String.raw`\b(?:am|is|are|was|were|been|keep|keeps|kept|started|start|starting|still|who|i) (?:been |also |just |really |still |started |even |kind of |sort of |back to )*self (?:harming|harmed|harms|injuring|injured)\b|\b(?:i|urges? to|urge to|want to|wants to|need to|needs to|going to|relapsed (?:on|into|with)|relapse (?:on|into|with)|struggling with|struggle with|dealing with|been doing|my) (?:also |just |really |still |even |kind of |sort of |back to )*${SELF_HARM}\b(?! scars?| history)`),
    // cuts their skin
    cue("match", String.raw`\b(?:cut|cutting|cuts|sliced|slicing|carved|carving|burned|burnt|burning|scratched|scratching) (?:into )?(?:my|his|her|their) {BODY}\b|\b(?:cut|cutting|carved|carving|sliced|slicing|etched|etching|burned|burnt|burning|scratched|scratching) (?:(?!(?:an|the|a) itch|itch|bites?|mosquito)[a-z']+ ){1,3}?(?:into|in|on|onto|across) (?:my|his|her|their) {BODY}\b`),
    // has been cutting
    cue("subject", String.raw`\b(?:been|started|start|starting|keep|keeps|kept|still|back to|is|am|are) cutting\b${NOT_SKIN}`),
    // cut again
    cue("subject", String.raw`\b(?:cut|cutting) (?:again|tonight|today|last night|so deep|too deep|deeper)\b`),
    // urge to cut
    cue("subject", String.raw`\b(?:urge|urges|want|wants|wanting|need|needs|needing|going|tempted|trying not) to cut(?= *$| *,| (?:so|again|tonight|today|right now|really|badly|bad|deeper|deep|is|was|are|has been|is so)\b)`),
    // fresh wounds
    cue("match", String.raw`\b(?:fresh|new|deep) (?:cuts|wounds|burns)(?: (?:on|all over|across|up|along) (?:my|his|her|their) {BODY})?\b|\bcuts (?:are|were|keep) (?:getting )?(?:deeper|worse|bleeding)\b|\b(?:hide|hiding|cover|covering) (?:up )?(?:my |the |his |her )?(?:cuts|wounds|fresh scars|marks|burns)\b|\b(?:cut|cuts|wound|wounds|burn|burns) (?:i|that i) (?:made|did)(?: (?:myself|on purpose))?\b`),
    // did it on purpose
    cue("subject", String.raw`\b(?:burned|burnt|burning|hit|hitting|punched|punching|scratched|scratching|hurt|hurting|cut|cutting|starved|starving|bruised|banged|banging|took|swallowed|overdosed|crashed|reopening|reopened|picking|picked|pulling|pulled|bit|biting|eaten|eating|ate|starving|starved|skipping meals|skipped meals)\b[^.]{0,50}\bon purpose\b|\b(?:wanted|want) it to hurt\b`),
    // uses a sharp thing on their skin
    cue("match", String.raw`\b(?:used|using|use|took|take|taking|dragged|dragging|pressed|pressing) (?:a|my|the|his|her) (?:compass|razor|blade|blades|knife|scissors|lighter|sharpener|sharpener blade|glass|pin|needle|safety pin) (?:on|to|across|into|against) (?:my|his|her|their) {BODY}\b`),
    // withholds vital medicine on purpose
    cue("subject", String.raw`\b(?:skipped|skipping|stopped|stopping|missed|missing|not taking|not taken|withheld|withholding) (?:taking )?(?:my |his |her )?(?:insulin|heart (?:meds|medication|pills)|blood thinners|seizure (?:meds|medication)|epilepsy (?:meds|medication))\b(?=[^.]{0,40}\b(?:on purpose|deliberately|so i (?:would|could|can) die|because i want to die)\b)`, { ignore: ["negation"] }),
    // starving on purpose
    cue("subject", String.raw`\b(?:not eaten|not eating|not eat|not had anything to eat|stopped eating|starving myself|starve myself|starved myself|skipping meals|skipped meals)\b[^.]{0,30}\bon purpose\b`, { ignore: ["negation"], needs: NOT_DIETING }),
    // until it bled
    cue("subject", String.raw`\b(?:till|until) (?:it|they|i|my \w+) (?:bled|bleed|bleeds|bruised|bruise)\b`, { needs: /\b(?:myself|scratch|punch|hit|bang|slam|smash|cut|pick|bit|bite|burn)/ }),
    // wounds on their body
    cue("match", String.raw`\b(?:my|his|her|their) {BODY} (?:is|are) (?:all |covered in |so )?(?:cut|cuts|scratched|burned|burnt|bruised|sliced|a mess|wrecked|raw|bleeding)(?: up)?\b`),
    // only cut a little
    cue("subject", String.raw`\bi (?:only |just |barely )?cut (?:a little|a bit|shallow|not deep|once|lightly)\b`),
    // head banging that injures
    cue("subject", String.raw`\bbang(?:ing|ed)? my head (?:against|on|into) (?:the |a )?(?:wall|floor|desk|door)\b[^.]{0,60}\b(?:so hard|until|till|bleed|bled|bruise|saw stars)\b`),
    // relapsed into self-harm
    cue("subject", String.raw`\brelaps(?:e|ed|ing)\b`, { needs: SELF_HARM_CONTEXT }),
    // relapsed after a clean streak
    cue("subject", String.raw`\brelaps(?:e|ed|ing)\b`, { needs: CLEAN_STREAK_LOST }),
    // still doing it
    cue("subject", String.raw`\b(?:still|keep|started) (?:do|doing) (?:it|that)\b|\b(?:have been|been|am|keep|started) doing (?:the same|it too|that too)\b|\b(?:did|done|doing|do) it again\b|\b(?:slipped up|gave in|caved|messed up|screwed up|fucked up)\b`, { needs: SELF_HARM_CONTEXT }),
    // hits their head or body again
    cue("subject", String.raw`\b(?:hitting|hit|banging|bang|banged|slamming|slam|slammed|punching|punch|punched) (?:my|his|her|their) (?:head|face|fists?|hands?|arms?|legs?|body) (?:against|on|into|with|off)\b`, {
      needs: /^(?![\s\S]*\b(?:clumsy|accident|accidentally|by mistake|tripped|slipped|fell|cupboard|shelf|door frame|doorframe|cabinet|bunk|ceiling|beam)\b)[\s\S]*\b(?:again|until|till|so hard|when i (?:get|am|feel)|every time|bruised?|bleed|bled|on purpose|to feel|punish)\b/,
    }),
    // their wounds now
    cue("match", String.raw`\bmy (?:fresh |new |recent |deep |open )?(?:cuts|wounds|burns)\b|\b(?:cuts|burns|scratches|wounds) (?:all )?(?:over|on|up|across|along) (?:my|his|her|their) {BODY}\b`),
    // urges to hurt yourself (as people say of themselves)
    cue("subject", String.raw`\b(?:urges?|urge|want|wanting|need|needing|tempted) to (?:hurt|harm|cut|burn) yourself\b`),
    // urges are back
    cue("subject", String.raw`\b(?:urges?|thoughts|feelings|voices) (?:are|is|have been|has been|came|come|coming|keep coming) back\b`, { needs: SELF_HARM_CONTEXT }),
    // hiding their wounds
    cue("match", String.raw`\b(?:hide|hiding|cover|covering) (?:up )?my {BODY}\b|\bbecause of (?:the|my) (?:cuts|burns|marks|wounds)\b`, { needs: /\b(?:cut|cuts|scar|scars|burn|burns|marks|wounds|self harm)\b/ }),
  ],
};
