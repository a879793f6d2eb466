/**
 * Postings as the build writes them for the knowledge base: one term a line, its first characters shared
 * with the term above given as a count (0–9), then ":" and each document's number and weighted frequency
 * ("3se:4/2 17/.5" after "abus" is "abuse", in documents 4 and 17). About 15% smaller gzipped than the
 * object literal, and read on the first message rather than at start-up.
 */
export function encodePostings(postings: Readonly<Record<string, readonly number[]>>): string {
  let previous = "";
  return Object.entries(postings)
    .map(([term, list]) => {
      let shared = 0;
      while (shared < 9 && shared < previous.length && previous[shared] === term[shared]) shared++;
      previous = term;
      const pairs: string[] = [];
      for (let i = 0; i < list.length; i += 2) pairs.push(`${list[i]}/${String(list[i + 1]).replace(/^0\./, ".")}`);
      return `${shared}${term.slice(shared)}:${pairs.join(" ")}`;
    })
    .join("\n");
}

/** `encodePostings` undone. */
export function decodePostings(encoded: string): Record<string, number[]> {
  const postings: Record<string, number[]> = {};
  let previous = "";
  let at = 0;
  while (at < encoded.length) {
    const colon = encoded.indexOf(":", at);
    let end = encoded.indexOf("\n", colon);
    if (end < 0) end = encoded.length;
    const term = previous.slice(0, encoded.charCodeAt(at) - ZERO) + encoded.slice(at + 1, colon);
    // "4/2 17/.5": numbers read in place, the line never split.
    const list: number[] = [];
    let start = colon + 1;
    for (let i = start; i <= end; i++) {
      const code = i < end ? encoded.charCodeAt(i) : SPACE;
      if (code === SLASH || code === SPACE) {
        list.push(Number(encoded.slice(start, i)));
        start = i + 1;
      }
    }
    postings[term] = list;
    previous = term;
    at = end + 1;
  }
  return postings;
}

const ZERO = 48;
const SLASH = 47;
const SPACE = 32;
