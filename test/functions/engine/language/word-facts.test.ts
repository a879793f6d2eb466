import { describe, expect, it } from "vitest";
import { ALSO_ENGLISH, CHAT_WORDS, REGIONAL_WORDS } from "../../../../functions/engine/language/chat-words.ts";
import { commonWordShares } from "../../../../functions/engine/language/common-words.ts";
import { wordFacts } from "../../../../functions/engine/language/detect-language.ts";
import { LANGUAGES } from "../../../../functions/engine/language/languages.ts";

describe("the language vote's word facts (one lookup a word)", () => {
  it("say of every word exactly what the separate tables say", () => {
    const facts = wordFacts();
    const shares = commonWordShares();
    const words = new Set([...CHAT_WORDS.keys(), ...ALSO_ENGLISH, ...[...REGIONAL_WORDS.values()].flatMap((set) => [...set]), ...shares.keys()]);
    expect(facts.size).toBe(words.size);
    for (const word of [...words, "not-a-word-of-any-table", "zzzq"]) {
      const entry = facts.get(word);
      expect(entry === undefined, word).toBe(!words.has(word));
      expect(entry?.chat, word).toBe(CHAT_WORDS.get(word));
      expect(entry?.alsoEnglish ?? false, word).toBe(ALSO_ENGLISH.has(word));
      expect(entry?.common, word).toBe(shares.get(word));
      for (const language of LANGUAGES) {
        expect(((entry?.regional ?? 0) & (1 << LANGUAGES.indexOf(language))) !== 0, `${word} ${language}`).toBe(
          REGIONAL_WORDS.get(language)?.has(word) ?? false,
        );
      }
    }
  });
});
