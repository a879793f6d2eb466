import type { WordVectorsData } from "../../../shared/content/triage/scorer-data.ts";

export type { WordVectorsData };

/** The character of a dimension's lowest level ("0"); the levels follow it in ASCII order ("0"–"9", ":"…"@", "A"…). */
export const LEVEL_ZERO = 48;
/** At most this many levels: the characters stay short of the backslash (92). */
export const MAX_LEVELS = 32;

/** Word vectors decoded for lookup: a word's row, kept as bytes (2 × level − (levels − 1)) and scaled when summed. */
export class WordVectors {
  readonly dimensions: number;
  private readonly rows: Int8Array;
  private readonly scales: Float32Array;
  private readonly index = new Map<string, number>();

  constructor(data: WordVectorsData) {
    this.dimensions = data.dimensions;
    const words = data.words === "" ? [] : data.words.split(" ");
    const { levels } = data;
    if (
      levels.length !== words.length * data.dimensions ||
      data.scales.length !== data.dimensions ||
      !(data.levelCount >= 2 && data.levelCount <= MAX_LEVELS)
    ) {
      throw new Error(`Word vectors do not fit their vocabulary: ${levels.length} values for ${words.length} words × ${data.dimensions}.`);
    }
    this.rows = new Int8Array(levels.length);
    for (let i = 0; i < levels.length; i++) {
      const level = levels.charCodeAt(i) - LEVEL_ZERO;
      if (level < 0 || level >= data.levelCount) throw new Error(`Word vectors hold a value that is not a level at ${i}.`);
      this.rows[i] = 2 * level - (data.levelCount - 1);
    }
    this.scales = Float32Array.from(data.scales);
    for (const [row, word] of words.entries()) this.index.set(word, row);
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** The word's frequency rank (0 for the most frequent), or undefined when it has no vector. */
  rankOf(word: string): number | undefined {
    return this.index.get(word);
  }

  /** Adds `weight` × the vector of row `row` (a word's rank) to `sum`. */
  addRow(sum: Float32Array, row: number, weight = 1): void {
    const start = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) sum[d]! += weight * this.scales[d]! * this.rows[start + d]!;
  }

  /**
   * Row `row` scaled, in doubles: each value (a float32 scale × a level of at most 31 in size) is exact there, so
   * `weight × scaledRow(row)[d]` is exactly the `weight × scale × level` that `addRow` adds (a count of at most 1,000
   * words keeps every product within 53 bits). Made once a word by the scorer's word table, which then sums doubles
   * instead of converting a byte and a scale a dimension.
   */
  scaledRow(row: number): Float64Array {
    const scaled = new Float64Array(this.dimensions);
    this.writeScaledRow(row, scaled, 0);
    return scaled;
  }

  /** `scaledRow(row)` written into `into` from `at`. */
  writeScaledRow(row: number, into: Float64Array, at: number): void {
    const start = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) into[at + d] = this.scales[d]! * this.rows[start + d]!;
  }

  /** Raises `max[at + d]` to the row's value in each dimension d (sets it when `first`). */
  maxRow(max: Float32Array, row: number, at: number, first: boolean): void {
    const start = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) {
      const value = this.scales[d]! * this.rows[start + d]!;
      if (first || value > max[at + d]!) max[at + d] = value;
    }
  }

  /**
   * Adds `weight` × row `row`'s levels to `sum`, unscaled: `scaleLevels` then turns the sum into a vector, one product a
   * dimension instead of one a dimension per word.
   */
  addLevels(sum: Float64Array, row: number, weight: number): void {
    const start = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) sum[d]! += weight * this.rows[start + d]!;
  }

  /** Each dimension's scale applied to a sum of `addLevels`, in place. */
  scaleLevels(sum: Float64Array): void {
    for (let d = 0; d < this.dimensions; d++) sum[d]! *= this.scales[d]!;
  }

  /** Adds `weight` × the word's vector to `sum`; false when the word has none. */
  addTo(sum: Float32Array, word: string, weight = 1): boolean {
    const row = this.index.get(word);
    if (row === undefined) return false;
    this.addRow(sum, row, weight);
    return true;
  }
}

/** How many words a vocabulary holds (`split(" ").length`, none in ""), counted without making 24k strings at start-up. */
export function wordCount(words: string): number {
  if (words === "") return 0;
  let count = 1;
  for (let at = words.indexOf(" "); at >= 0; at = words.indexOf(" ", at + 1)) count++;
  return count;
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
