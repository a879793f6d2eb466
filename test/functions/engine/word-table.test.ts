import { describe, expect, it } from "vitest";
import { FNV_OFFSET, fnvStep } from "../../../functions/engine/fnv.ts";
import { WordTable } from "../../../functions/engine/word-table.ts";

const hashOf = (word: string) => [...word].reduce((hash, char) => fnvStep(hash, char.charCodeAt(0)), FNV_OFFSET);

describe("a word table", () => {
  it("finds a word by its place in a text, and only that word", () => {
    const table = new WordTable<number>(10);
    table.set("therapist", hashOf("therapist"), 1);
    table.set("the", hashOf("the"), 2);
    const text = "the therapist, theirs";
    expect(table.get(text, 0, 3, hashOf("the"))).toBe(2);
    expect(table.get(text, 4, 13, hashOf("therapist"))).toBe(1);
    expect(table.get(text, 15, 21, hashOf("theirs"))).toBeUndefined();
    expect(table.get(text, 15, 18, hashOf("the"))).toBe(2);
  });

  it("tells apart words that share a hash, and a word that shares a hash with a prefix of another", () => {
    const table = new WordTable<string>(10);
    table.set("abc", 7, "first");
    table.set("abd", 7, "second");
    table.set("abcd", 7, "third");
    expect(table.get("abd abc abcd abe", 0, 3, 7)).toBe("second");
    expect(table.get("abd abc abcd abe", 4, 7, 7)).toBe("first");
    expect(table.get("abd abc abcd abe", 8, 12, 7)).toBe("third");
    expect(table.get("abd abc abcd abe", 13, 16, 7)).toBeUndefined();
  });

  it("remembers no more than its capacity", () => {
    const table = new WordTable<number>(2);
    for (const [i, word] of ["one", "two", "three"].entries()) table.set(word, hashOf(word), i);
    expect(table.get("one", 0, 3, hashOf("one"))).toBe(0);
    expect(table.get("two", 0, 3, hashOf("two"))).toBe(1);
    expect(table.get("three", 0, 5, hashOf("three"))).toBeUndefined();
  });
});
