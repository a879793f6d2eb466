/**
 * Values remembered per word, looked up by the word's place in a text and its FNV-1a hash (`fnvStep` over its
 * characters from FNV_OFFSET, worked out as the caller reads it): a word already known is neither cut out of the text
 * nor hashed again. Open addressing; at most `capacity` words, each kept as the caller's copy (see word-key.ts).
 */
export class WordTable<T> {
  private words: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private values: (T | undefined)[] = [];
  private mask = -1;
  private size = 0;
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** The value remembered for `text.slice(start, end)`, whose hash is `hash`. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    if (this.size === 0) return undefined;
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === undefined) return undefined;
      if (this.hashes[slot] === hash && word.length === length && text.startsWith(word, start)) return this.values[slot];
    }
  }

  /** Remembers the value of a word not yet in the table (its hash as `get` takes it); nothing once the table is full. */
  set(word: string, hash: number, value: T): void {
    if (this.size >= this.capacity) return;
    if (this.mask < 0) this.allocate();
    let slot = hash & this.mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    this.size++;
  }

  /** Slots for the whole capacity at most a third full, made on the first word rather than at start-up. */
  private allocate(): void {
    let slots = 1;
    while (slots < 3 * this.capacity) slots *= 2;
    this.words = new Array<string | undefined>(slots).fill(undefined);
    this.hashes = new Int32Array(slots);
    this.values = new Array<T | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }
}
