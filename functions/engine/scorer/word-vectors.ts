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
    const words = data.words === "" ? [] : data.words.split(" ");
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

  /** Adds `weight` × the word's vector to `sum`; false when the word has none. */
  addTo(sum: Float32Array, word: string, weight = 1): boolean {
    const row = this.index.get(word);
    if (row === undefined) return false;
    const start = row * this.dimensions;
    for (let d = 0; d < this.dimensions; d++) sum[d]! += weight * this.scales[d]! * this.rows[start + d]!;
    return true;
  }

}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
