import { wordKey } from "../word-key.ts";
import { type WordHashes, wordHashes } from "./hashed-ngrams.ts";
import type { WordVectors } from "./word-vectors.ts";

/** What the scorer needs of a word, worked out once: its hashes and its vector's row (-1: none). */
export interface ScorerWord {
  hashes: WordHashes;
  /** `hashes.unigram` and `hashes.chars.length`, kept on the entry itself: the per-token loops read nothing else of the hashes. */
  unigram: number;
  grams: number;
  row: number;
  /** Where its vector, scaled (`WordVectors.scaledRow`), starts in its table's `scaled` (-1: it has none). */
  at: number;
  /**
   * The n-gram weights (a model's bytes) `unigramWeight` and `charWeights` were read from, null before the first: the
   * byte of its unigram's bucket and the sum of its character n-grams' bytes (an integer, the same in any order).
   */
  weightsOf: Int8Array | null;
  unigramWeight: number;
  charWeights: number;
  /**
   * The dense weights (a model's first `dimensions` ones) `denseDot` and `denseAbs` were worked out for, null before the
   * first: Σ weight × value and Σ |weight × value| over its scaled vector (0 and 0 without one). Only `logitBound` reads them.
   */
  denseOf: readonly number[] | null;
  denseDot: number;
  denseAbs: number;
  /** The message (a table-wide stamp) this word was last counted in, and its place among that message's distinct words. */
  stamp: number;
  unique: number;
}

const MAX_REMEMBERED_WORDS = 20_000;
const STAMP_LIMIT = 2 ** 30;

/**
 * Words recur from message to message: one lookup a token gives its hashes and its vector (instead of one map for
 * the message's distinct words, one for the hashes and one for the vectors). Keys are short copies (wordKey), at
 * most MAX_REMEMBERED_WORDS of them; the table is only cleared between messages, so a message's words stay distinct.
 */
export class ScorerWordTable {
  private readonly vectors: WordVectors;
  private readonly words = new Map<string, ScorerWord>();
  private stamp = 0;
  /**
   * The entries' scaled vectors end to end, `dimensions` doubles each (`ScorerWord.at`): one array read in the mean
   * vector's sum instead of one typed array a word, each with its own header and memory. It grows by doubling (the
   * entries' places stay), so read it after the message's words are all found.
   */
  scaled = new Float64Array(0);
  private scaledRows = 0;

  constructor(vectors: WordVectors) {
    this.vectors = vectors;
  }

  get dimensions(): number {
    return this.vectors.dimensions;
  }

  /** A fresh stamp for a message's words (see `word`). */
  nextMessage(): number {
    // The scaled rows count words too long to remember as well (a new entry each message), so they bound it too.
    if (this.words.size >= MAX_REMEMBERED_WORDS || this.scaledRows >= MAX_REMEMBERED_WORDS || this.stamp >= STAMP_LIMIT) {
      this.words.clear();
      this.scaled = new Float64Array(0);
      this.scaledRows = 0;
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Row `row`'s scaled vector added at the end of `scaled`: where it starts. */
  private addScaled(row: number): number {
    const { dimensions } = this.vectors;
    const at = this.scaledRows * dimensions;
    if (at + dimensions > this.scaled.length) {
      const grown = new Float64Array(Math.max(256 * dimensions, 2 * this.scaled.length));
      grown.set(this.scaled);
      this.scaled = grown;
    }
    this.vectors.writeScaledRow(row, this.scaled, at);
    this.scaledRows++;
    return at;
  }

  /** The word's entry; words too long to remember get one per message from `unremembered`. */
  word(token: string, unremembered: () => Map<string, ScorerWord>): ScorerWord {
    const known = this.words.get(token);
    if (known) return known;
    const key = wordKey(token);
    const words = key === null ? unremembered() : this.words;
    let entry = key === null ? words.get(token) : undefined;
    if (!entry) {
      const row = this.vectors.rankOf(token) ?? -1;
      const at = row >= 0 ? this.addScaled(row) : -1;
      const hashes = wordHashes(token);
      entry = {
        hashes,
        unigram: hashes.unigram,
        grams: hashes.chars.length,
        row,
        at,
        weightsOf: null,
        unigramWeight: 0,
        charWeights: 0,
        denseOf: null,
        denseDot: 0,
        denseAbs: 0,
        stamp: 0,
        unique: 0,
      };
      words.set(key ?? token, entry);
    }
    return entry;
  }
}

/** Reads the word's unigram and character n-gram weights from `weights` (a model's bytes, one per bucket) unless it has them already. */
export function readWeights(entry: ScorerWord, weights: Int8Array): void {
  if (entry.weightsOf === weights) return;
  const mask = weights.length - 1;
  const { unigram, chars } = entry.hashes;
  let sum = 0;
  for (let g = 0; g < chars.length; g++) sum += weights[chars[g]! & mask]!;
  entry.unigramWeight = weights[unigram & mask]!;
  entry.charWeights = sum;
  entry.weightsOf = weights;
}

/**
 * Reads the word's dot products with `dense` (a model's dense weights) unless it has them already (see `denseOf`);
 * `table` is the table the entry is from.
 */
export function readDenseWeights(entry: ScorerWord, dense: readonly number[], table: ScorerWordTable): void {
  if (entry.denseOf === dense) return;
  let dot = 0;
  let abs = 0;
  const { at } = entry;
  if (at >= 0) {
    const { scaled } = table;
    const dimensions = table.dimensions;
    for (let d = 0; d < dimensions; d++) {
      const product = dense[d]! * scaled[at + d]!;
      dot += product;
      abs += Math.abs(product);
    }
  }
  entry.denseDot = dot;
  entry.denseAbs = abs;
  entry.denseOf = dense;
}

const TABLES = new WeakMap<WordVectors, ScorerWordTable>();

/** The word table of these vectors (a scorer's vectors are decoded once, so each scorer has one). */
export function wordTableOf(vectors: WordVectors): ScorerWordTable {
  let table = TABLES.get(vectors);
  if (!table) TABLES.set(vectors, (table = new ScorerWordTable(vectors)));
  return table;
}
