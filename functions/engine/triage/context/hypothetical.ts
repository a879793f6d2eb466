/**
 * Frames that make a cue hypothetical, someone else's question or someone else's belief: "if I ever
 * became suicidal", "my therapist asks if I want to hurt myself", "she thinks I'm suicidal", "hypothetically". A plain "if I tell her I want to
 * die" is not among them: the disclosure inside it is real.
 */
const HYPOTHETICAL =
  /\b(?:if (?:i|you|someone|somebody|they|he|she|a client|a person|one) (?:ever|were to|was to)|in case (?:i |you |someone )?(?:ever )?|(?:ask|asks|asked|asking) (?:me |us |you |clients |people )?(?:(?:every|each|at|in|all|the) [a-z]+ (?:[a-z]+ )?)?(?:if|whether|about)|(?:thinks|believes|assumes|suspects|worries|is worried) (?:that )?i|(?:they|people|everyone|my parents|my family) (?:think|believe|assume) (?:that )?i|(?:asked|asks|asking) (?:me )?to (?:rate|score|describe|fill in|answer)|hypothetically|what (?:would|will) happen if (?:i|you) (?:ever )?(?:became|become|got|get|felt|feel|was|were)|(?:pretend|imagine|suppose) (?:that )?(?:i|you|someone))\b/;

export function isHypothetical(clause: string, index: number): boolean {
  return HYPOTHETICAL.test(clause.slice(Math.max(0, index - 120), index));
}
