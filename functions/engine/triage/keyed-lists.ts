/**
 * Values stored under word keys (see required-words.ts: "4:kill" answers to every token starting "kill",
 * "4:overdos" to every token starting "overdos", "3:cut" to "cut…", "w:mg" to "mg" alone), looked up per token.
 */
export class KeyedLists<T> {
  /** Whole words of one or two characters, and prefixes by their length. */
  private readonly words = new Map<string, T[]>();
  private readonly prefixes = new Map<number, Map<string, T[]>>();
  /** The prefixes' lengths, ascending. */
  private readonly lengths: number[] = [];

  /**
   * Stores the value under a key, written as its word (its length says its kind: 1–2 letters a whole
   * word, 3 or more the start of one). Values come in ascending order, so a repeat is always the last one.
   */
  add(word: string, value: T): void {
    let map = this.words;
    if (word.length >= 3) {
      let prefixes = this.prefixes.get(word.length);
      if (!prefixes) {
        this.prefixes.set(word.length, (prefixes = new Map()));
        this.lengths.push(word.length);
        this.lengths.sort((a, b) => a - b);
      }
      map = prefixes;
    }
    const list = map.get(word);
    if (!list) map.set(word, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  }

  /** The same lists with only the values `keep` accepts (keys left with none are dropped). */
  filtered(keep: (value: T) => boolean): KeyedLists<T> {
    const kept = new KeyedLists<T>();
    const copy = (map: ReadonlyMap<string, readonly T[]>) => {
      for (const [word, values] of map) for (const value of values) if (keep(value)) kept.add(word, value);
    };
    copy(this.words);
    for (const length of this.lengths) copy(this.prefixes.get(length)!);
    return kept;
  }

  /** Calls `visit` with the values of every key the token answers to (shorter prefixes first). */
  forToken(token: string, visit: (values: readonly T[]) => void): void {
    if (token.length <= 2) {
      const values = this.words.get(token);
      if (values) visit(values);
      return;
    }
    for (const length of this.lengths) {
      if (length > token.length) break;
      const values = this.prefixes.get(length)!.get(length === token.length ? token : token.slice(0, length));
      if (values) visit(values);
    }
  }
}
