import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";
import { NOT_DIETING } from "../conditions.ts";

const HARM_VERB =
  "(?:hurt|hurting|hurts|harm|harming|harms|harmed|cut|cutting|cuts|burn|burning|burned|burnt|scratch|scratching|scratched|hit|hitting|punch|punching|punched|bruise|bruising|bruised|starve|starving|starved|carve|carving|carved|slice|slicing|sliced|stab|stabbing|stabbed|strangle|strangling|choke|choking|injure|injuring|injured|mutilate|mutilating|mutilated)";
const SELF_HARM = "self (?:harm|harming|harmed|harms|injury|injuring|injured)";

/** "…cutting" followed by something cut that is not skin. */
const NOT_SKIN = String.raw`(?! (?:back|down|off|out|ties|corners|class|classes|school|carbs|sugar|people|them|him|her|my hair|hair|coupons|wood|paper|grass|the|it|costs|hours|gluten|meat|dairy|alcohol|caffeine|coffee))`;
/** A clean streak ended, with nothing to say it was drink or drugs. */
const CLEAN_STREAK_LOST =
  /^(?![\s\S]*\b(?:alcohol|drink|drinking|drank|drunk|weed|drugs|smoking|smoke|vaping|vape|cigarettes|porn|gambling|heroin|cocaine|meth|opioids|sober)\b)[\s\S]*\b(?:days?|weeks?|months?|years?) clean\b/;
const SELF_HARM_CONTEXT =
  /\b(?:self harm|razor|razors|blade|blades|lighter|cut|cuts|cutting|hurt(?:ing)? (?:myself|himself|herself|themselves)|suicid|overdos|burn(?:ing|ed)? (?:myself|himself|herself))/;

/** Self-harm that is recent, ongoing or urged; relapse after a clean spell. */
export const selfHarm: CueGroupRecord<CrisisReason> = {
  id: "self-harm",
  name: "self-harm",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "self-harm/hurts-themself-first-person",
      rationale:
        'Hurts themself (first person). Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "self",
      phrases: [String.raw`\b${HARM_VERB} myself\b`],
      matches: ["i want to hurt myself", "i cut myself last night"],
      ignores: ["I burned myself on the oven tray, ouch", "when I was 14 I used to burn myself, I'm 30 now"],
    },
    {
      id: "self-harm/hurts-themself-third-person",
      rationale:
        'Hurts themself (third person). Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "other",
      phrases: [String.raw`\b${HARM_VERB} {THIRD_SELF}\b`],
      matches: ["my daughter is cutting herself", "my brother has been cutting himself"],
      ignores: ["in the book the main character cuts herself and I related to the loneliness, not the cutting. should I mention the book to my therapist?"],
    },
    {
      id: "self-harm/self-harm-recent-or-urged",
      rationale:
        'Self-harm, recent or urged. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`^self (?:harmed|harming)\b`,
        String.raw`\b${SELF_HARM} (?:again|tonight|today|last night|yesterday|this (?:week|morning)|right now|lately|recently|every day|urges?|is getting worse|is getting bad|is bad)\b`,
      ],
      matches: ["sh'd again... sorry", "sh urges are so strong rn"],
    },
    {
      id: "self-harm/self-harming-in-their-own-words",
      rationale:
        'Self-harming, in their own words. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`\b(?:am|is|are|was|were|been|keep|keeps|kept|started|start|starting|still|who|i) (?:been |also |just |really |still |started |even |kind of |sort of |back to )*self (?:harming|harmed|harms|injuring|injured)\b`,
        String.raw`\b(?:i|urges? to|urge to|want to|wants to|need to|needs to|going to|relapsed (?:on|into|with)|relapse (?:on|into|with)|struggling with|struggle with|dealing with|been doing|my) (?:also |just |really |still |even |kind of |sort of |back to )*${SELF_HARM}\b(?! scars?| history)`,
      ],
      matches: ["i want to s/h", "i've relapsed on self harm"],
      ignores: ["what's the best way to support a friend who self harms", "i was self-injuring in my teens but i've been fine for a decade"],
    },
    {
      id: "self-harm/cuts-their-skin",
      rationale:
        'Cuts their skin. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "match",
      phrases: [
        String.raw`\b(?:cut|cutting|cuts|sliced|slicing|carved|carving|burned|burnt|burning|scratched|scratching) (?:into )?(?:my|his|her|their) {BODY}\b`,
        String.raw`\b(?:cut|cutting|carved|carving|sliced|slicing|etched|etching|burned|burnt|burning|scratched|scratching) (?:(?!(?:an|the|a) itch|itch|bites?|mosquito)[a-z']+ ){1,3}?(?:into|in|on|onto|across) (?:my|his|her|their) {BODY}\b`,
      ],
      matches: ["i carved into my leg again", "my son has been cutting his arms"],
      ignores: ["i cut my wrists at 17, now i'm 29 and want to talk about the scars"],
    },
    {
      id: "self-harm/has-been-cutting",
      rationale:
        'Has been cutting. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [String.raw`\b(?:been|started|start|starting|keep|keeps|kept|still|back to|is|am|are) cutting\b${NOT_SKIN}`],
      matches: ["my son has been cutting his arms", "i started cutting again last week"],
    },
    {
      id: "self-harm/cut-again",
      rationale:
        'Cut again. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [String.raw`\b(?:cut|cutting) (?:again|tonight|today|last night|so deep|too deep|deeper)\b`],
      matches: ["i started cutting again last week", "i just cut again and i cant stop crying"],
    },
    {
      id: "self-harm/urge-to-cut",
      rationale:
        'Urge to cut. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`\b(?:urge|urges|want|wants|wanting|need|needs|needing|going|tempted|trying not) to cut(?= *$| *,| (?:so|again|tonight|today|right now|really|badly|bad|deeper|deep|is|was|are|has been|is so)\b)`,
      ],
      matches: ["i wanna cut so bad", "i keep wanting to cut"],
    },
    {
      id: "self-harm/fresh-wounds",
      rationale:
        'Fresh wounds. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "match",
      phrases: [
        String.raw`\b(?:fresh|new|deep) (?:cuts|wounds|burns)(?: (?:on|all over|across|up|along) (?:my|his|her|their) {BODY})?\b`,
        String.raw`\bcuts (?:are|were|keep) (?:getting )?(?:deeper|worse|bleeding)\b`,
        String.raw`\b(?:hide|hiding|cover|covering) (?:up )?(?:my |the |his |her )?(?:cuts|wounds|fresh scars|marks|burns)\b`,
        String.raw`\b(?:cut|cuts|wound|wounds|burn|burns) (?:i|that i) (?:made|did)(?: (?:myself|on purpose))?\b`,
      ],
      matches: ["the cuts are getting deeper", "my arms are covered in fresh cuts"],
    },
    {
      id: "self-harm/did-it-on-purpose",
      rationale:
        'Did it on purpose. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`\b(?:burned|burnt|burning|hit|hitting|punched|punching|scratched|scratching|hurt|hurting|cut|cutting|starved|starving|bruised|banged|banging|took|swallowed|overdosed|crashed|reopening|reopened|picking|picked|pulling|pulled|bit|biting|eaten|eating|ate|starving|starved|skipping meals|skipped meals)\b[^.]{0,50}\bon purpose\b`,
        String.raw`\b(?:wanted|want) it to hurt\b`,
      ],
      matches: ["i burned myself on purpose", "i burned my hand on the stove on purpose"],
    },
    {
      id: "self-harm/uses-a-sharp-thing-on-their-skin",
      rationale:
        'Uses a sharp thing on their skin. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "match",
      phrases: [
        String.raw`\b(?:used|using|use|took|take|taking|dragged|dragging|pressed|pressing) (?:a|my|the|his|her) (?:compass|razor|blade|blades|knife|scissors|lighter|sharpener|sharpener blade|glass|pin|needle|safety pin) (?:on|to|across|into|against) (?:my|his|her|their) {BODY}\b`,
      ],
      matches: ["i used my compass on my wrist in class today"],
    },
    {
      id: "self-harm/withholds-vital-medicine-on-purpose",
      rationale:
        'Withholds vital medicine on purpose. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`\b(?:skipped|skipping|stopped|stopping|missed|missing|not taking|not taken|withheld|withholding) (?:taking )?(?:my |his |her )?(?:insulin|heart (?:meds|medication|pills)|blood thinners|seizure (?:meds|medication)|epilepsy (?:meds|medication))\b(?=[^.]{0,40}\b(?:on purpose|deliberately|so i (?:would|could|can) die|because i want to die)\b)`,
      ],
      ignore: ["negation"],
      matches: ["I skipped insulin on purpose for days and now I feel really sick"],
    },
    {
      id: "self-harm/starving-on-purpose",
      rationale:
        'Starving on purpose. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`\b(?:not eaten|not eating|not eat|not had anything to eat|stopped eating|starving myself|starve myself|starved myself|skipping meals|skipped meals)\b[^.]{0,30}\bon purpose\b`,
      ],
      ignore: ["negation"],
      needs: NOT_DIETING,
      matches: [
        "I haven't eaten in 4 days on purpose, I want to disappear",
        "should i mention to my therapist that i stopped eating on purpose because i want to disappear",
      ],
    },
    {
      id: "self-harm/until-it-bled",
      rationale:
        'Until it bled. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [String.raw`\b(?:till|until) (?:it|they|i|my \w+) (?:bled|bleed|bleeds|bruised|bruise)\b`],
      needs: /\b(?:myself|scratch|punch|hit|bang|slam|smash|cut|pick|bit|bite|burn)/,
      matches: ["i hit myself until i bruise", "i scratched my arms till they bled"],
    },
    {
      id: "self-harm/wounds-on-their-body",
      rationale:
        'Wounds on their body. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "match",
      phrases: [
        String.raw`\b(?:my|his|her|their) {BODY} (?:is|are) (?:all |covered in |so )?(?:cut|cuts|scratched|burned|burnt|bruised|sliced|a mess|wrecked|raw|bleeding)(?: up)?\b`,
      ],
      matches: ["my wrists are a mess from last night", "my arms are a mess again, had a bad night"],
    },
    {
      id: "self-harm/only-cut-a-little",
      rationale:
        'Only cut a little. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [String.raw`\bi (?:only |just |barely )?cut (?:a little|a bit|shallow|not deep|once|lightly)\b`],
      matches: ["is it bad if i only cut a little"],
    },
    {
      id: "self-harm/head-banging-that-injures",
      rationale:
        'Head banging that injures. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`\bbang(?:ing|ed)? my head (?:against|on|into) (?:the |a )?(?:wall|floor|desk|door)\b[^.]{0,60}\b(?:so hard|until|till|bleed|bled|bruise|saw stars)\b`,
      ],
      matches: ["i keep banging my head against the wall when i get overwhelmed and i did it so hard today i saw stars"],
    },
    {
      id: "self-harm/relapsed-into-self-harm",
      rationale:
        'Relapsed into self-harm. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [String.raw`\brelaps(?:e|ed|ing)\b`],
      needs: SELF_HARM_CONTEXT,
      matches: ["i've relapsed on self harm", "relapsed on sh tonight. 2 years down the drain"],
    },
    {
      id: "self-harm/relapsed-after-a-clean-streak",
      rationale:
        'Relapsed after a clean streak. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [String.raw`\brelaps(?:e|ed|ing)\b`],
      needs: CLEAN_STREAK_LOST,
      matches: ["i relapsed. 300 days clean gone", "i relapsed on self harm yesterday after 8 months clean"],
    },
    {
      id: "self-harm/still-doing-it",
      rationale:
        'Still doing it. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`\b(?:still|keep|started) (?:do|doing) (?:it|that)\b`,
        String.raw`\b(?:have been|been|am|keep|started) doing (?:the same|it too|that too)\b`,
        String.raw`\b(?:did|done|doing|do) it again\b`,
        String.raw`\b(?:slipped up|gave in|caved|messed up|screwed up|fucked up)\b`,
      ],
      needs: SELF_HARM_CONTEXT,
      matches: ["i promised i wouldn't but i did it again, the cutting", "i lied to my counselor about self harming, i still do it"],
      ignores: ["my husband choked me and i'm scared he'll do it again", "i hit my son today and i'm scared i'll do it again but worse"],
    },
    {
      id: "self-harm/hits-their-head-or-body-again",
      rationale:
        'Hits their head or body again. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [
        String.raw`\b(?:hitting|hit|banging|bang|banged|slamming|slam|slammed|punching|punch|punched) (?:my|his|her|their) (?:head|face|fists?|hands?|arms?|legs?|body) (?:against|on|into|with|off)\b`,
      ],
      needs:
        /^(?![\s\S]*\b(?:clumsy|accident|accidentally|by mistake|tripped|slipped|fell|cupboard|shelf|door frame|doorframe|cabinet|bunk|ceiling|beam)\b)[\s\S]*\b(?:again|until|till|so hard|when i (?:get|am|feel)|every time|bruised?|bleed|bled|on purpose|to feel|punish)\b/,
      matches: ["i hit my head against the wall until it bled last night", "i keep slamming my fists into the wall until they bleed"],
    },
    {
      id: "self-harm/their-wounds-now",
      rationale:
        'Their wounds now. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "match",
      phrases: [
        String.raw`\bmy (?:fresh |new |recent |deep |open )?(?:cuts|wounds|burns)\b`,
        String.raw`\b(?:cuts|burns|scratches|wounds) (?:all )?(?:over|on|up|across|along) (?:my|his|her|their) {BODY}\b`,
      ],
      matches: ["my daughter (13) has cuts all over her arms", "my son is 14 and i found fresh cuts on his arms"],
    },
    {
      id: "self-harm/urges-to-hurt-yourself-as-people-say-of-themselves",
      rationale:
        'Urges to hurt yourself (as people say of themselves). Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [String.raw`\b(?:urges?|urge|want|wanting|need|needing|tempted) to (?:hurt|harm|cut|burn) yourself\b`],
      matches: ["the urge to hurt yourself does not go away, i feel it every night"],
      ignores: ["how do you talk to your therapist when you have been having urges to hurt yourself"],
    },
    {
      id: "self-harm/urges-are-back",
      rationale:
        'Urges are back. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "subject",
      phrases: [String.raw`\b(?:urges?|thoughts|feelings|voices) (?:are|is|have been|has been|came|come|coming|keep coming) back\b`],
      needs: SELF_HARM_CONTEXT,
      matches: ["the suicidal thoughts are back and they're loud", "i used to cut and the urge is back really strong"],
    },
    {
      id: "self-harm/hiding-their-wounds",
      rationale:
        'Hiding their wounds. Self-harm that is recent, ongoing or urged, or a relapse after a clean spell (VERA-MH Q4: recent potential non-suicidal self-injury, "I just cut myself").',
      who: "match",
      phrases: [String.raw`\b(?:hide|hiding|cover|covering) (?:up )?my {BODY}\b`, String.raw`\bbecause of (?:the|my) (?:cuts|burns|marks|wounds)\b`],
      needs: /\b(?:cut|cuts|scar|scars|burn|burns|marks|wounds|self harm)\b/,
      matches: ["i'm hiding my arms from everyone because of the cuts"],
    },
  ],
};
