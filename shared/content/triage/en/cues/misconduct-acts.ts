import type { RedirectReason } from "../../../../schemas/answer.ts";
import type { CueRecord } from "../../cue-record.ts";
import { NAMES_A_THERAPIST, NOT_ASKED, OTHER_PEOPLE_BEFORE, THERAPIST_ACTS, TOGETHER } from "./misconduct-stories.ts";

/**
 * Misconduct acts (round 3's ninth session, docs/triage.md "Misconduct stories, round 3 ninth session"): the story
 * cues read one behaviour in the words of the sentences they were written from; these read an act as a verb family
 * and an object family, each a word list below, one entry a line, so that "I helped her with rent", "he asked me for
 * gas money" and "I wrote her a check" are one rule. The lists began as the words of the earlier cues and were
 * widened with their nearest neighbours in the shared word vectors (`npx node
 * scripts/triage/misconduct-act-neighbours.ts`), each neighbour read and kept only when a clinician would read it as
 * that act in a client's story ("repaid", "owed", "liquor", "brandy", "fragrance", "coercion" kept; "proceeds",
 * "bailout", "taxpayers" not). The actor is read as before: the therapist, or he, she or they in the same sentence
 * (`THERAPIST_ACTS`), or the writer doing it with them with no other person named first (`TOGETHER`); a clause that
 * asks whether something is allowed stays a question for the knowledge base.
 */

/** One entry a line (a word or a short regex for its forms), as an alternation. */
const oneOf = (lines: string): string =>
  `(?:${lines
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("|")})`;

/** One word, never a negator, that may carry quotes, digits or a dollar sign ("spot her" a few hundred). */
const W = String.raw`(?:(?!(?:not|never|no)\b)[a-z'"$0-9-]+ )`;
/** Up to four words between a verb and its object, fewest first. */
const GAP = `${W}{0,4}?`;
/** A quote mark a writer may put around a word. */
const Q = `["']?`;

/** The therapist as the writer tells it ("them" left out: "I lent them money" is most often friends). */
const HIM_OR_HER = "(?:her|him)";

/** Money and what money pays for, outside the fee. */
const MONEY = oneOf(String.raw`
  money
  cash
  dollars
  bucks
  euros?
  pounds
  rupees
  pesos
  rand
  yen
  quid
  grand
  a loan
  loans?
  a few hundred
  hundreds
  thousands
  \$?\d[\d,.]*k?
  rent
  (?:her|his|their) mortgage
  (?:her|his|their) bills
  (?:her|his|their) debts?
  (?:her|his|their) car payments?
  (?:her|his|their) tuition
  gas money
  groceries
  savings
  (?:a|my) (?:check|cheque)
`);

/** Not the fee: "I sent her 120 dollars for the session" is paying for therapy. */
const NOT_THE_FEE = String.raw`(?! (?:dollars |bucks |euros |pounds )?(?:for|towards|to cover) (?:the |my |our |a |each |every |this |that )?(?:session|sessions|appointment|appointments|therapy|fee|fees|invoice|copay|co-pay))`;

/** Asking or pressing for something. */
const ASKS = oneOf(String.raw`
  asked
  asks
  asking
  ask
  begged
  begs
  begging
  pressured
  pressures
  pressuring
  hinted
  hints
  hinting
  expects
  expected
`);

/** Giving, lending or handing over. */
const GIVES = oneOf(String.raw`
  lent
  loaned
  lend
  lending
  given
  gave
  give
  giving
  sent
  send
  sending
  wired
  transferred
  paid
  wrote
  handed
  repaid
`);

/** Alcohol, drugs and medicine a therapist has no reason to give a client. */
const SUBSTANCE = oneOf(String.raw`
  pills?
  tablets?
  (?:her|his|their) (?:own |leftover |spare |old )?(?:meds|medication|medicine|prescription)
  sleeping pills
  painkillers
  ambien
  xanax
  valium
  adderall
  oxy\w*
  benzos
  weed
  pot
  joints?
  edibles
  gummies
  marijuana
  cannabis
  cocaine
  coke
  heroin
  ecstasy
  mdma
  ketamine
  mushrooms
  shrooms
  alcohol
  liquor
  booze
  wine
  beers?
  bourbon
  whiske?y
  vodka
  brandy
  rum
  gin
  champagne
  shots?
  a drink
  drinks
  a glass
  a bottle
`);

/** What a client told in therapy, or the records of it. */
const WHAT_I_TOLD = oneOf(String.raw`
  copies
  notes
  records
  (?:a |her |his |their )?(?:written )?summary
  report
  file
  details
  drawings
  emails
  messages
  texts
  information
  things (?:i|we|my \w+) (?:said|told|shared)
  what i (?:said|told|shared)
  everything i (?:said|say|told|tell)
  stuff (?:i|we) (?:said|told|talked about)
  my (?:sessions?|diagnosis|secrets|history|story|affair|abuse|drinking|problems)
`);

/** People in the client's life a therapist must not tell or brief without consent (not clinicians, not the court's own). */
const OUTSIDE_PEOPLE = oneOf(String.raw`
  ex
  ex-wife
  ex-husband
  ex wife
  ex husband
  ex-partner
  ex partner
  (?:husband|wife|partner|ex)'?s? (?:lawyer|attorney|solicitor|family|mother|mom|mum)
  husband
  wife
  boyfriend
  girlfriend
  mom
  mum
  mother
  dad
  father
  parents
  family
  boss
  employer
  manager
  coworkers?
  colleagues at work
  (?:youth )?pastor
  priest
  church
  teachers?
  school
  friends?
  neighbou?rs?
  landlord
  cousin
  sister
  brother
`);

/** Words a therapist may not use of a client. */
const INSULT = oneOf(String.raw`
  exhausting
  pathetic
  worthless
  stupid
  an idiot
  crazy
  a psycho
  hopeless
  disgusting
  lazy
  fat
  ugly
  annoying
  unlovable
  a lost cause
  a burden
  manipulative
  attention seeking
  a drama queen
  a liar
  a waste of (?:time|space)
  (?:her|his|their) (?:worst|most difficult) client
  the (?:worst|most difficult) client
`);

/** What a report or a record should not say of a client who did not do it. */
const FALSE_CHARGE = oneOf(String.raw`
  had made threats
  made threats
  threatened (?:her|him|them)
  was (?:violent|dangerous|abusive|hostile|uncooperative|drunk|high|a danger|a threat)
  am (?:violent|dangerous|abusive|hostile|uncooperative|a danger|a threat)
  had been drinking
  was drinking at work
  attacked (?:her|him|them)
`);

/** What a letter or statement against a client says ("saying my son is afraid of me", "… I have anger issues"). */
const CLAIM_AGAINST_THE_CLIENT = oneOf(String.raw`
  i (?:am|was) (?:an? )?(?:unfit|dangerous|abusive|violent|aggressive|hostile|unstable|neglectful|a danger|a threat|a bad (?:mother|father|parent|mom|mum|dad))
  i (?:have|had) (?:anger issues|an anger problem|a drinking problem|a drug problem)
  i (?:should not|could not|cannot|can not) (?:have|see|be trusted)
  my (?:son|daughter|child|children|kids?) (?:is|was|are|were) (?:afraid|scared|terrified) of me
`);

/** A body part, or the writer. */
const TOWARD_ME = String.raw`(?:my|me)\b`;

/**
 * People in the writer's life who are most often the subject of a sentence in a therapy story ("my mum is great, she
 * drives me home after my sessions"); "ex" is left out, as a story about a therapist and an ex names the ex before the
 * therapist's act ("keeps texting my ex and her report said …").
 */
const SUBJECTS_NOT_THE_THERAPIST =
  "mum|mom|dad|mother|father|parents|grandma|grandmother|grandad|grandpa|granny|nan|sister|brother|friend|friends|boyfriend|girlfriend|husband|wife|partner|boss|coworker|co-worker|colleague|roommate|flatmate|teacher|coach|uncle|aunt|cousin|neighbou?r|landlord|landlady";

/**
 * The therapist's act, as `THERAPIST_ACTS` reads it, unless one of those people is named before it in the clause with
 * no therapist named after them: "she" then most often stands for that person.
 */
const ACTS = THERAPIST_ACTS.replace(
  String.raw`({PHRASES})\b`,
  String.raw`({PHRASES})\b(?<!\b(?:${SUBJECTS_NOT_THE_THERAPIST})\b(?:(?!\b(?:therapists?|counsell?ors?|psych\w*)\b)[^.?!]){0,120}\1)`,
);

/**
 * The therapist's act, not one dreamt, imagined or wished for ("I dreamed my therapist kissed me"). Both look-backs
 * sit after the act and reach back past it (`\1`, the act itself), so they run only where an act matched.
 */
const THERAPIST_ACTS_NOT_DREAMT = ACTS.replace(
  String.raw`({PHRASES})\b`,
  String.raw`({PHRASES})\b(?<!\b(?:dream|dreams|dreamed|dreamt|dreaming|imagine|imagined|imagining|fantasi[sz]e|fantasi[sz]ed|wish|wished|wishing)\b[^.?!]{0,60}\1)`,
);

/**
 * The writer and their therapist as "we", with no other person named before it in the clause; unlike `TOGETHER`, the
 * therapist's own people ("her kids", "her ex") may follow.
 */
const WE_TOGETHER = String.raw`\b({PHRASES})\b(?<!\b(?:${OTHER_PEOPLE_BEFORE})\b[^.?!]{0,160}\1)${NOT_ASKED}`;

type Act = Omit<CueRecord<RedirectReason>, "who" | "needs" | "focus">;

const acts: Act[] = [
  {
    id: "misconduct/act-money-asked-or-owed",
    rationale:
      "A therapist asking the client for money or things that cost money, or owing them and promising to pay it back. A financial tie outside the fee exploits the client's trust: the complaints route.",
    frame: ACTS,
    phrases: [
      String.raw`${ASKS} (?:me )?(?:for|to borrow|to lend (?:her|him|them)|to give (?:her|him|them)|to help (?:her|him|them) (?:out )?with|to cover|to pay (?:for )?|if i (?:could|would|can|will) (?:${Q}spot|lend|cover|help with|pay for)) ${Q}${GAP}${MONEY}${NOT_THE_FEE}`,
      String.raw`(?:pay|paid|pays|paying|give|gives|giving) me (?:${W}{0,2})?back`,
      String.raw`(?:still )?(?:owes|owed) me`,
      String.raw`calls it (?:a )?${Q}(?:loan|gift|investment)`,
    ],
    matches: [
      "My therapist has been asking me for rides and gas money for months",
      'my counsellor asked if I could "spot her" a few hundred until the end of the month',
      "she says she'll pay me back when her insurance comes in, my therapist",
    ],
    ignores: ["my therapist asked me to pay for the missed session", "My boss never paid me back, my therapist says I should ask"],
  },
  {
    id: "misconduct/act-money-given-by-the-client",
    rationale:
      "The writer telling of money they gave, lent, sent or paid to their therapist, or of the therapist's rent or bills they helped with. A financial tie outside the fee is a dual relationship: the complaints route.",
    frame: TOGETHER,
    phrases: [
      String.raw`i (?:have )?(?:${W}{0,2})?${GIVES} ${HIM_OR_HER} ${GAP}${MONEY}${NOT_THE_FEE}`,
      String.raw`i (?:have )?(?:${W}{0,2})?${GIVES} ${GAP}${MONEY} to ${HIM_OR_HER}${NOT_THE_FEE}`,
      String.raw`i (?:have )?(?:${W}{0,2})?(?:helped|help|helping) ${HIM_OR_HER} (?:out )?(?:with|pay|financially)(?: ${GAP}${MONEY})?`,
      String.raw`(?:lent|loaned|given|gave) money to ${HIM_OR_HER}`,
      String.raw`i (?:have )?(?:${W}{0,2})?(?:covered|covering|paid for|paying for|cover|pay for) (?:her|his) (?:${W}{0,3}?)?(?:repairs?|rent|bills?|debts?|tickets?|holiday|vacation|car|phone|flights?|fees)`,
      String.raw`i (?:ended up |also )?(?:covering|covered|paid for|paying for) the (?:repairs?|bill|tickets?|damage|rent),? (?:${W}{0,2}?)?(?:about |around |nearly |over )?\$?\d`,
      String.raw`(?:put|putting|invest|invested|investing|sink|sank) (?:in |into it |into (?:her|his|their) \w+ )?(?:\$\d[\d,.]*k?|\d[\d,.]*k|\d[\d,.]* (?:dollars|pounds|euros|bucks|quid|grand|rupees))\b`,
    ],
    matches: [
      "I have seen my counselor for four years. Around Easter she said she was behind and I helped her with rent for three months",
      "I have given him close to 6000 dollars, my therapist",
      "My therapist betrayed my trust. I have loaned money to him many times",
    ],
    ignores: ["I sent her 120 dollars for the session like always, my therapist", "My therapist says my brother uses me and I gave him money again"],
  },
  {
    id: "misconduct/act-contact-outside-sessions",
    rationale:
      "A therapist messaging or calling the client at night or on weekends, giving them a personal account or number, following them online, or asking them into their private life (a wedding party, a stay, their own dating life). A social relationship beside therapy: the complaints route.",
    frame: ACTS,
    phrases: [
      String.raw`(?:sends|sent|sending|texts|texted|texting|messages|messaged|messaging|snaps|snapped|dms|dmed|dming|calls|called|calling|facetimes|facetimed|rings|rang) me (?:${W}{0,3}?)?(?:at night|late at night|at midnight|every night|most nights|in the middle of the night|on weekends|on the weekend|after hours|at \d+ ?(?:am|pm))`,
      String.raw`(?:gave|given|gives|giving|sent|shared) me (?:her|his|their) (?:personal |private |own )?(?:snapchat|snap|instagram|insta|whatsapp|facebook|tiktok|discord)`,
      String.raw`(?:gave|given|gives|giving|sent|shared) me (?:her|his|their) (?:personal|private|own|home) (?:cell|phone|phone number|number|address)`,
      String.raw`(?:found|follows|followed|following|stalks|stalked|stalking) my (?:tiktok|instagram|insta|facebook|snapchat|twitter|linkedin|account|profile|page)`,
      String.raw`(?:follows|followed|following|added|friended|stalks|stalked|stalking) me on`,
      String.raw`(?:commenting|comments|commented|liking|likes|liked) (?:on )?(?:all )?my (?:${W}{0,2}?)?(?:videos|posts|photos|pictures|pics|stories|selfies)`,
      String.raw`(?:drives|drove|driving|takes|took|taking|walks|walked) me home`,
      String.raw`(?:buys|bought|buying|gets|got|getting) me (?:food|lunch|dinner|breakfast|coffee|clothes|presents|gifts|things|stuff|a phone|jewelry|jewellery)`,
      String.raw`like the (?:daughter|son|child|kid|sister|brother|friend|family) (?:she|he|they) never had`,
      String.raw`(?:one of )?(?:her|his|their) (?:closest|best|favou?rite) (?:people|friends?|persons?)`,
      String.raw`(?:comes|came|coming|come) (?:over )?to my (?:flat|apartment|place|house|home|room|dorm)`,
      String.raw`(?:can|could|should) (?:call|text|message) (?:her|him|them) (?:anytime|any time|whenever|day or night|at night|at any hour)`,
      String.raw`(?:sessions?|therapy|appointments?) (?:${W}{0,3}?)?(?:are|is|were|was|happen|happens|take place) (?:now )?at (?:her|his|their) (?:house|place|home|flat|apartment)`,
      String.raw`(?:asked|asks|invited|invites|wants|wanted) me to (?:be (?:her|his|their) (?:bridesmaid|maid of honou?r|best man|groomsman|roommate|flatmate)|come (?:and )?stay|stay (?:at|with|over)|move in)`,
      String.raw`(?:wants|wanted|asked|asks|offered|planning|plans) to (?:come )?(?:stay|sleep over|spend the (?:night|weekend)) (?:at|with|over|in) (?:my|me)`,
      String.raw`(?:invited|invites|inviting|asked|asks) me to (?:her|his|their) (?:${W}{0,2}?)?(?:book club|group chat|club|church|barbecue|bbq|christmas|thanksgiving|cottage|cabin|boat|pool|holiday|vacation)`,
      String.raw`(?:telling|tells|told|talks|talked|talking|vents|vented|venting) (?:me |to me )?about (?:her|his|their) (?:own )?(?:ex|dating life|love life|sex life|affair|affairs|money problems|debts|finances|boyfriend|girlfriend)`,
    ],
    matches: ["my therapist sends me songs at night with messages like this made me think of you", "my school counselor gave me her personal snapchat"],
    ignores: ["My counselor lets me text her on hard days and she replies within a day", "my therapist told me about her own anxiety once"],
  },
  {
    id: "misconduct/act-together-outside-therapy",
    rationale:
      "The writer telling of what they and their therapist share beyond therapy: talking about the therapist's own partner, children or dating life, drinking or smoking together, sleeping together. A dual relationship, or worse: the complaints route.",
    frame: WE_TOGETHER,
    phrases: [
      String.raw`we (?:${W}{0,1})?(?:talk|talked|chat|chatted|gossip|gossiped) about (?:her|his|their) (?:kids|ex|husband|wife|boyfriend|girlfriend|dating life|love life|sex life|marriage)`,
      String.raw`we (?:would )?(?:each )?(?:have|had|drink|drank|smoke|smoked|share|shared|split) (?:a )?(?:glass|drink|drinks|bottle|joint|wine|beer|beers|bourbon|whiske?y|shots)`,
      String.raw`(?:{THERAPIST}|psych|he|she|they) and (?:i|me) (?:${W}{0,2}?)?(?:go|goes|went|going) (?:out )?(?:drinking|clubbing|partying|to (?:a |the )?(?:bar|bars|pub|pubs|club|clubs))`,
      String.raw`(?:{THERAPIST}|psych|he|she|they) and i (?:${W}{0,3}?)?(?:slept together|had sex|made out|hooked up|started (?:dating|seeing each other|an affair)|are (?:dating|lovers|in love))`,
    ],
    matches: [
      "Every session ends on my therapist's porch. It's become a ritual and we talk about her kids and her ex",
      "my counsellor and I have been texting and last week he and I slept together at his place",
    ],
    ignores: [
      "My therapist says I should call my sister more and we talk about her kids mostly",
      "my therapist asked about my partner. we slept together for the first time last week",
    ],
  },
  {
    id: "misconduct/act-romantic-or-sexual",
    rationale:
      "A therapist's sexual or romantic acts or words: kissing, sex, touching the client's body, saying they would have married or dated them, comments on their body, pictures of themselves. Never acceptable: the complaints route.",
    frame: THERAPIST_ACTS_NOT_DREAMT,
    phrases: [
      String.raw`(?:kissed|kisses|kissing|slept with|sleeping with|had sex with|has sex with|having sex with|made out with|making out with|seduced|groped|gropes|groping|molested|molests|fondled|undressed) ${TOWARD_ME}`,
      String.raw`(?:started|began|kept|keeps|would) (?:touching|groping|kissing|fondling|rubbing|stroking) ${TOWARD_ME}`,
      String.raw`(?:is|was|fell|falling|fallen|am|being) (?:${W}{0,1})?in love with me`,
      String.raw`(?:would|could) have (?:married|dated|been with|fallen for) (?:me|someone like me)`,
      String.raw`(?:the )?kind of (?:woman|man|girl|guy|person) (?:he|she|they) (?:would|could) (?:have )?(?:married|date|dated|marry|be with)`,
      String.raw`if (?:things were different|(?:you|i) (?:were|was) not (?:my|her|his|their) (?:client|patient|therapist))`,
      String.raw`(?:asked|asks) (?:me )?what my type`,
      String.raw`(?:thinking|thinks|thought) about me (?:a lot|so much|outside|when|between)`,
      String.raw`never felt this way (?:about|for|with) (?:a|any) (?:client|patient)`,
      String.raw`(?:asked|asks) (?:me )?(?:if|whether) i (?:felt|feel) the same`,
      String.raw`(?:somewhere|where|place) (?:nobody|no one) (?:would|will|could|can) (?:know|see|recogni[sz]e) us`,
      String.raw`(?:wants|wanted|asked|asks|asking) (?:me )?to meet (?:up )?(?:for|at) (?:dinner|drinks|a drink|coffee|a hotel|(?:her|his|their) place)`,
      String.raw`(?:said|saying|says|told me|tells me|telling me) (?:that )?i (?:looked|look|am|was) (?:so |really )?(?:beautiful|pretty|sexy|hot|gorgeous|handsome|cute|stunning)`,
      String.raw`(?:heart|kiss|kissing) emojis?`,
      String.raw`(?:calls|called|calling) me (?:sweetheart|sweetie|baby|babe|honey|darling|gorgeous|beautiful|sexy|princess|angel)`,
      String.raw`(?:asked|asks|asking|wants|wanted) (?:me )?(?:for|to send (?:her|him|them)?) ?(?:a |some )?(?:photos?|pictures?|pics?|selfies?|videos?) of (?:me|myself)`,
      String.raw`(?:compliments?|complimented|complimenting|comments?|commented|commenting) (?:on )?(?:me on )?my (?:body|figure|looks|legs|breasts|butt|chest|lips|outfits?|appearance|ass)`,
      String.raw`(?:sent|sends|sending|showed|shows) me (?:a |some )?(?:${W}{0,2}?)?(?:pics?|pictures?|photos?|selfies?|videos?) of (?:herself|himself|themselves|themself)`,
      String.raw`(?:nude|naked|sexy|bikini|underwear|lingerie|shirtless|topless|explicit) (?:pics?|pictures?|photos?|selfies?|videos?)`,
      String.raw`(?:slid|slides|sliding|moved|moves|ran|runs) (?:her|his|their) hands? (?:down|up|over|along|under|between|inside) my`,
      String.raw`(?:brush(?:es|ed|ing)?|comb(?:s|ed|ing)?|braid(?:s|ed|ing)?) my hair`,
      String.raw`(?:sit|sat|sitting|lie|lay|lying) (?:on (?:her|his|their) lap|between (?:her|his|their) (?:legs|knees))`,
    ],
    matches: [
      "last time he slid his hand down my back to my waist, my counselor",
      "my therapist once told me I'm the kind of woman he would have married",
      "My therapist asked me to sit on the floor between her knees while she brushed my hair",
    ],
    ignores: ["I dreamed my therapist kissed me and now I feel weird", "my therapist said she is in love with her new puppy"],
  },
  {
    id: "misconduct/act-drugs-or-alcohol-given",
    rationale:
      "A therapist giving, selling, pouring or sharing alcohol, drugs or their own medicine with a client (or drugging a child), or drinking with them in sessions. Never acceptable: the complaints route.",
    frame: ACTS,
    phrases: [
      String.raw`(?:gave|give|gives|giving|handed|hands|slipped|sold|sells|selling|offered|offers|offering|brought|brings|shared|shares|poured|pours|bought|buys) (?:me|us|my (?:son|daughter|child|kid))\b ${GAP}(?:of )?${SUBSTANCE}`,
      String.raw`(?:asking|asks|asked|invites|invited|inviting|wants|wanted) me (?:out )?for (?:a glass of|a drink|drinks|wine|a beer|beers|a smoke|a joint|shots)`,
      String.raw`(?:asking|asks|asked|invites|invited|inviting|wants|wanted) me to (?:stay|come|go|join (?:her|him|them)) (?:${W}{0,2}?)?for (?:a glass of|a drink|drinks|wine|a beer|beers|a smoke|a joint|shots)`,
      String.raw`(?:asking|asks|asked|invites|invited|inviting|wants|wanted) me to (?:have|share|drink|smoke) (?:a glass of|a drink|drinks|wine|a beer|beers|a joint|shots)`,
      String.raw`(?:have|had|has|having|drink|drank|drinking|smoke|smoked|smoking) (?:a glass|a drink|drinks|wine|beer|a beer|bourbon|whiske?y|a joint|weed|shots) (?:together|with me|with us|during (?:the |our |a )?sessions?|in (?:our )?sessions?)`,
      String.raw`(?:drug|drugs|drugged|drugging) (?:a|the|my|our|her|his|their) (?:child|children|kid|kids|son|daughter)`,
      String.raw`drugged me`,
      String.raw`(?:has|had|opens|opened|drinks|drank|pours|poured) (?:a |an |another )?(?:beer|beers|drink|glass of wine|wine|bottle) (?:open )?(?:${W}{0,2}?)?(?:during|in|at|for) (?:our|my|the|a) (?:session|sessions|appointment)`,
      String.raw`(?:always )?has a (?:beer|drink|glass of wine|bottle) open`,
      String.raw`(?:could|can|would|will) get me (?:something|pills|tablets|stuff|some)`,
      String.raw`(?:drunk|high|stoned|wasted|intoxicated|tipsy|hungover|slurring) (?:${W}{0,2}?)?(?:during|in|at|for|to|before) (?:our|my|the|a) (?:session|sessions|appointment)`,
      String.raw`(?:that|which) (?:were|was) (?:not|never) prescribed`,
    ],
    matches: [
      "Every session ends with my therapist asking me to stay for a glass of wine on her porch",
      "she had some leftover ambien and my therapist gave me a strip of her pills",
      "what do you do when a therapist and a parent drug a child and make up lies",
    ],
    ignores: ["my therapist asked me how many drinks i have a week", "My therapist asked whether my doctor gave me pills for sleep"],
  },
  {
    id: "misconduct/act-disclosing-the-client",
    rationale:
      "A therapist passing what the client said, or their records, to people in their life (a former partner and their lawyer, a parent, a pastor, an employer, a host at a party), or using their story in public. A breach of confidentiality: the complaints route.",
    frame: ACTS,
    phrases: [
      String.raw`(?:sending|sent|sends|gave|gives|giving|handed|hands|forwarded|forwards|emailed|emails|emailing|shared|shares|sharing|showed|shows|passed|passes|told|tells|telling|repeated|repeats|revealed|reveals|disclosed|discloses|passing) (?:to )?(?:my |our )?${OUTSIDE_PEOPLE} (?:${GAP})?(?:${WHAT_I_TOLD})`,
      String.raw`(?:sending|sent|sends|gave|gives|handed|forwarded|emailed|shared|shares|sharing|showed|passed|told|tells|telling|repeated|revealed|disclosed) (?:${GAP})?(?:${WHAT_I_TOLD}) (?:from (?:my|our) (?:sessions?|therapy) )?(?:to|with) (?:my |our )?${OUTSIDE_PEOPLE}\b(?![^.?!]*\b(?:consent|permission|agreed)\b)`,
      String.raw`(?:telling|told|tells|talking to|talked to|talks to|gossiping with|gossiped with|gossips with) (?!(?:the |a |her |his |their |my )?(?:supervisor|colleagues?|psychiatrist|doctor|gp|team|clinical|peers?|consultant|other therapists?)\b)(?:${W}{0,3}?)?about ${Q}(?:my client|a client|her client|his client|me\b|my (?:sessions|therapy|case|diagnosis|affair|secrets|abuse|addiction|drinking))`,
      String.raw`(?:uses|used|using|tells|told|telling|shares|shared|sharing|describes|described|describing) my (?:story|case|sessions?|history|abuse|trauma|messages?|texts?) (?:${W}{0,2}?)?(?:in|on|at|for) (?:her|his|their|a|the) (?:workshops?|talks?|lectures?|classes|book|podcast|blog|posts?|videos?|seminars?|trainings?|presentations?)`,
      String.raw`(?:mentioned|mentions|said|says|told|tells|let slip|revealed|reveals) (?:to )?(?:another|other|a|the|some|one of (?:the|her|his|their)) (?:parents?|people|clients?|teachers?|friends?|neighbou?rs?|mums?|moms?|dads?|members?) (?:that )?(?:i|my)\b`,
      String.raw`left my (?:file|notes|records|chart|folder) (?:open|out|lying|on)`,
      String.raw`(?:skit|video|post|tiktok|reel|joke|jokes|story|stories|podcast|thread) (?:${W}{0,2}?)?about ${Q}(?:that|a|her|his|their|one) (?:client|patient)`,
      String.raw`(?:posted|posts|posting|shared|shares|sharing) (?:a |my )?(?:${W}{0,2}?)?(?:screenshots?|texts?|messages?|photos?|pictures?|emails?) (?:${W}{0,4}?)?(?:on|to) (?:her|his|their) (?:facebook|instagram|tiktok|blog|page|story|stories|website|twitter|social media|linkedin)`,
    ],
    matches: [
      "Our son's play therapist gave my ex-wife copies of his session drawings to use in court",
      "My counselor shared details from my sessions with my youth pastor",
      'I overheard my therapist telling the host about "my client who cheated on his wife"',
    ],
    ignores: [
      "My therapist shared my records with my psychiatrist after I signed the form",
      "My therapist asked me to sign a form so she can talk to my psychiatrist",
      "my therapist talked to her supervisor about my case",
    ],
  },
  {
    id: "misconduct/act-false-records-or-court",
    rationale:
      "A therapist's report, letter or record saying the client did what they did not (threats, violence, drinking), recommending for one side to a court, or meeting a former partner in private in a dispute. A treating therapist must stay honest and must not take sides: the complaints route.",
    frame: ACTS,
    phrases: [
      String.raw`(?:report|letter|evaluation|assessment|notes|file|records|chart|summary|testimony) (?:${W}{0,2}?)?(?:said|says|called me|calls me|described me|describes me|stated|states|claimed|claims|labell?ed me|accused me)`,
      String.raw`(?:wrote|writes|put|puts|noted|recorded|documented|claimed|claims|said|says|told|tells|reported|reports) (?:${W}{0,6}?)?(?:that )?i ${FALSE_CHARGE}`,
      String.raw`recommended (?:${W}{0,3}?)?to (?:the )?(?:court|judge|evaluator)`,
      String.raw`(?:gave|give|gives|made|makes|wrote|writes|filed|files|sent|sends|signed|signs) (?:a |an |her |his |their )?(?:statement|report|letter|testimony|affidavit|email|declaration) (?:${W}{0,4}?)?(?:saying|claiming|stating|alleging) (?:that )?${CLAIM_AGAINST_THE_CLIENT}`,
      String.raw`(?:wrote|writes|sent|sends|emailed|emails) (?:a |an )?(?:letter|report|email|statement) to (?:my )?(?:ex|ex-wife|ex-husband|ex wife|ex husband|ex-partner|(?:husband|wife|partner|ex)'?s? (?:lawyer|attorney|solicitor))\b`,
      String.raw`(?:met|meets|meeting|talks|talked|texting|texts|calls|called|laughing|laughs) (?:${W}{0,2}?)?(?:privately|in private|secretly|in secret|behind my back|alone) with my (?:ex|ex-\w+|ex \w+|husband|wife|partner)`,
      String.raw`(?:texting|texts|messaging|calling|calls|meeting|meets|laughing with|laughs with) my (?:ex|ex-husband|ex-wife|ex husband|ex wife|ex-partner|ex partner) (?:privately|in private|secretly|behind my back|all the time)`,
      String.raw`(?:billed|bills|billing|charged|charges|charging|claimed|claims) (?:${W}{0,3}?)?for (?:sessions|appointments|visits|hours) (?:i|we) (?:never|did not) (?:have|had|attend|attended|come to|came to|go to|went to)`,
    ],
    matches: [
      "The therapist the court ordered keeps texting my ex and her report said I was hostile and uncooperative",
      "my psychologist wrote in my file that I had made threats against her",
      "our family counselor met privately with my husband several times and then recommended to the court that the kids live with him",
    ],
    ignores: ["My lawyer asked my therapist to write a letter for my custody case", "my therapist wrote in my notes that I was sleeping better"],
  },
  {
    id: "misconduct/act-business-gifts-and-favours",
    rationale:
      "A therapist using the client for their own business or needs: work in exchange for sessions, a sale through the therapist, a commission, a business partnership, products pushed, gifts expected or bought for them. A dual relationship that exploits the client: the complaints route.",
    frame: ACTS,
    phrases: [
      String.raw`in exchange for (?:${W}{0,3}?)?(?:sessions?|therapy|appointments?|treatment|a discount|a lower fee)`,
      String.raw`(?:paid|pays|paying|pay) me (?:in|with) (?:${W}{0,1})?(?:sessions|therapy|appointments)`,
      String.raw`(?:instead of|in place of) (?:paying|payment|cash|money|the fee|her fee|his fee|their fee)`,
      String.raw`(?:asked|asks|asking|wants|wanted|got|gets|had|has|made|makes|hired|hires|convinced|persuaded|pressured|talked) me (?:into |to )?(?:do|fix|build|design|paint|clean|redo|remodel|renovate|look at|work on|babysit|mind|buy|sell|invest in|sign|join) (?:her|his|their|(?:a|the) (?:house|car|flat|apartment|property|business|company|policy|shares))\b(?! (?:homework|worksheets?|exercises?|breathing|journal|forms?|consent|intake|questionnaires?|survey|feedback|assessment|handout|reading|book|app|program|programme|technique)\b)`,
      String.raw`(?:buy|bought|buying|sell|sold|selling|rent|rented|renting) (?:${W}{0,3}?)?(?:through|from) (?:her|him|them)\b(?! (?:office|practice|clinic|website))`,
      String.raw`(?:got|gets|took|takes|earned|earns|made|makes) (?:a |the |her |his |their )?commission`,
      String.raw`(?:off|against|from) my (?:therapy )?(?:bill|fees?|invoice|tab)`,
      String.raw`(?:asked|asks|asking|wanted|wants|convinced|persuaded|pressured) me (?:to )?(?:give|sign over|hand over) (?:her|him) my (?:${W}{0,1}?)?(?:car|house|flat|savings|inheritance|jewelry|jewellery)`,
      String.raw`(?:other )?(?:clients|patients) (?:give|gave|buy|bought|get|got|bring|brings|brought) (?:her|him|them) (?:${W}{0,1}?)?(?:gifts?|presents?|gift cards?|money|cash|things)`,
      String.raw`(?:cash|pay|paid|payment|payments) (?:${W}{0,2}?)?(?:under the table|off the books)`,
      String.raw`(?:go|going|went|get|getting|be|become) (?:into )?(?:a )?business (?:with|partners?)`,
      String.raw`also (?:a|an|my) (?:realtor|real estate agent|estate agent|mortgage broker|insurance agent|financial (?:advisor|adviser|planner)|landlord|landlady|lawyer|accountant|employer|car dealer)`,
      String.raw`(?:sells|selling|sold|pushes|pushing|pushed|promotes|promoting|recruits|recruiting|recruited) (?:me )?(?:${W}{0,1}?)?(?:supplements|oils|products|vitamins|shakes|crystals|skincare|makeup|candles|insurance)`,
      String.raw`${ASKS} (?:me )?(?:about |for |to (?:buy|get|bring|give) (?:her|him|them) )?(?:${W}{0,2}?)?(?:gifts?|presents?|gift cards?|jewelry|jewellery|perfume|fragrance|(?:her|his|their) birthday)`,
      String.raw`(?:clients|patients) (?:give|gave|buy|bought|get|got) (?:her|him|them) (?:gifts?|presents?|gift cards?|money|cash)`,
      String.raw`(?:asked|asks|asking|wants|wanted|got|had) me (?:to )?(?:buy|get|bring|order) (?:her|him|them) (?:a |an |some |the )?(?:${W}{0,1}?)?(?:laptop|phone|iphone|tablet|tv|gift|gifts|car|tickets?|perfume|jewelry|clothes|groceries|alcohol|wine)`,
    ],
    matches: [
      "my therapist asked me to do her taxes in exchange for a few sessions",
      "My psychologist is also a realtor on the side and convinced me to buy a house through her",
      "My therapist keeps hinting about gifts for her birthday",
    ],
    ignores: ["my therapist asked me to do her breathing exercise every night", "I bought a book from her office, my therapist recommended it"],
  },
  {
    id: "misconduct/act-threats-insults-or-secrecy",
    rationale:
      "A therapist insulting the client, threatening what they will do if the client leaves or tells, or asking them to keep the relationship secret. Coercion and secrecy by a therapist: the complaints route.",
    frame: ACTS,
    phrases: [
      String.raw`(?:called|calls|calling) me (?:a |an )?(?:${W}{0,1}?)?${INSULT}`,
      String.raw`(?:told|tells|said|says)(?: to me| me)?(?: that)? (?:i am|i was|i would be) (?:${W}{0,3}?)?${INSULT}`,
      String.raw`(?:{THERAPIST}|psych) (?:has |had |was |is |kept |keeps |started |just )?(?:yelled|yells|yelling|screamed|screams|screaming|shouted|shouts|shouting|swore|swears|swearing) at me`,
      String.raw`(?:would|will|could) (?:tell|call|report|write|ruin|expose|contact) (?:${W}{0,8}?)?(?:if|unless) i (?:left|leave|stop|stopped|quit|switch|switched|try|tried|went|go|see|saw|did not|do not|missed|miss|complain|complained|report|reported|told|tell)`,
      String.raw`(?:so|and) (?:that )?(?:no one|nobody|no other (?:therapist|counsellor|counselor)) (?:else )?(?:would|will|could) (?:ever )?(?:take|see|treat|help|want|believe) me`,
      String.raw`if i (?:ever )?(?:reported|report|complained|complain|told|tell|left|leave|stopped|stop|quit) (?:${W}{0,5}?)?(?:she|he|they) (?:would|will|could) (?:release|send|show|give|leak|share|publish|post|tell|call|ruin|expose)`,
      String.raw`(?:would|will|could) (?:release|send|leak|publish|post) my (?:notes|file|records|secrets|messages|texts|photos|diagnosis)`,
      String.raw`(?:keep|keeps|kept) (?:it|this|us|our \w+|things) (?:a )?(?:secret|quiet|between us|between the two of us|to ourselves)`,
      String.raw`(?:told|tells|asked|asks|made|makes|begged|begs) me (?:to promise )?(?:not|never) to (?:tell|mention|say|talk)`,
      String.raw`(?:said|says) (?:not|never) to (?:tell|mention (?:it|this|anything)|say anything)`,
    ],
    matches: [
      "My therapist told me that I'm the most difficult client she's ever had",
      "she said not to mention it to my psychiatrist, my therapist",
      "he said he would write in my file that I was noncompliant if I left, my therapist",
    ],
    ignores: [
      "My therapist told me that if I said I was going to hurt someone she would have to tell",
      "my therapist said I am not crazy and I am not a burden",
    ],
  },
];

/** The act cues, each counted only in a message that names a therapist, with its checks at the act. */
export const ACT_CUES: CueRecord<RedirectReason>[] = acts.map((act) => ({ ...act, who: "self", needs: NAMES_A_THERAPIST, focus: true }));
