/**
 * A cue for what a crisis message says about the emergency (functions/engine/situation/): what it is for, the phrase
 * (read on the normalised message's folded text: lower case, accents removed), and examples the tests check it on.
 */
export interface SituationCue {
  id: string;
  rationale: string;
  pattern: RegExp;
  examples: readonly string[];
}

/**
 * A language's situations, beside its triage pack: a wound, a friend who said goodbye and cannot be reached, a young
 * writer, an overdose taken. Crisis triage has already decided the message is a crisis; these only shape the reply.
 */
export interface SituationWords {
  /** A counted or excessive amount of medicine swallowed: an overdose, whatever the person feels now. */
  overdose: readonly SituationCue[];
  wound: readonly SituationCue[];
  goodbye: readonly SituationCue[];
  unreachable: readonly SituationCue[];
  youngPerson: readonly SituationCue[];
  /** Someone other than the writer: the goodbye and the silence are about them. */
  thirdPerson: RegExp;
  /** An adult writing about a child, or about their own schooldays: not a young writer. */
  notYoung: RegExp;
  /** Words that put a wound in the past: not today's emergency. */
  longAgo: RegExp;
}
