// The conservative rule for benign-labelled sources (emotion, irony, ordinary posts) that were never rated for
// risk: their first-person risk words are only kept as a joke when the source's own labels say joke and
// nothing sad; anything else that may be a crisis is left out rather than labelled either way.

export const FIRST_PERSON_RISK =
  /\b(kill(ing)? myself|kms|(want|wanted|wanna|going|gonna|ready) (to )?die|wish i('?d| was| were| had)( just)? (die|died|dead|never been born)|end(ing)? (it all|my life|myself)|take my (own )?life|(i'?m|i am|feel(ing)?|been) suicidal|suicidal (thoughts|ideation|urges)|self[- ]?harm\w*|cut(ting)? myself|hurt(ing)? myself|overdos\w*|hang(ing)? myself|slit(ting)? my|better off dead|no (point|reason) (in |to )?(living|live|going on|be alive)|not seeing a point|don'?t want to (live|be alive|exist|wake up)|kill me|shoot me|(i'?m|i am) (dying|dead))\b/i;

export const SUICIDE_TOPIC = /\b(suicid\w*|kill(ed|s|ing)? (him|her|them)sel(f|ves))\b/i;

export const CRISIS_WORDS = /\b(suicid\w*|kill\w*|die[ds]?|dying|dead|death|murder\w*|shoot\w*|overdos\w*|noose|razor|pills?)\b/i;

export type RiskWordsVerdict = "joking" | "exclude" | "crisis-words" | null;

/** joking / exclude / crisis-words when the text has crisis words; null when it has none. */
export function riskWordsVerdict(text: string, heardAsJoke: boolean, heardAsSad: boolean): RiskWordsVerdict {
  if (FIRST_PERSON_RISK.test(text)) return heardAsJoke && !heardAsSad ? "joking" : "exclude";
  if (SUICIDE_TOPIC.test(text) && heardAsSad) return "exclude";
  if (CRISIS_WORDS.test(text)) return "crisis-words";
  return null;
}
