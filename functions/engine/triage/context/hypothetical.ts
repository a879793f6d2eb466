/**
 * Frames that make a cue hypothetical, someone else's question or someone else's belief: "if I ever
 * became suicidal", "my therapist asks if I want to hurt myself", "she thinks I'm suicidal", "hypothetically". A plain "if I tell her I want to
 * die" is not among them: the disclosure inside it is real.
 */
const HYPOTHETICAL =
  /\b(?:if (?:i|you|someone|somebody|they|he|she|a client|a person|one) (?:ever|were to|was to)|in case (?:i |you |someone )?(?:ever )?|(?:ask|asks|asked|asking) (?:me |us |you |clients |people )?(?:(?:every|each|at|in|all|the) [a-z]+ (?:[a-z]+ )?)?(?:if|whether|about)|(?:thinks|believes|assumes|suspects|worries|is worried) (?:that )?i|(?:they|people|everyone|my parents|my family) (?:think|believe|assume) (?:that )?i|(?:asked|asks|asking) (?:me )?to (?:rate|score|describe|fill in|answer)|hypothetically|what (?:would|will) happen if (?:i|you) (?:ever )?(?:became|become|got|get|felt|feel|was|were)|(?:pretend|imagine|suppose) (?:that )?(?:i|you|someone))\b/;

/** "can I ask my therapist if she has ever had suicidal thoughts": a question about them, with no "I" after it. */
const ASKED_ABOUT_THEM = /\b(?:ask|asks|asked|asking) (?:my|the|a|her|his) [a-z]+ (?:if|whether) (?:she|he|they) (?:(?!(?:i|me|my)\b)[a-z']+ ){0,8}$/;

/** "…thinks I'm dramatic *when I say* I want to die": what the writer says is a disclosure whatever frames it. */
const DISCLOSING = /\b(?:when|whenever|if|that|because|and) i (?:say|said|tell (?:her|him|them)|told (?:her|him|them)|admit|admitted|mention|mentioned)\b/g;

export function isHypothetical(clause: string, index: number): boolean {
  let before = clause.slice(Math.max(0, index - 120), index);
  DISCLOSING.lastIndex = 0;
  let from = -1;
  for (let match = DISCLOSING.exec(before); match; match = DISCLOSING.exec(before)) from = match.index + match[0].length;
  if (from >= 0) before = before.slice(from);
  return HYPOTHETICAL.test(before) || ASKED_ABOUT_THEM.test(before);
}
