/**
 * Values stored under word keys (see required-words.ts: "4:kill" answers to every token starting "kill",
 * "3:cut" to "cut…", "w:mg" to "mg" alone), looked up per token without building the keys as strings.
 */
export class KeyedLists<T> {
  /** By kind of key ("w", "3", "4"), then word. */
  private readonly byKind: Record<"w" | "3" | "4", Map<string, T[]>> = { w: new Map(), "3": new Map(), "4": new Map() };

  /**
   * Stores the value under a key, written as its word (its length says its kind: 1–2 letters a whole
   * word, 3 or 4 the start of one). Values come in ascending order, so a repeat is always the last one.
   */
  add(word: string, value: T): void {
    const map = this.byKind[word.length >= 4 ? "4" : word.length === 3 ? "3" : "w"];
    const list = map.get(word);
    if (!list) map.set(word, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  }

  /** Calls `visit` with the values of every key the token answers to. */
  forToken(token: string, visit: (values: readonly T[]) => void): void {
    if (token.length <= 2) {
      const values = this.byKind.w.get(token);
      if (values) visit(values);
      return;
    }
    const three = this.byKind["3"].get(token.length === 3 ? token : token.slice(0, 3));
    if (three) visit(three);
    if (token.length >= 4) {
      const four = this.byKind["4"].get(token.slice(0, 4));
      if (four) visit(four);
    }
  }
}
