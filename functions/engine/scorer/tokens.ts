/** Enough words to judge any message; a 4,000-character message has fewer. */
export const MAX_WORDS = 1_000;

const byMessage = new WeakMap<object, string[]>();

/** The words of a normalised message, worked out once for the scorer and retrieval's meaning. */
export function messageWords(message: { folded: string }): string[] {
  let words = byMessage.get(message);
  if (!words) byMessage.set(message, (words = scorerWords(message.folded)));
  return words;
}

/**
 * `joined`, the two messages end to end with a space between (no word runs across it), given its words from theirs:
 * exactly scorerWords(joined.folded), without reading the text again.
 */
export function joinedWords<Joined extends { folded: string }>(first: { folded: string }, second: { folded: string }, joined: Joined): Joined {
  const words = messageWords(first);
  byMessage.set(joined, words.length >= MAX_WORDS ? words : words.concat(messageWords(second)).slice(0, MAX_WORDS));
  return joined;
}

/** Words as the scorer reads them: runs of letters, digits and apostrophes in the folded text (a hand loop: the regex was twice as slow). */
export function scorerWords(folded: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length && words.length < MAX_WORDS; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    const inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code === 39 && start >= 0);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(trimQuote(folded.slice(start, i)));
      start = -1;
    }
  }
  return words;
}

function trimQuote(word: string): string {
  return word.endsWith("'") ? word.replace(/'+$/, "") || word : word;
}
