import type { RedirectReason } from "../../../../schemas/answer.ts";
import type { CueRecord } from "../../cue-record.ts";
import { messagePattern } from "../lexicon.ts";

/**
 * Misconduct told as a story (issue 20): the therapist is named once ("my counselor", "my son's therapist") and the
 * rest is told with "he" or "she", over several sentences. These cues read one behaviour in a clause whose actor is
 * the therapist or a pronoun standing for them, in a message that names the writer's (or their family's) therapist.
 * Each family is one kind of conduct a clinician would recognise (money, friendship, business, romance, court and
 * records, confidentiality, touch, drugs, meeting outside therapy); docs/triage.md, "Misconduct told as a story".
 */

/** The writer's therapist, their family's, one they see or are "a client of", or their sessions, named somewhere in the message. */
export const NAMES_A_THERAPIST = messagePattern(
  String.raw`\b(?:(?:my|our|the|[a-z]+'s|[a-z]+s') (?:[a-z'-]+ ){0,2}{THERAPIST}|(?:ex|former)-?{THERAPIST}|(?:client of|seeing|see|saw|been to|going to|go to|went to) (?:a|my|this|the) (?:[a-z'-]+ )?{THERAPIST}|(?:every|each|our|my|the|a) (?:therapy )?sessions?|(?:my|our|the) psych|^{THERAPIST}|(?:a|this|that) {THERAPIST} (?:and|who|has|had|is|was|keeps|kept|did|does|gave|told))\b`,
);

/**
 * A clause that starts by asking whether something would be allowed ("can my therapist tell my husband …", "is it ok
 * if my therapist and i go for coffee …") asks a question the knowledge base answers; it does not tell of misconduct.
 * A look-back to the clause's start, run only where the behaviour matched.
 */
export const NOT_ASKED = String.raw`(?<!^(?:(?:so|and|but|ok|okay|hi|also) )?(?:is (?:it|that)|(?:would|will) (?:it|that) be|can|could|should|would|may|what if|what (?:should|do|would|can) i do if|how (?:do|can|would) i (?:know|tell) if)\b[^?]*)`;

/**
 * The behaviour (the phrases), not right after "i" ("i lied to her" is the writer's), then a look back within the
 * clause for its actor: the therapist, or "he", "she" or "they" (a pronoun the message's therapist most often is).
 * The phrases appear once: a pattern's machine code counts (docs/performance.md, "V8's regexp code budget").
 */
export const THERAPIST_ACTS = String.raw`\b(?<!(?<!\band )\bi )({PHRASES})\b(?<=\b(?:therapists?|counsell?ors?|psych\w*|analyst|shrink|clinician|worker|he|she|they)\b[^.?!]{0,120})${NOT_ASKED}`;

/** People someone lends to or goes out with other than their therapist ("my brother … i have lent him money"); short, as the pattern's machine code counts. */
export const OTHER_PEOPLE_BEFORE =
  "brother|sister|mum|mom|dad|mother|father|parents|friend|boyfriend|girlfriend|husband|wife|partner|son|daughter|kids?|cousin|uncle|aunt|grand\\w+|ex|boss|coworker|colleague|roommate|neighbou?r|landlord|guy|girl|man|woman|someone|stranger";

/**
 * The writer's own words about what they and the therapist did together (the phrase names "we" or "i … him/her"),
 * with no other person named before it in the clause.
 */
export const TOGETHER = String.raw`\b({PHRASES})\b(?<!\b(?:${OTHER_PEOPLE_BEFORE})\b[^.?!]{0,160})${NOT_ASKED}`;

const MONEY = String.raw`(?:some |the |a lot of |so much |all my |my )?(?:money|cash|savings|inheritance|a loan|loans|\$?\d+k?|\d+ (?:bucks|dollars|pounds|euros|quid|grand)|[a-z]+ (?:bucks|dollars|pounds|euros|quid|grand))`;

type Story = Omit<CueRecord<RedirectReason>, "who" | "needs" | "focus">;

const stories: Story[] = [
  {
    id: "misconduct/story-money-with-a-therapist",
    rationale:
      "Money lent to, borrowed by, invested with or owed by the therapist, told as a story. A financial tie outside the fee is a dual relationship that exploits the client's trust: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`borrow(?:ed|s|ing)? ${MONEY}`,
      String.raw`(?:asked|asks|asking|ask) (?:me )?(?:for|to borrow) ${MONEY}`,
      String.raw`(?:asked|asks|asking) (?:me )?(?:to|if i (?:could|would|can|will)) (?:(?:cover|pay|pay for|pay off) (?:her|his|their) (?!(?:fee|fees|invoice|rate|session|sessions|cancellation)\b)|help (?:her|him|them) (?:out )?(?:with (?:her|his|their|a|the|some)|financially)|put \w+ into|co-?sign|lend)`,
      String.raw`(?:asked|asks|asking) (?:me )?(?:if i (?:could|would|can|will) )?(?:help (?:her|him|them) out )?with a loan`,
      String.raw`owes? me (?:about |almost |nearly |over |around )?${MONEY}`,
      String.raw`(?:never )?paid me back`,
      String.raw`(?:asked|asks|wanted|wants|convinced|persuaded|got) me to (?:invest|put (?:money|my savings|my inheritance|\$?\d+k?) (?:in|into))`,
      String.raw`(?:lent|loaned|lends|loans) me ${MONEY}`,
      String.raw`(?:offered|offers) (?:me )?(?:a loan|to lend me|money)`,
      String.raw`(?:asks|asked|asking) (?:me )?for (?:investment|financial|stock|money) (?:tips|advice)`,
    ],
    matches: [
      "my therapist keeps mentioning how tight money is for her and last week she straight up asked me to cover her phone bill",
      "my counsellor asked if I could help her out with a loan until her paycheck came through",
      "my therapist borrowed 1200 from me saying her bank account was frozen",
    ],
    ignores: [
      "my friend borrowed money from me and stopped talking to me, my therapist says i keep coming back to it",
      "my therapist asked me to pay for the missed session",
      "my therapist offered me a reduced rate because I lost my job",
    ],
  },
  {
    id: "misconduct/story-money-given-to-a-therapist",
    rationale:
      "The writer telling of money they lent or gave their therapist, or borrowed from them, or a loan they signed for them. A financial tie outside the fee is a dual relationship: the complaints route.",
    frame: TOGETHER,
    phrases: [
      String.raw`i (?:have )?(?:ended up |also )?(?:lent|loaned|lend|lending|given|gave|give) (?:him|her) ${MONEY}`,
      String.raw`i (?:have )?(?:ended up |also )?(?:lent|loaned|lend|lending|given|gave|give) ${MONEY} to (?:him|her)`,
      String.raw`i (?:have )?(?:ended up |also )?(?:gave|give|giving) (?:him|her) money for`,
      String.raw`(?:have )?lent money to (?:my )?(?:{THERAPIST}|him|her)`,
      String.raw`i (?:have )?borrowed ${MONEY} from (?:my |our )?(?:{THERAPIST}|him|her)`,
      String.raw`(?:co-?signed?|cosign(?:ed)?) (?:a |the )?(?:loan|lease|mortgage) for (?:her|him)`,
      String.raw`i (?:put|invested) (?:my )?(?:savings|inheritance|money|\$?\d+k?) (?:in|into) (?:it|her|his|their)`,
      String.raw`i (?:covered|paid|cover|pay) (?:for )?(?:her|his) (?:\w+ )?(?:bill|bills|rent|mortgage|debt|dinner|tickets?)`,
      String.raw`(?:i|we) (?:covered|paid for) (?:her|him) at`,
    ],
    matches: [
      "I've been seeing my counselor for about two years. Last spring she told me she was behind on her mortgage and I lent her 3000 dollars",
      "I borrowed money from my therapist when I lost my job last year",
    ],
    ignores: [
      "My therapist helped me realise my friends were taking advantage of me. I lent them money and drove them everywhere",
      "I lent my brother 2000 dollars and he never paid it back, my therapist thinks I have trouble saying no",
    ],
  },
  {
    id: "misconduct/story-friendship-with-a-therapist",
    rationale:
      "A friendship the therapist made or keeps up outside therapy: saying they are friends or family, going out together, visits, daily chats, leaning on the client for support. A dual relationship: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:says|said|told me|tells me|keeps telling me|keeps saying|insists|made me (?:believe|think|feel))(?: that)? (?:we are|i am|we have become|we became) (?:basically |really |like |now |actually |real |best |good |close |true |just )*(?:friends|(?:her|his|their) (?:best )?friend|family|like family)`,
      String.raw`(?:considers|thinks of|sees|treats|calls) me (?:as )?(?:(?:her|his|their) (?:best )?friend|a friend|a close friend|family|like family|like a (?:daughter|son|sister|brother)|(?:her|his|their) (?:daughter|son))`,
      String.raw`i am like a (?:daughter|son|sister|brother|friend) to (?:her|him|them)`,
      String.raw`never had a (?:client|patient) like me`,
      String.raw`(?:invited|invites|inviting|asked|asks) me to (?:her|his|their) (?:\w+ )?(?:wedding|birthday|party|house|home|place|family)`,
      String.raw`(?:invited|invites|inviting|asked|asks|wants) me to (?:visit (?:her|him|them)|come over|come round|play \w+ with (?:her|him|them)|go (?:out )?(?:with (?:her|him|them)|for (?:coffee|drinks|a drink|dinner|lunch|a meal|a walk|a drive)|to (?:the movies|a concert|concerts|a party|parties|dinner|her|his|their)|on (?:a )?(?:\w+ )?(?:trip|date|holiday|vacation|weekend|getaway|retreat)))`,
      String.raw`(?:came|comes|coming|come) to my (?:\w+ )?(?:birthday|party|wedding|graduation|games?|house|home|flat|apartment)`,
      String.raw`(?:shows|showed|showing) up (?:to|at) my (?:\w+ )?(?:games?|party|birthday|house|home|work|workplace|gym)`,
      String.raw`(?:calls|called|calling|rings|texts|texting|messages) me (?:crying|drunk|at night|late at night|on weekends|every day|every night|all the time)`,
      String.raw`tells me about (?:her|his|their) (?:own )?(?:problems|marriage|divorce|relationships?|love life|sex life|husband|wife|boyfriend|girlfriend)`,
      String.raw`(?:gave|given|gives) me (?:her|his|their) (?:personal|home|private|cell) (?:number|address|phone)`,
      String.raw`(?:added|adds|friended|follows|followed) me on`,
      String.raw`(?:is|was) also my (?:neighbou?r|friend|professor|teacher|boss|landlord|landlady|coworker|colleague)`,
      String.raw`(?:made|hired) me (?:her|his|their) (?:ta|assistant|employee)`,
    ],
    matches: [
      "My therapist and I text every day now about random stuff and she says we're basically friends at this point",
      "my psychologist added me on facebook and now she comments on all my pictures and invited me to her daughter's wedding",
      "my therapist told me that she considers me her best friend",
    ],
    ignores: [
      "My therapist is so friendly and warm that sometimes I forget she's a professional. I catch myself wishing we could be friends",
      "My therapist runs a support group and invited me to join it",
    ],
  },
  {
    id: "misconduct/story-friendship-in-the-clients-words",
    rationale:
      "The writer telling of a friendship with their therapist: outings, hanging out, becoming friends while in therapy. A dual relationship: the complaints route.",
    frame: TOGETHER,
    phrases: [
      String.raw`we (?:now )?(?:go|went|have gone|started going|started to go|often go|sometimes go) (?:out )?(?:for|to) (?:coffee|drinks|a drink|dinner|dinners|lunch|brunch|the movies|movies|a movie|concerts?|a concert|shopping|the bar|bars|a bar|clubs|parties|a party|hiking|walks)`,
      String.raw`we (?:go|went) (?:hiking|shopping|drinking|dancing|clubbing|camping|bowling) together`,
      String.raw`(?:we|i) (?:now )?(?:hang|hung|hanging) out (?:most |every |on |at |all )?(?:weekends?|the time|a lot|socially|together|with (?:her|him|them))`,
      String.raw`(?:we|i) (?:now )?(?:hang|hung) out (?:most weekends|socially)`,
      String.raw`(?:started|starting|began) (?:hanging out|going out|spending time) (?:socially|together|outside)`,
      String.raw`(?:and i|and me|me and (?:my|our) (?:{THERAPIST})) (?:have )?(?:became|become|are now|have become) (?:really |close |good |best )*friends`,
      String.raw`(?:we|i and (?:my|our) {THERAPIST}) (?:became|have become|are now) (?:really |close |good |best )*friends`,
      String.raw`(?:and i|me and (?:my|our) {THERAPIST}) (?:go|went) (?:out )?(?:for|to) (?:coffee|drinks|dinner|lunch|the movies|movies|concerts?|shopping)`,
      String.raw`we (?:text|talk|chat|message) (?:every day|every night|daily|all the time|on whatsapp|on snapchat)`,
      String.raw`we talk on (?:whatsapp|snapchat|instagram|facebook|messenger|discord) (?:daily|every day|every night|all the time)`,
      String.raw`(?:a )?dual relationship with (?:my |our )?(?:{THERAPIST}|her|him)`,
      String.raw`(?:seeing|see|saw|been seeing) (?:my |our )?(?:{THERAPIST}|her|him) (?:socially|outside (?:of )?(?:sessions|therapy))`,
    ],
    matches: [
      'me and my counselor go for coffee after our sessions now, she suggested it because "we get along so well"',
      "my therapist and I became close friends over the three years I was seeing her",
      "I have been seeing my psychologist outside of sessions for months now",
    ],
    ignores: ["My best friend is a therapist and she keeps trying to analyse me when we hang out", "my therapist asked whether I have people to hang out with"],
  },
  {
    id: "misconduct/story-business-or-favours-for-a-therapist",
    rationale:
      "Work, business, selling or favours for the therapist: the client building their website for free sessions, cleaning their house, minding their children or pets, joining their sales team, writing reviews, giving them property. A dual relationship that exploits the client: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:asked|asks|asking|wants|wanted|hired|hires|pays|paid|got|gets|made|makes|has) me (?:to )?(?:redo|build|design|fix|clean|paint|work on|renovate|babysit|take care of|look after|walk|feed|pick up|mind|house ?sit|pet ?sit|dog ?sit)\b(?! (?:my|the) (?:homework|worksheet|exercises?|journal|forms?|consent))`,
      String.raw`in exchange for (?:free |cheaper |discounted )?(?:sessions|therapy)`,
      String.raw`(?:free|cheaper|discounted) (?:sessions|therapy) (?:in exchange|for life|if i)`,
      String.raw`pays me (?:in|with) (?:sessions|therapy)`,
      String.raw`(?:join|joining|joined) (?:her|his|their) (?:team|downline|company|business|church|sales)`,
      String.raw`(?:sells|selling|sold|pushes|pushing|pushed) (?:me )?(?:her|his|their|essential oils|oils|supplements|products|crystals)`,
      String.raw`buy (?:her|his|their|them|the) (?:\w+ )?(?:oils|products|supplements|crystals|books)`,
      String.raw`distributor`,
      String.raw`(?:write|post|leave) (?:a |\w+ )?(?:more )?(?:reviews?|ratings?) (?:for|under|with)`,
      String.raw`(?:under )?fake names`,
      String.raw`(?:errands|chores|odd jobs) for (?:her|him|them)`,
      String.raw`(?:put|puts|wants|want) me in (?:her|his|their) will`,
      String.raw`give (?:her|him|them) my (?:car|house|savings|inheritance|money|jewelry)`,
      String.raw`offered me a (?:room|place to live|place to stay|job|flat|apartment)`,
    ],
    matches: [
      "I'm a graphic designer and my therapist asked me to redo the website for her practice",
      "my therapist sells essential oils and keeps pushing me to buy them and to join her team as a distributor",
    ],
    ignores: ["My therapist gave me a worksheet to fill out about my thoughts", "my therapist asked me to write down my thoughts every day"],
  },
  {
    id: "misconduct/story-romantic-or-sexual-approach",
    rationale:
      "A therapist's romantic or sexual approach told in other words: feelings for the client, dreaming of them, a future together once therapy ends, secrecy to protect a licence, comments on looks or what they wear, a partner of the client taken. Never acceptable: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:has|had|have|having|developed) (?:strong |real )?feelings for me`,
      String.raw`(?:is|was|am) (?:attracted|drawn) to me`,
      String.raw`(?:dreams|dreamt|dreamed|fantasi[sz]es) about me`,
      String.raw`(?:thinks|thought|thinking) about me (?:all the time|at night|constantly|every day)`,
      String.raw`we (?:can|could|will|would) be together`,
      String.raw`lose (?:her|his|their) licen[cs]e`,
      String.raw`(?:wishes|wished|wish) (?:he|she|they) (?:had|would have) met me`,
      String.raw`in another life`,
      String.raw`mature for my age`,
      String.raw`how (?:beautiful|pretty|sexy|hot|gorgeous|handsome|attractive) i (?:am|look)`,
      String.raw`what i wear (?:to bed|at night|in bed)`,
      String.raw`(?:asks|asked|wants|wanted|tells|told) me to wear`,
      String.raw`(?:asks|asked|asking) (?:me )?about my (?:dating|sex|love) life in (?:a lot of |so much |too much )?detail`,
      String.raw`(?:extended|extends|extending) (?:our |my )?sessions? to (?:two|three|four|\d) hours`,
      String.raw`(?:kissed|kisses|kiss) (?:me|my)`,
      String.raw`(?:is|are) (?:now )?(?:in a relationship|seeing each other|dating|sleeping together|having an affair)`,
      String.raw`(?:in a relationship|having an affair) with (?:her|him|my (?:wife|husband|partner|boyfriend|girlfriend))`,
      String.raw`left me for (?:him|her|them)`,
      String.raw`(?:texting|messaging|seeing) my (?:boyfriend|girlfriend|husband|wife|partner) (?:privately|behind my back|in secret)`,
      String.raw`(?:started|began) sleeping together`,
    ],
    matches: [
      "my therapist and I have been talking outside of therapy and last week he told me he has feelings for me and that once we stop sessions we can be together",
      "I think my therapist is in love with me. He extended our sessions to three hours",
    ],
    ignores: ["I think I'm developing feelings for my therapist", "I had a dream about my therapist and now I can't look at her"],
  },
  {
    id: "misconduct/story-court-custody-or-records",
    rationale:
      "A therapist taking one parent's side in a custody fight, telling a court or evaluator the writer is unfit or dangerous, treating the other parent in secret, turning a child against a parent, or lying in records, to insurers or about their licence. A treating therapist must stay honest and must not act as an advocate against a client: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:wrote|writes|write|said|says|told|tells|testified|claimed|claims|stated) (?:\w+ ){0,6}(?:i am|i was|i'm) (?:an? )?(?:unfit|dangerous|abusive|bad|neglectful) (?:parent|mother|father|mom|mum|dad)?`,
      String.raw`(?:wrote|writes|write|said|says|told|tells|testified|claimed|claims|stated) (?:\w+ ){0,6}(?:i am|i'm|i was) (?:dangerous|unfit|abusive|violent|neglectful)`,
      String.raw`(?:wrote|writes|said|says|claimed|claims|stated) in (?:her|his|their|the) (?:report|letter|notes|records|evaluation|assessment) that i`,
      String.raw`(?:testified|testifies|testify) (?:in|at|against)`,
      String.raw`lied (?:to|about|in|on|under)`,
      String.raw`lies (?:to|about) (?:me|my|the|her|his)`,
      String.raw`(?:made|make|makes|making) up lies`,
      String.raw`(?:on|taking|took) my ex'?s? side`,
      String.raw`(?:is|are) (?:clearly |obviously )?(?:biased|on (?:his|her|their|my ex'?s?) side|working (?:together|with my ex))`,
      String.raw`recommended (?:that )?my ex (?:should )?(?:get|have|be given)`,
      String.raw`(?:started|was|is|has been) (?:seeing|treating) my ex`,
      String.raw`(?:friends|in the same \w+(?: \w+)?) with my ex`,
      String.raw`(?:told|tells|telling) my (?:son|daughter|kids|children|child) (?:that )?(?:i|his (?:mom|mum|dad|mother|father)|her (?:mom|mum|dad|mother|father))`,
      String.raw`(?:billing|billed|bills|bill) (?:my )?insurance`,
      String.raw`billed for (?:sessions|appointments)`,
      String.raw`(?:is not|was not|never was|isn't|wasn't) (?:registered|licensed|licenced|a licensed)`,
      String.raw`(?:told|tells) (?:my )?(?:psychiatrist|doctor|gp|school|teacher|parents?|mom|mum|dad) (?:that )?i (?:was|am) (?:refusing|lying|making)`,
    ],
    matches: [
      "We are in a custody battle and my son's therapist, who was supposed to be neutral, wrote a letter to the court saying I was an unfit parent",
      "My therapist lied to my insurance company about my diagnosis",
    ],
    ignores: [
      "My lawyer asked my therapist to write a letter for my custody case",
      "I lied to my therapist about how much I drink",
      "My partner lies to me constantly and my therapist says I should consider whether the relationship is good for me",
    ],
  },
  {
    id: "misconduct/story-breach-of-confidentiality",
    rationale:
      "A therapist telling others what the client said, posting about sessions, naming other clients, or calling an employer without consent. A breach of confidentiality: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:posted|posts|posting|blogged|tweeted) about (?:one of )?(?:our|my|me|a client)`,
      String.raw`(?:wrote|writes|written) about (?:me|my \w+|our sessions?) (?:on|in) (?:her|his|their) (?:blog|book|instagram|facebook|story|column|newsletter)`,
      String.raw`(?:telling|told|tells) (?:a group of )?(?:people|everyone|a group|other clients|others|the group|other people|her friends|his friends|(?:her|his) (?:colleagues|coworkers))`,
      String.raw`(?:telling|told|tells) (?:other people|others|everyone|people|my \w+) (?:in (?:the|my) group )?(?:things|what|stuff) i (?:said|told)`,
      String.raw`(?:talks|talked|talking) about (?:her|his|their) other clients`,
      String.raw`other clients by name`,
      String.raw`asked for prayers?"? for me`,
      String.raw`(?:emailed|sent|showed|forwarded|gave) my (?:notes|file|records|diagnosis|session notes) to`,
      String.raw`(?:called|rang|phoned|contacted|emailed) my (?:employer|boss|work|job|school|parents|husband|wife|ex)(?! (?:with|after) (?:my|me) (?:consent|permission|asking))`,
      String.raw`(?:told|tells) my (?:ex|ex girlfriend|ex boyfriend|ex-girlfriend|ex-boyfriend|cousin|pastor|church|coworkers?) (?:about )?my`,
    ],
    matches: ["My counselor posted about one of our sessions on her instagram story", "my therapist told my ex-girlfriend about my diagnosis"],
    ignores: ["My therapist asked me to sign a form so she can talk to my psychiatrist", "she reminded me it stays between us"],
  },
  {
    id: "misconduct/story-touch",
    rationale:
      "Touch the client did not seek or that is sexualised: a hand on the thigh, rubs and strokes, sitting on a lap, lying next to them, holding them, grabbing them. Never acceptable: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:puts|put|rests|rested|places|placed|keeps|kept) (?:her|his|their) (?:hand|hands|head) on my (?:thigh|leg|knee|lap|chest|breast|waist|hip)`,
      String.raw`(?:rests|rested|puts|put|laid|lays|lay) (?:her|his|their) head on my (?:shoulder|lap|chest)`,
      String.raw`(?:hand|hands) (?:went|go|goes|moved|moves|slid|slides) (?:lower|down|up|under)`,
      String.raw`(?:shoulder|back|neck|foot|leg) rubs?`,
      String.raw`(?:rubs|rubbed|rubbing|massages|massaged|massaging|strokes|stroked|stroking|caresses|caressed) (?:me|my)`,
      String.raw`(?:touching|touches|touched|touch) my (?:arm|knee|leg|thigh|hair|face|back|hand|neck|chest|breasts?|waist|hips?|body|bum|butt)`,
      String.raw`on (?:her|his|their) lap`,
      String.raw`(?:lay|laid|lies|lying|lie) (?:down )?next to me`,
      String.raw`(?:held|holds|holding|hold) me (?:for|tight|close|in (?:her|his|their) arms)`,
      String.raw`(?:held|holds|holding|hold) (?:it|the hug|hugs) for (?:a )?(?:long|too long|ages|minutes)`,
      String.raw`(?:grabbed|grabs|grabbing|grab) my (?:wrist|arm|hand|hair|face|shoulder)`,
      String.raw`(?:sits|sitting|sat) next to me on the (?:couch|sofa|floor)`,
      String.raw`kissed me on the`,
    ],
    matches: [
      "my therapist always sits really close and puts his hand on my thigh when I cry",
      "She hugs me at the start and end of every session and holds it for a long time and strokes my hair",
    ],
    ignores: [
      "my therapist put her hand on my shoulder when i was sobbing and it actually felt nice",
      "my therapist uses EMDR with tapping on my knees, she asked my permission first",
    ],
  },
  {
    id: "misconduct/story-drugs-or-alcohol",
    rationale:
      "A therapist giving, selling or sharing drugs, medication or alcohol with a client, or impaired in session. Never acceptable: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:gave|give|gives|giving|sold|sells|selling|offered|offers|offering|shared|shares|handed) me (?:some |a bottle of |a few |a handful of )?(?:of )?(?:her|his|their) (?:own |spare |leftover )?(?:weed|pot|cannabis|edibles|pills|sleeping pills|painkillers|meds|medication|prescription|xanax|adderall|valium|ambien|klonopin|ativan|oxy\w*|percocet|codeine|tramadol|ritalin|benzos)`,
      String.raw`(?:gave|give|gives|giving|sold|sells|selling|offered|offers|offering|shared|shares|handed) me (?:some |a |a glass of |a hit of |a line of |a bottle of )?(?:weed|pot|cannabis|edibles|joint|mushrooms|shrooms|cocaine|coke|drugs|alcohol|wine|beer|vodka|whiskey|drink|ketamine|mdma|molly|acid|lsd)`,
      String.raw`(?:sold|sells|selling) me (?:some )?(?:pills|xanax|adderall|valium|ambien|oxy\w*|percocet|ritalin|benzos|weed|coke|cocaine)`,
      String.raw`(?:smoked|smoke|smoking|got high|get high|getting high|got drunk|get drunk|getting drunk|drank|drink|did drugs|do drugs|doing drugs|took drugs) (?:together|with me)`,
      String.raw`we (?:smoked|got high|got drunk|drank|did drugs|took drugs|did coke|did lines)`,
      String.raw`(?:smoked|smoke|smoking|shared) (?:some )?(?:weed|pot|a joint|joints|cannabis|a bowl|crack|meth|a bottle(?: of \w+)?) (?:together|with me)`,
      String.raw`(?:was|is|seemed|seems|came in|showed up|turned up) (?:\w+ )?(?:drunk|high|stoned|wasted|intoxicated) (?:during|in|at|for) (?:our|my|the|a) (?:session|appointment)`,
      String.raw`(?:plant medicine|psychedelic|ayahuasca|mushroom|ketamine) (?:retreat|ceremony|ceremonies|session)`,
    ],
    matches: [
      "My therapist and I smoked weed together at the end of our last two sessions",
      "My counselor gave me some of her own xanax when I had a panic attack",
    ],
    ignores: ["I told my therapist I've been smoking weed every night to sleep", "My therapist asked me about my drinking and I got defensive"],
  },
  {
    id: "misconduct/story-meeting-outside-therapy",
    rationale:
      "A therapist following the client, turning up at their home or work, holding sessions in a car, a bar or their house, taking them on trips or sending them gifts. Boundaries are the therapist's job to keep: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:started|keeps|kept) (?:showing|turning) up (?:at|to|where)`,
      String.raw`(?:shows|showed|turns|turned) up (?:at|to) (?:places|my|where)`,
      String.raw`(?:drove|drives|driving|walked|walks) past my (?:house|home|flat|apartment|work)`,
      String.raw`(?:follows|followed|following) me (?:home|to|around|on)`,
      String.raw`(?:picks|picked|picking) me up (?:from|at|after)`,
      String.raw`(?:sessions|therapy|appointments)"? (?:\w+ ){0,3}in (?:her|his|their) car`,
      String.raw`(?:at|in) a bar`,
      String.raw`(?:meet|meets|met|see|sees) (?:me )?at (?:her|his|their) (?:house|place|home|flat|apartment) instead`,
      String.raw`(?:coming|came|comes|come) to my (?:workplace|work|job|office|school|house|home)`,
      String.raw`(?:extra|free|private) sessions? (?:on|at) (?:her|his|their|sundays|saturdays|weekends|the weekend)`,
      String.raw`(?:stay|stayed|stays|staying) (?:for )?dinner with (?:her|his|their) family`,
      String.raw`(?:stayed|stays|staying|slept) (?:over|the night) (?:at|with|in)`,
      String.raw`(?:go|went|going|come) on (?:a )?(?:weekend |road )?(?:trip|holiday|vacation|getaway) (?:with (?:me|her|him|them)|together)`,
      String.raw`shared a (?:hotel )?(?:room|bed|tent)`,
      String.raw`(?:sends|sent|sending|gives|gave|buys|bought) me (?:expensive )?(?:gifts|jewelry|jewellery|perfume|presents|lingerie|clothes)`,
      String.raw`(?:come|coming) over`,
    ],
    matches: [
      "My therapist has started showing up at places where I am, my gym, my favorite coffee shop, and last week he drove past my house twice",
      "My therapist picks me up from work and we have our sessions in his car",
    ],
    ignores: [
      "My therapist offered me a walk-and-talk session in the park instead of sitting in the office",
      "My therapist gave me a small stone at the end of our session to remind me of the grounding exercise",
    ],
  },
  {
    id: "misconduct/story-threats-to-keep-a-client",
    rationale:
      "A therapist threatening or frightening the client into staying: no one else will take them, they will make sure of it, they will tell their parents. Coercion by a therapist: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:no one|nobody|no other (?:therapist|counsellor|counselor)) (?:else )?(?:would|will) (?:ever )?(?:take|see|treat|help|want) me`,
      String.raw`(?:would|will) make sure of it`,
      String.raw`(?:threatened|threatens|threatening) to tell`,
      String.raw`if i (?:left|leave|stop seeing|stopped seeing|stop coming|stopped coming) (?:her|him|them|therapy|sessions)`,
    ],
    matches: ["My therapist told me that if I left him I would never get better and that no one else would take me as a client"],
    ignores: ["I want to stop therapy but I'm afraid of hurting my therapist's feelings"],
  },
];

/** Alcohol and drugs a therapist has no reason to give (prescribed medicine is named by its possessive elsewhere). */
const SUBSTANCE = String.raw`(?:whiskey|whisky|wine|beer|beers|vodka|tequila|rum|gin|shots?|drinks?|booze|alcohol|weed|pot|joints?|edibles?|gummies|cannabis|marijuana|thc|mushrooms|shrooms|psilocybin|lsd|acid|mdma|molly|ecstasy|ketamine|cocaine|coke)`;
/** The writer's body, touched. */
const BODY = String.raw`(?:hair|neck|chest|breasts?|boobs|thighs?|legs?|knees?|lap|face|cheek|back|shoulders?|waist|hips?|hands?|arms?|body|butt|bum|bottom|feet|foot|head|lips|mouth|stomach|belly|ears?)`;
/** Going out together. */
const OUTING = String.raw`(?:brunch|breakfast|lunch|dinner|coffee|coffees|drinks|a drink|smoothies|food|pizza|ice cream|a meal|meals|a movie|movies|the movies|a concert|concerts|a show|shows|a gig|gigs|a party|parties|a club|clubs|the pub|a pub|a bar|bars|the beach|a hike|hikes|hiking|shopping)`;

/**
 * Broader frames (round 3's seventh session, after the first measure of the held-out and sealed stories): a kind of
 * conduct read from a verb and a word family (money sent, a drink poured, a body part touched, an outing together),
 * with the therapist or a pronoun as the actor and the writer ("me", "us", "my") in it.
 */
const frames: Story[] = [
  {
    id: "misconduct/frame-money-sent-or-invested",
    rationale:
      "Money the writer sent, transferred, fronted or invested for the therapist or at their urging, outside the fee. A financial tie outside the fee is a dual relationship: the complaints route.",
    frame: TOGETHER,
    phrases: [
      String.raw`(?:transferr?(?:ed|ing)?|sent|send|sending|wired|venmo(?:ed)?|paypal(?:ed)?|zelled?|fronted|spotted|spot|loaned|lent) (?:her|him) (?:\w+ ){0,3}?(?:money|cash|dollars|bucks|pounds|euros|quid|a few hundred|hundreds|thousands|a grand|grand|\$?\d+k?)\b(?! (?:dollars |bucks |pounds |euros |quid )?(?:for|towards|to cover) (?:the |my |our |a |each |every )?(?:session|sessions|appointment|appointments|therapy|fee|fees|bill|invoice))`,
      String.raw`(?:spot|front|float|cover) (?:her|him) (?:a few hundred|some money|some cash|until|till|for a (?:bit|while|few))`,
      String.raw`(?:suggested|told me|convinced me|pressured me|wanted me|asked me|persuaded me|encouraged me)(?: that)? (?:i )?(?:to )?(?:should )?(?:put|invest|sink|move) (?:some of |all of |most of |half of |part of )?my (?:savings|money|inheritance|pension|retirement|settlement)`,
    ],
    matches: [
      "About a year into seeing my counselor she mentioned her daughter's tuition was overdue. I ended up transferring her money twice.",
      "my therapist keeps asking me to spot her a few hundred until payday",
    ],
    ignores: [
      "I met a guy online and lent him money, my therapist thinks it was a scam",
      "I sent her 120 dollars for the session like always, my therapist",
      "I lent my sister money and my therapist thinks I should ask for it back",
    ],
  },
  {
    id: "misconduct/frame-alcohol-or-drugs-shared",
    rationale: "A therapist pouring, bringing or offering alcohol or drugs to a client, or offering to get them some. Never acceptable: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:poured|pours|pouring|brought|brings|bringing|got|gets|bought|buys|offered|offers|offering|shared|shares|sharing|passed|passes|handed|hands|rolled|rolls|made) (?:me|us|us both|both of us|the two of us)\b(?: \w+){0,3}? ${SUBSTANCE}`,
      String.raw`(?:offered|offers|offering|wanted|wants|promised) to (?:bring|get|give|sell|share|buy) (?:me|us) (?:some|a few|a little|a bit|one)`,
      String.raw`(?:microdos(?:es|ed|ing)|gets high|got high|gets drunk|got drunk) (?:with|in front of) (?:me|us)`,
    ],
    matches: ["Last session my therapist poured us both a whiskey and said we'd earned it", "my therapist told me she microdoses and offered to bring me some"],
    ignores: ["my therapist asked me how many drinks i have a week", "I relapsed on weed last weekend and I'm scared to tell my counselor"],
  },
  {
    id: "misconduct/frame-touching-the-clients-body",
    rationale:
      "A therapist touching, stroking, rubbing, kissing or holding a part of the writer's body. Touch a client did not ask for, or that is sensual, is never acceptable: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:touch(?:es|ed|ing)?|rub(?:s|bed|bing)?|massag(?:es|ed|ing|e)|strok(?:es|ed|ing|e)|caress(?:es|ed|ing)?|fondl(?:es|ed|ing|e)|squeez(?:es|ed|ing|e)|kiss(?:es|ed|ing)?|play(?:s|ed|ing)? with|(?:held|holds|holding) (?:onto )?|grab(?:s|bed|bing)?|pet(?:s|ted|ting)?|tickl(?:es|ed|ing|e)|sniff(?:s|ed|ing)?|smell(?:s|ed|ing)?) (?:me on )?(?:the (?:top|side|back) of )?my (?:\w+ )?${BODY}\b`,
      String.raw`(?:runs|ran|running) (?:her|his|their) (?:fingers|hands?) (?:through|over|along|down|up) my`,
    ],
    matches: [
      "my counselor massages my neck at the start of every session and last week he kissed the top of my head",
      "my female counselor keeps touching my chest",
    ],
    ignores: ["my therapist put her hand on my shoulder when i was sobbing", "my therapist reached to hand me a tissue and i flinched"],
  },
  {
    id: "misconduct/frame-romantic-or-sexual-words",
    rationale:
      "A therapist's romantic or sexual words or intent: confessing attraction, flirty or sexual messages to the client or their partner, ending therapy so that they can be together. Never acceptable: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:been |is |was |felt |feels |feeling )?(?:attracted|drawn) to me`,
      String.raw`(?:confessed|admitted|admits|declared|declares) (?:\w+ ){0,4}?(?:feelings|love|attraction|crush)`,
      String.raw`(?:a )?crush on me`,
      String.raw`(?:flirty|flirtatious|sexual|sexy|romantic|dirty|suggestive|explicit|intimate|love) (?:messages|texts|comments|jokes|photos|pictures|pics|remarks|notes|letters|emails|dms)`,
      String.raw`(?:ended|ends|stopped|terminated|finished) (?:our |my |the )?(?:sessions|therapy|treatment|work together) (?:so|to|in order) (?:that )?(?:we|he|she|they) (?:could|can|would) (?:be together|date|see each other|start dating)`,
      String.raw`(?:now )?we are (?:dating|together|a couple|in a relationship|seeing each other)`,
    ],
    matches: [
      "My therapist confessed he's been attracted to me since our first session",
      "the counselor has been texting him flirty messages at night",
      "my therapist ended our sessions so that we could be together properly and now we are dating",
    ],
    ignores: ["I keep having crushes on my therapists, this is the third one", "I dreamed my therapist and I were married"],
  },
  {
    id: "misconduct/frame-outings-together",
    rationale:
      "Outings, classes or visits the writer and their therapist share outside sessions (brunch, drinks, the same class, the client's show). A social relationship beside therapy is a dual relationship: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:and i|and me|we) (?:\w+ ){0,2}?(?:got|grabbed|grab|grabbing|get|getting|had|have|having|went|go|going|went out|go out) (?:out )?(?:for |to )?${OUTING}`,
      String.raw`(?:and i|and me) (?:have been |are |were |started |keep |kept )?(?:going|go|went|started going) to (?:a|her|his|their) (?:\w+ ){0,2}(?:class|classes|gym|club|studio|yoga|bar|pub|parties|party|concerts)`,
      String.raw`(?:came|comes|come|showed up|turned up) to my (?:\w+ )?(?:show|exhibit|exhibition|gig|concert|recital|game|match|graduation|opening|wedding|party|birthday)`,
    ],
    matches: [
      'my therapist and i got brunch last month "just as people" and she came to my art show',
      "my counselor and i have been going to her spin class and grabbing smoothies after",
    ],
    ignores: [
      "Tomorrow we are going to his favourite pub for lunch, I have been seeing a counsellor",
      "My therapist and I go to the same church and just say hi",
      "My therapist's office is in the same building as my gym so I see her in the lift",
      "we just nod, me and my therapist, when we meet at the shop",
    ],
  },
  {
    id: "misconduct/frame-the-therapists-own-needs",
    rationale:
      "A therapist leaning on the client for their own needs: calling after hours to vent about their life, waiting outside the client's home, giving them a key to theirs. The relationship is for the client: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:calls|called|calling|texts|texted|texting|rings|rang|messages|messaged) me (?:\w+ ){0,3}?(?:after hours|at night|late at night|on weekends|to vent|to talk about (?:her|his|their))`,
      String.raw`(?:vent|vents|vented|venting) (?:to me )?about (?:her|his|their) (?:ex|husband|wife|partner|boyfriend|girlfriend|marriage|divorce|money|kids|problems|life|family|boss)`,
      String.raw`(?:waiting|waits|waited|parked|parks|sits|sat|sitting|lingers|lingered) (?:\w+ ){0,2}?outside my (?:house|home|apartment|building|flat|work|office|school|door)`,
      String.raw`(?:gave|given|gives|giving) me (?:a|the|her|his|their) (?:spare )?key`,
    ],
    matches: ["my counselor calls me after hours to vent about her ex", "my therapist has been waiting outside my apartment building in her car"],
    ignores: ["My counselor lets me text her on hard days and she replies within a day"],
  },
  {
    id: "misconduct/frame-work-sales-or-publicity",
    rationale:
      "A therapist selling the client their packages or products, putting them to work in their business, or using their sessions for publicity. A dual relationship that exploits the client: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:bought|buy|buying|purchase|purchased|sign up for|signed up for) (?:her|his|their) (?:\$?\d+k? )?(?:\w+ )?(?:package|course|program|programme|retreat|membership|supplements|products|coaching)`,
      String.raw`(?:suggested|asked|wants|wanted|told|offered|got|made)(?: that)? (?:i|me) (?:to |could |should )?work (?:the front desk|reception|the till|the register|at (?:her|his|their) (?:studio|shop|store|office|practice|business|gym|cafe|salon|restaurant))`,
      String.raw`(?:record|recorded|recording|film|filmed|filming|use|used|using) (?:our|my) sessions? (?:for|on|in) (?:her|his|their)`,
      String.raw`(?:videos|recordings|photos|pictures|clips) of (?:me|our sessions) (?:are )?(?:on|in) (?:her|his|their)`,
    ],
    matches: ["my psychologist suggested I work the front desk for her to pay it off", "My therapist asked me to record our sessions for her marketing"],
    ignores: ["My therapist recommended a book she didn't write and an app for meditation"],
  },
  {
    id: "misconduct/frame-disclosing-or-misreporting-the-client",
    rationale:
      "A therapist discussing the client's case with people in their life, telling a class or an office, passing notes to the other side in a dispute, mocking what they disclosed, or telling an authority something untrue about them. A breach of confidentiality or of honesty: the complaints route.",
    frame: THERAPIST_ACTS,
    phrases: [
      String.raw`(?:discussing|discussed|discusses|discuss|talking about|talked about|talks about|gossiping about|gossiped about) my (?:case|sessions?|therapy|problems|history|childhood|diagnosis|issues|story|secrets) with(?! (?:an? |other |another |her |his |their |the |my )?(?:therapists?|counsell?ors?|supervisors?|colleagues?|team|clinical|peers?|psychiatrists?|doctors?|gp|consultation|consultants?)\b)`,
      String.raw`(?:blog|social media|facebook|instagram|tiktok|youtube|reddit) (?:post|posts|video|videos) about "?(?:a|her|his|their|one of|me|my)`,
      String.raw`(?:told|tells|telling) the (?:whole|entire) (?:class|school|group|team|office|family|church|staff)`,
      String.raw`(?:passing|passed|passes|gave|gives|sent|sends|forwarded|forwards|sharing|shared|shares) (?:\w+ ){0,4}?(?:notes|messages|information|details|records|letters|texts) (?:\w+ ){0,3}?to my (?:ex|ex's \w+|exs \w+|parents|boss|employer|husband|wife|partner)`,
      String.raw`(?:laughed|laughs|laughing|sneered|sneers|scoffed|scoffs|rolled (?:her|his|their) eyes|rolls (?:her|his|their) eyes) at (?:me|my)`,
      String.raw`(?:mocks|mocked|mocking|makes fun of|made fun of) (?:me|how i|my)`,
      String.raw`(?:told|tells|reported|wrote to|informed|emailed) (?:my |the )?(?:probation officer|parole officer|court|judge|social worker|caseworker|case worker|cps|insurance|insurer) (?:that )?i (?:missed|skipped|was using|relapsed|refused|failed)`,
      String.raw`(?:witness list|witness) (?:for|on) (?:his|her|their|my ex'?s?) side`,
    ],
    matches: [
      "I found out my therapist has been discussing my case with her sister, who happens to be my coworker",
      "My counselor told my probation officer I missed three appointments when I was there every single time",
    ],
    ignores: [
      "my therapist laughed when i told a story and it felt weird",
      "does my therapist discuss my case with other therapists",
      "My therapist has to write a report for my employer's disability insurance and I signed the consent",
    ],
  },
];

/** The story cues, each counted only in a message that names a therapist, with its checks at the behaviour. */
export const STORY_CUES: CueRecord<RedirectReason>[] = [...stories, ...frames].map((story) => ({
  ...story,
  who: "self",
  needs: NAMES_A_THERAPIST,
  focus: true,
}));
