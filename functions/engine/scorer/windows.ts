/**
 * A long message as overlapping windows of `size` words, half a window apart, the last one ending on the last word;
 * none when the message fits in one window. One crisis sentence in a long story is then read among its neighbours,
 * not averaged away by the whole.
 */
export function wordWindows(words: readonly string[], size: number): (readonly string[])[] {
  if (!(size >= 2) || words.length <= size) return [];
  const stride = size >> 1;
  const windows: (readonly string[])[] = [];
  for (let start = 0; ; start += stride) {
    const end = Math.min(start + size, words.length);
    windows.push(words.slice(end - size, end));
    if (end === words.length) return windows;
  }
}
