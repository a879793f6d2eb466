import { wordKey } from "../word-key.ts";

/** Three rows of the distance table, reused across calls: this runs for every unknown word against many candidates. */
let rows = new Int32Array(3 * 32);

/**
 * Edit distance with adjacent transpositions ("thearpist"), stopping early once it exceeds `max`.
 * Returns max + 1 for anything further away.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * Math.max(width, (2 * rows.length) / 3));
  let beforePrevious = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[beforePrevious + j - 2]! + 1);
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return rows[previous + b.length]!;
}
/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * Words under this length are only corrected for two swapped letters ("trsut"), a double letter written
 * once ("atach") or a dropped vowel ("crsh"):
 * other edits mostly turn real words into others ("fine" → "file", "part" → "party", "star" → "start").
 */
const SHORT = 6;

/**
 * The known term closest to an unknown one, if it is within the typo allowance and shares its first
 * letter (most typos keep it, and this keeps ordinary off-topic words from being "corrected").
 * Remembered per vocabulary and word, up to a bound: the same unknown words recur from message to message.
 */
export function closestTerm(term: string, vocabulary: readonly string[]): string | undefined {
  let known = corrections.get(vocabulary);
  if (!known) corrections.set(vocabulary, (known = new Map()));
  let closest = known.get(term);
  if (closest === undefined) {
    closest = searchClosest(term, vocabulary) ?? null;
    const key = known.size < MAX_REMEMBERED_CORRECTIONS ? wordKey(term) : null;
    if (key) known.set(key, closest);
  }
  return closest ?? undefined;
}

const corrections = new WeakMap<readonly string[], Map<string, string | null>>();
const MAX_REMEMBERED_CORRECTIONS = 10_000;

function searchClosest(term: string, vocabulary: readonly string[]): string | undefined {
  const allowance = typoAllowance(term.length);
  if (allowance === 0) return undefined;
  let best: string | undefined;
  let bestDistance = allowance + 1;
  for (const candidate of byFirstLetter(vocabulary).get(term[0]!) ?? []) {
    if (Math.abs(candidate.length - term.length) > allowance) continue;
    if (term.length < SHORT && !isSwap(term, candidate) && !isUndoubled(term, candidate) && (candidate.length <= term.length || /[aeiou]/.test(term))) continue;
    const distance = editDistance(term, candidate, bestDistance - 1);
    if (distance === 1 && !isSlip(term, candidate)) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Each vocabulary's words by their first letter, built on first use (a typo keeps the first letter). */
const buckets = new WeakMap<readonly string[], Map<string, string[]>>();
function byFirstLetter(vocabulary: readonly string[]): Map<string, string[]> {
  let map = buckets.get(vocabulary);
  if (!map) {
    map = new Map();
    for (const word of vocabulary) map.set(word[0]!, [...(map.get(word[0]!) ?? []), word]);
    buckets.set(vocabulary, map);
  }
  return map;
}

/** Whether b is a with one of its letters doubled. */
function isUndoubled(a: string, b: string): boolean {
  if (b.length !== a.length + 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i) === b.slice(i + 1) && (b[i] === b[i - 1] || b[i] === b[i + 1]);
}

/** Whether b is a with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a[i] !== a[i + 1] && a.slice(i + 2) === b.slice(i + 2);
}

/** Keys next to each other on a QWERTY keyboard, where a finger slips to ("thetapist"). */
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
function adjacentKeys(a: string, b: string): boolean {
  const row = (letter: string) => ROWS.findIndex((keys) => keys.includes(letter));
  const [ra, rb] = [row(a), row(b)];
  if (ra < 0 || rb < 0 || Math.abs(ra - rb) > 1) return false;
  const [ca, cb] = [ROWS[ra]!.indexOf(a), ROWS[rb]!.indexOf(b)];
  return ra === rb ? Math.abs(ca - cb) === 1 : Math.abs(ca - cb) <= 1 || (ra < rb ? cb === ca - 1 : ca === cb - 1);
}

/**
 * Whether one edit turning a word into a known one looks like a typo rather than another real word:
 * a dropped letter or two swapped ones always may be; a changed letter must be a neighbouring key, and
 * an extra letter an "h", a doubled one or a neighbour of the letter beside it ("cancer" is not "cancel",
 * "brother" is not "bother").
 */
export function isSlip(typed: string, known: string): boolean {
  if (typed.length < known.length || isSwap(typed, known)) return true;
  let i = 0;
  while (i < known.length && typed[i] === known[i]) i++;
  if (typed.length === known.length) return adjacentKeys(typed[i]!, known[i]!);
  const extra = typed[i]!;
  if (extra === "h") return true; // "theraphy", "emphathy": spelled as it sounds
  const around = [typed[i - 1], typed[i + 1]].filter((letter): letter is string => letter !== undefined);
  return around.some((letter) => letter === extra || adjacentKeys(letter, extra));
}
