/** Words longer than this (a run of letters without spaces, say) are worked out every time, never remembered. */
const MAX_REMEMBERED_WORD = 24;

/**
 * A word as a key for the engine's per-word caches, or null when it is too long to keep. The key is a
 * copy: a word V8 cut out of a message can hold the whole message in memory, and no member's message
 * may outlive its request.
 */
export function wordKey(word: string): string | null {
  return word.length <= MAX_REMEMBERED_WORD ? [...word].join("") : null;
}
