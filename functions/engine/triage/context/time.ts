/** Markers that place what a clause says in the past ("used to", "years ago", "5 years clean", "as a teen"). */
const PAST = new RegExp(
  [
    String.raw`\bused to\b`,
    String.raw`\b(?:years?|months|decades?) ago\b`,
    String.raw`\ba (?:long )?(?:time|while) ago\b`,
    String.raw`\blong ago\b`,
    // "last year" is the past, "since last year" and "for the last year" are still going on
    String.raw`(?<!\b(?:since|for|over|in|the|past|all|through|throughout) )\blast (?:year|summer|winter|spring|autumn|fall|decade)\b`,
    String.raw`\bin the past\b`,
    String.raw`\bback when\b`,
    String.raw`\bback (?:then|in (?:the day|high school|school|college|uni|university|(?:19|20)\d\d))\b`,
    String.raw`\bwhen i was (?:a |an |younger|little|young|small|child|kid|teen|teenager|boy|girl|baby|in |at |\d|about \d|around \d)`,
    String.raw`\bas a (?:kid|child|teen|teenager|young|student|little)\b`,
    String.raw`\bgrowing up\b`,
    String.raw`\bin (?:high school|middle school|secondary school|primary school|college|uni|university|my (?:teens|twenties|thirties|20s|30s|childhood|youth|early))\b`,
    String.raw`\b(?:in|since|during) (?:19|20)\d\d\b`,
    String.raw`\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:years?|months?) (?:clean|free|sober)\b`,
    String.raw`\b(?:clean|free|sober) (?:for|since) `,
    String.raw`\bself harm free\b`,
    String.raw`\bin recovery\b`,
    String.raw`\brecovered\b`,
    String.raw`\bpreviously\b`,
    String.raw`\bhistory of\b`,
  ].join("|"),
);
/** An age ("at 15") is the past only with a verb in the past: "I attempted at 15", not "is it normal at 19?". */
const AT_AGE = /\bat (?:the )?age (?:of )?\d|\bat (?:1[0-9]|[2-9][0-9])\b(?! ?(?:am|pm|o'clock))/;
const PAST_VERB = /\b(?:was|were|did|had|tried|attempted|started|stopped|used|got|went|cut|overdosed|harmed|took|began|ended|left|happened)\b/;

/** Markers of now, which outweigh a past marker ("5 years clean, but I relapsed last night"). */
const RECENT =
  /\b(?:today|tonight|right now|just now|this (?:morning|afternoon|evening|week|weekend|month)|last (?:night|week|weekend)|yesterday|again|lately|recently|these days|currently|at the moment|relapsed|relapse|relapsing|(?:is|are) back|came back|coming back|has returned|have returned|(?:few|couple of|two|three|\d+) (?:days?|weeks?) ago|tomorrow|soon|still (?:do|want|think|feel|get|have (?:the )?(?:urges|thoughts)|cut|hurt|self harm|struggle|am))\b/;

export type Tense = "past" | "mixed" | "present";

/** "past" when the clause speaks only of the past, "mixed" when it has markers of both ("ten years ago I…, today I…"). */
export function tenseOf(clause: string): Tense {
  if (!PAST.test(clause) && !(AT_AGE.test(clause) && PAST_VERB.test(clause))) return "present";
  return RECENT.test(clause) ? "mixed" : "past";
}

/** In a mixed clause, whether the comma-separated part holding `index` speaks only of the past. */
export function isPastAt(clause: string, index: number): boolean {
  const start = clause.lastIndexOf(",", index) + 1;
  const end = clause.indexOf(",", index);
  return tenseOf(clause.slice(start, end < 0 ? undefined : end)) === "past";
}
