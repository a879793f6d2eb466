/**
 * Words the normaliser may restore an obfuscated token to: spaced-out letters are re-segmented into
 * them, squeezed repeats ("kiiiill") and censored letters ("k*ll") are resolved against them. It is
 * deliberately small — the words triage reads plus common glue words — so ordinary text is left alone.
 */
const RISK_WORDS = [
  "die", "dies", "died", "dying", "dead", "death", "kill", "kills", "killed", "killing", "myself", "yourself",
  "himself", "herself", "themselves", "suicide", "suicidal", "unalive", "unaliving", "self", "harm", "harming",
  "hurt", "hurting", "cut", "cuts", "cutting", "burn", "burned", "bleed", "pills", "overdose", "overdosed",
  "end", "ending", "life", "live", "living", "alive", "exist", "existing", "wake", "sleep", "forever",
  "hang", "jump", "rope", "gun", "knife", "rape", "raped", "abuse", "abused", "hit", "hits", "beat", "beats",
  "unsafe", "safe", "danger", "goodbye", "hopeless", "burden", "worthless", "pointless", "murder", "stab",
  "shoot", "voices", "relapse", "relapsed", "sewerslide", "selfharm", "kms", "kys", "ctb", "ded", "sui",
];
const GLUE_WORDS = [
  "i", "a", "am", "im", "me", "my", "mine", "you", "your", "he", "she", "they", "we", "it", "its", "to", "too",
  "the", "an", "and", "or", "but", "so", "of", "in", "on", "at", "all", "be", "is", "are", "was", "do", "dont",
  "not", "no", "want", "wanna", "need", "going", "gonna", "just", "now", "tonight", "today", "again", "help",
  "please", "plz", "pls", "yes", "good", "sorry", "really", "feel", "this", "that", "what", "why", "how",
  "lol", "omg", "wtf", "fml", "ok", "okay", "hate", "love", "can", "cant", "will", "wont", "would", "should",
  "like", "for", "with", "out", "off", "up", "down", "over", "anymore", "more", "still", "never", "ever",
  "someone", "everyone", "nobody", "please", "therapist", "therapy", "fine", "tired", "sad", "sick", "bad",
  "hello", "hi", "hey", "bye", "thanks", "thank", "well", "yeah", "yess", "nooo", "here", "there", "gone",
  "wish", "hope", "was", "were", "alone", "done", "over", "everyone", "anyone", "anything", "nothing", "life", "scared",
];

export const VOCABULARY: ReadonlySet<string> = new Set([...RISK_WORDS, ...GLUE_WORDS]);

/** The words a doubled letter may be squeezed back to ("diee" → "die"): only triage's own words, 3+ letters. */
export const RISK_VOCABULARY: ReadonlySet<string> = new Set(RISK_WORDS.filter((word) => word.length >= 3));

const BY_LENGTH = new Map<number, string[]>();
for (const word of VOCABULARY) {
  const list = BY_LENGTH.get(word.length) ?? [];
  list.push(word);
  BY_LENGTH.set(word.length, list);
}

/** Vocabulary words of the given length, for matching censored tokens ("k*ll"). */
export function wordsOfLength(length: number): readonly string[] {
  return BY_LENGTH.get(length) ?? [];
}

const LONGEST_WORD = Math.max(...[...VOCABULARY].map((word) => word.length));

/**
 * Splits a run of letters into vocabulary words ("killmyself" → ["kill", "myself"]), preferring
 * fewer, longer words; null when it cannot be covered. Linear in the run's length.
 */
export function segment(run: string): string[] | null {
  if (run.length > 60) return null;
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= run.length; end++) {
    let choice: string[] | null = null;
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      const prefix = best[start];
      const word = run.slice(start, end);
      if (prefix && VOCABULARY.has(word) && (!choice || prefix.length + 1 < choice.length)) choice = [...prefix, word];
    }
    best.push(choice);
  }
  return best[run.length] ?? null;
}
