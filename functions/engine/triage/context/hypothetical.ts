/**
 * Frames that make a cue hypothetical or someone else's question: "if I ever became suicidal",
 * "my therapist asks if I want to hurt myself", "hypothetically". A plain "if I tell her I want to
 * die" is not among them: the disclosure inside it is real.
 */
const HYPOTHETICAL =
  /\b(?:if (?:i|you|someone|somebody|they|he|she|a client|a person|one) (?:ever|were to|was to)|in case (?:i |you |someone )?(?:ever )?|(?:ask|asks|asked|asking) (?:me |us |you |clients |people )?(?:if|whether|about)|hypothetically|what (?:would|will) happen if (?:i|you) (?:ever )?(?:became|become|got|get|felt|feel|was|were)|(?:pretend|imagine|suppose) (?:that )?(?:i|you|someone))\b/;

export function isHypothetical(clause: string, index: number): boolean {
  return HYPOTHETICAL.test(clause.slice(Math.max(0, index - 120), index));
}
