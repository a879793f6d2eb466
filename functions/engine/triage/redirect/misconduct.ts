import type { RedirectReason } from "../../../../shared/schemas/answer.ts";
import { cue, type CueGroup, REDIRECT_CHECKS } from "../cue.ts";

/**
 * The behaviour, then a look back for the therapist who did it within the clause ("my therapist … kissed
 * me"). Matching the behaviour first means the cue only runs on clauses that mention one, and checks
 * apply at the behaviour (focus), so "has never touched me" is negated.
 */
const by = (behaviour: string) => String.raw`\b(${behaviour})\b(?<=\b(?:my|our|the|her|his|this) {W}?{THERAPIST}\b[^.?!]{0,80})`;

const SEXUAL = String.raw`kissed|kisses|kissing|kiss me|slept with|sleeping (?:together|with me)|had sex|has sex|have sex|sex with me|sexual(?! (?:abuse|assault|trauma|orientation|identity|health|history|violence))|sexually(?! (?:abused|assaulted) (?:as|when|by (?:my|a|an) (?!therapist)))|sexted|sexting|nudes|naked|asked me out|ask me out|on a date|date me|dating me|we (?:could|can|should) date|wants to date|go out with me|romantic(?:ally)?|flirts|flirting|flirted|flirty|loves me|in love with me|a relationship with me|wants a relationship|touched (?:me|my)|touches (?:me|my)|touching (?:me|my)|groped|grabbed (?:me|my)|hugs me (?:for )?(?:way )?too long|hugs me for (?:a |so )?(?:really |very |so )?long(?: time)?|kissed my|comment(?:s|ing|ed)? on my (?:body|looks|appearance|figure|breasts|boobs|chest|legs|butt|ass|weight)|(?:pictures|photos|pics) of (?:me|myself|himself|herself|themselves)|send(?:s|ing)? me (?:selfies|photos|pictures|pics|nudes)|selfies|comment(?:s|ing|ed)? on how (?:hot|sexy|pretty|beautiful|attractive|cute|good looking|fit|good) i (?:look|am)|says i am (?:hot|sexy|attractive|beautiful|gorgeous)|calls me (?:hot|sexy)|misses me|(?:asks|asking|asked|keeps asking|questions) (?:me )?about my sex life\b(?=[^.]{0,40}\b(?:creepy|uncomfortable|inappropriate|weird|too much|detail))|text(?:s|ing|ed)? me (?:late|at night|at \d)|calls me (?:baby|babe|sweetheart|beautiful|gorgeous|sexy)`;
/** The therapist proposing contact outside therapy (a client asking whether it would be okay is a boundaries question). */
const PROPOSES = String.raw`(?:asked|asks|asking|wants|wanted|invited|invites|offered|offers|suggested|suggests|said|says|told me) (?:me )?(?:if we could |that we could |we could |we should |to )?`;
const DUAL = String.raw`invest in (?:his|her|their) (?:[a-z']+ )?(?:business|company|startup|venture|scheme|project)|asked me to invest|(?:business|money) (?:with me|deal|partner|opportunity)|borrow(?:ed|s|ing)? (?:money|cash|\$?\d+|[a-z]+ (?:pounds|dollars|euros|quid|bucks))|lend (?:him|her|them)\b|offered me (?:a job|work|a loan)|(?:a )?job at (?:his|her|their) (?:company|business|practice)|asked (?:me )?for a loan|a loan from me|money from me|hired me|hire me|work (?:at|in|for) (?:his|her|their) (?:shop|business|company|office|store|restaurant|cafe|house|farm)|work for (?:him|her|them)|babysit|\bmlm\b|pyramid scheme|sell(?:s|ing)? me|sell (?:his|her|their) (?:products|stuff|things|supplements)|buy (?:his|her|their) (?:products|stuff|book|supplements)|${PROPOSES}(?:be friends|meet up|meet (?:me )?for (?:coffee|drinks|dinner|lunch)|go (?:out )?for (?:coffee|drinks|a drink|dinner|lunch|a meal)|hang out|come over|see each other outside)|friends with me|friend request|(?:add|added|adds|follow|follows|followed|following|friend|friended|message|messaged|messages|dm|dms|dmed|dm'd) me on (?:instagram|facebook|snapchat|tiktok|twitter|linkedin|discord|whatsapp)|house party|invited me (?:to|over)|come over to (?:his|her|their)|to (?:his|her|their) (?:house|place|home|flat|apartment)|showed up at my (?:house|home|work|door)|uninvited|outside (?:of )?(?:sessions?|therapy) (?:for|to)|keep (?:it|this|us|our \w+) (?:a )?secret|(?:meet|see) (?:me )?(?:at|in) (?:his|her|their) (?:flat|house|place|home|apartment|car)`;
const CONFIDENTIALITY = String.raw`told my (?:mom|mum|dad|parents|boss|partner|family|husband|wife|teacher|school|friends|employer|sister|brother|ex)|told (?:everyone|other people|people|other clients)|tells? me what (?:he|she|they|my \w+|other clients|(?:her|his|their) other clients) (?:says|said|talks about|told (?:her|him|them))|about (?:her|his|their) other clients|shared my (?:story|case|sessions?) (?:in|at|with|on) (?:a |the |his |her |their )?(?:workshop|class|lecture|conference|group|podcast|blog|social media|instagram|tiktok|youtube)|shared my (?:secrets|information|story|notes|details|diagnosis|session)|post(?:s|ed)? about (?:me|my)|talks about (?:me|my case|my sessions)|talked about (?:me|my case|my sessions)|gossip(?:s|ed|ing)?|uses my name|used my name|broke (?:my )?confidentiality|breach(?:ed)? (?:my )?confidentiality`;
const ABUSE = String.raw`yell(?:s|ed)? at me|scream(?:s|ed)? at me|shout(?:s|ed)? at me|swore at me|called me (?:pathetic|stupid|crazy|names|worthless|fat|ugly|lazy|attention seeking|dramatic|a liar|manipulative|selfish|an idiot|useless|disgusting|a slut|a whore)|insult(?:s|ed)? me|threaten(?:s|ed)? (?:me|to)|hit me|slapped me|pushed me|shamed me|humiliat(?:ed|es) me|mock(?:s|ed)? me|grabbed my arm|tried to convert me|slapped (?:me|my \w+)|hit my \w+|made me pray|threw (?:\w+ ){0,3}at me|throws (?:\w+ ){0,3}at me|(?:drop|stop seeing|end therapy with|terminate|discharge) me (?:unless|if i do not|if i will not)|join (?:her|his|their) (?:church|religion|faith|cult|group|mlm|business)|(?:lie|lying) to (?:my |the )?(?:insurance|insurer|employer|court|school|doctor)|bill(?:s|ed|ing)? (?:my )?insurance for (?:sessions|appointments) (?:we|i) (?:did not|never)|fake (?:notes|sessions|records|bills)|falsif(?:y|ied|ying)`;

/** Conduct by a therapist that is never acceptable: sexual or romantic contact, dual relationships, breaches, abuse. */
export const misconduct: CueGroup<RedirectReason> = {
  name: "therapist misconduct",
  reasons: { self: "therapist_misconduct", other: "therapist_misconduct" },
  checks: REDIRECT_CHECKS,
  cues: [
    // sexual or romantic contact
    cue("self", by(SEXUAL), { focus: true, ignore: ["hypothetical"] }),
    // a dual relationship
    cue("self", by(DUAL), { focus: true, ignore: ["hypothetical"] }),
    // a breach of confidentiality
    cue("self", by(CONFIDENTIALITY), { focus: true }),
    // abuse or threats
    cue("self", by(ABUSE), { focus: true }),
    // a sexual relationship, in the client's words
    cue("self", String.raw`\b(?:slept with|had sex with|kissed|am dating|are dating|have been dating|hooked up with|had an affair with|in a relationship with|sleeping with) (?:my|our) {W}?{THERAPIST}\b|\b(?:my|our) {THERAPIST} and i (?:have been |are |were |started |began |have started )?(?:sleeping together|dating|kissed|had sex|hooked up|in a relationship|seeing each other)\b`),
  ],
};
