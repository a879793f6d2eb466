/** Three rows of the distance table, reused from call to call (a long message corrects hundreds of words). */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Edit distance with adjacent transpositions ("thearpist"), stopping early once it exceeds `max`.
 * Returns max + 1 for anything further away.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const letter = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    const reused = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = reused;
  }
  return previous[b.length]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * Words under this length are only corrected for a dropped letter ("crsh") or two swapped ones ("trsut"):
 * changing a letter would turn real words into others ("fine" → "file", "count" → "court").
 */
const SHORT = 6;

/**
 * The known term closest to an unknown one, if it is within the typo allowance and shares its first
 * letter (most typos keep it, and this keeps ordinary off-topic words from being "corrected").
 */
export function closestTerm(term: string, vocabulary: readonly string[]): string | undefined {
  const allowance = typoAllowance(term.length);
  if (allowance === 0) return undefined;
  let best: string | undefined;
  let bestDistance = allowance + 1;
  for (const candidate of byFirstLetter(vocabulary).get(term[0]!) ?? []) {
    if (term.length < SHORT && candidate.length <= term.length && !isSwap(term, candidate)) continue;
    const distance = editDistance(term, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

const buckets = new WeakMap<readonly string[], Map<string, string[]>>();

/** The vocabulary's words by first letter, in their order, worked out once per vocabulary: a long message corrects many words. */
function byFirstLetter(vocabulary: readonly string[]): Map<string, string[]> {
  let bucketed = buckets.get(vocabulary);
  if (!bucketed) {
    bucketed = new Map();
    for (const word of vocabulary) {
      const bucket = bucketed.get(word[0]!);
      if (bucket) bucket.push(word);
      else bucketed.set(word[0]!, [word]);
    }
    buckets.set(vocabulary, bucketed);
  }
  return bucketed;
}

/** Whether b is a with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differences = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return differences.length === 2 && differences[1] === differences[0]! + 1 && a[differences[0]!] === b[differences[1]!] && a[differences[1]!] === b[differences[0]!];
}
