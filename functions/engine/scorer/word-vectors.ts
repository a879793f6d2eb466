import type { WordVectorsData } from "../../../shared/content/triage/scorer-data.ts";

export type { WordVectorsData };

/** Word vectors decoded for lookup: a word's row, kept as bytes and scaled when summed. */
export class WordVectors {
  readonly dimensions: number;
  private readonly rows: Int8Array;
  private readonly scales: Float32Array;
  private readonly index = new Map<string, number>();

  constructor(data: WordVectorsData) {
    this.dimensions = data.dimensions;
    const words = data.words.split(" ");
    const bytes = decodeBase64(data.vectors);
    if (bytes.length !== words.length * data.dimensions || data.scales.length !== data.dimensions) {
      throw new Error(`Word vectors do not fit their vocabulary: ${bytes.length} bytes for ${words.length} words × ${data.dimensions}.`);
    }
    this.rows = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.scales = Float32Array.from(data.scales);
    words.forEach((word, row) => this.index.set(word, row));
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** The word's frequency rank (0 for the most frequent), or undefined when it has no vector. */
  rankOf(word: string): number | undefined {
    return this.index.get(word);
  }

  /** Adds `weight` × the word's vector to `sum` (from `offset`); false when the word has none. */
  addTo(sum: Float32Array, word: string, weight = 1, offset = 0): boolean {
    const row = this.index.get(word);
    if (row === undefined) return false;
    const start = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) sum[offset + d]! += weight * this.scales[d]! * this.rows[start + d]!;
    return true;
  }

  /** Writes the mean vector of the words that have one into `target` (zeros when none does); returns how many did. */
  meanInto(target: Float32Array, words: readonly string[], offset = 0): number {
    let known = 0;
    for (const word of words) if (this.addTo(target, word, 1, offset)) known++;
    if (known > 0) for (let d = 0; d < this.dimensions; d++) target[offset + d]! /= known;
    return known;
  }
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
