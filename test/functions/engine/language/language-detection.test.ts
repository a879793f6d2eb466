import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHAT_WORDS } from "../../../../functions/engine/language/chat-words.ts";
import { detectLanguage, languageEvidence } from "../../../../functions/engine/language/detect-language.ts";
import { answeredIn, languageOfLocale } from "../../../../functions/engine/language/languages.ts";
import { COMMON_WORDS_MODULE, commonWordsModule } from "../../../../scripts/language/build-common-words.ts";
import { NGRAM_MODULE, ngramTableModule } from "../../../../scripts/language/build-ngram-table.ts";

describe("detectLanguage", () => {
  it("tells the five languages in ordinary chat, without a locale", () => {
    const cases: [string, string][] = [
      ["i can't do this anymore, nobody would even notice", "en"],
      ["ya no quiero vivir, tengo las pastillas aquí", "es"],
      ["não aguento mais, vou me matar hoje", "pt"],
      ["j'ai envie d'en finir ce soir", "fr"],
      ["ich will nicht mehr leben", "de"],
      ["xq nadie me entiende", "es"],
      ["vc ta bem? to preocupada", "pt"],
      ["jsp quoi faire mdr", "fr"],
      ["alles gut digga", "de"],
    ];
    for (const [text, language] of cases) expect(detectLanguage(text), text).toBe(language);
  });

  it("reads regional wording as its language, with no locale or an English one", () => {
    const cases: [string, string][] = [
      ["ergreift der paartherapeut partei", "de"],
      ["was passiert eigentlich in einer verhaltenstherapie", "de"],
      ["i trau mi ned des zu sagen", "de"],
      ["gits e therapie wo d krankekasse zahlt", "de"],
      ["merci vilmal für d hilf", "de"],
      ["chu tanné d'aller en thérapie", "fr"],
      ["mon psy a septante ans, est-ce un problème", "fr"],
      ["che, terapia online posta sirve?", "es"],
      ["mi psico me ha hecho ghosting, tío", "es"],
      ["o meu psicólogo desmarcou outra vez", "pt"],
      ["does the couples therapist take sides", "en"],
    ];
    for (const [text, language] of cases) {
      expect(detectLanguage(text), text).toBe(language);
      expect(detectLanguage(text, "en-US"), `${text} (en-US)`).toBe(language);
    }
  });

  it("lets the locale break ties in short or wordless text, and only there", () => {
    expect(detectLanguage("q onda", "es-MX")).toBe("es");
    expect(detectLanguage("ok", "pt-BR")).toBe("pt");
    expect(detectLanguage("lol", "de-DE")).toBe("de");
    expect(detectLanguage("😭😭😭", "fr-CA")).toBe("fr");
    // No evidence and no supported locale: English.
    expect(detectLanguage("ok")).toBe("en");
    expect(detectLanguage("lol", "ja-JP")).toBe("en");
    // Clear words win over the locale.
    expect(detectLanguage("ich will nicht mehr leben", "en-US")).toBe("de");
    expect(detectLanguage("i want to kill myself", "es-ES")).toBe("en");
    expect(detectLanguage("no aguanto más, quiero morirme", "en-GB")).toBe("es");
  });

  it("says other for another script or a long message plainly in another language, and still names the nearest pack", () => {
    expect(detectLanguage("я не хочу жить")).toBe("other");
    expect(detectLanguage("死にたい")).toBe("other");
    expect(detectLanguage("non so cosa fare con la mia vita")).toBe("other");
    expect(detectLanguage("jag vill inte leva längre")).toBe("other");
    expect(languageEvidence("я не хочу жить", "es-MX").nearest).toBe("es");
    expect(answeredIn("other")).toBe("en");
  });

  it("never throws, whatever the text", () => {
    for (const text of ["", " ", "🙂".repeat(4000), "a".repeat(4000), "\u0000\u200b", "١٢٣", "ﷺ", "𝓲 𝔀𝓪𝓷𝓽 𝓽𝓸 𝓭𝓲𝓮"]) {
      expect(["en", "es", "pt", "fr", "de", "other"]).toContain(detectLanguage(text, "xx-YY"));
    }
  });

  it("reads a locale's language, whatever its form", () => {
    expect(languageOfLocale("es-MX")).toBe("es");
    expect(languageOfLocale("pt_BR")).toBe("pt");
    expect(languageOfLocale("FR")).toBe("fr");
    expect(languageOfLocale("it-IT")).toBeUndefined();
    expect(languageOfLocale(undefined)).toBeUndefined();
  });

  it("keeps its marker words to one language each", () => {
    const seen = new Map<string, string>();
    for (const [word, language] of CHAT_WORDS) {
      expect(seen.get(word) ?? language, word).toBe(language);
      seen.set(word, language);
    }
    expect(CHAT_WORDS.size).toBeGreaterThan(300);
  });
});

describe("code-switching and letters only one language writes", () => {
  it("answers a member who mixes their locale's language with English in the locale's language", () => {
    expect(detectLanguage("me quiero matar, like for real", "es-US")).toBe("es");
    expect(detectLanguage("my therapist says que tengo depresión", "es-MX")).toBe("es");
    expect(detectLanguage("bye forever, perdon", "es-MX")).toBe("es");
    expect(detectLanguage("i want to die, sério, não aguento", "pt-BR")).toBe("pt");
    // Without that locale the same words are read as before: English leads.
    expect(detectLanguage("me quiero matar, like for real")).toBe("en");
    expect(detectLanguage("my therapist says que tengo depresión", "en-US")).toBe("en");
  });

  it("does not take an English word spelt like a marker word ('die', 'hay') for code-switching, nor an English locale for a choice", () => {
    expect(detectLanguage("i just want to die tonight", "de-DE")).toBe("en");
    expect(detectLanguage("i want to kill myself", "es-MX")).toBe("en");
    expect(detectLanguage("hola, my therapist is so annoying lol", "es-MX")).toBe("en");
    expect(detectLanguage("ich will nicht mehr, sorry", "en-US")).toBe("de");
  });

  it("reads ñ and Spanish's opening marks as Spanish, ã and õ as Portuguese, ß as German", () => {
    expect(languageEvidence("mañana", "en-US").language).toBe("es");
    expect(detectLanguage("¿y ahora?", "en-US")).toBe("es");
    expect(detectLanguage("irmãos", "en-US")).toBe("pt");
    expect(detectLanguage("scheiß drauf", "en-US")).toBe("de");
    // Italian and Swedish are still other languages.
    expect(detectLanguage("non so cosa fare con la mia vita")).toBe("other");
    expect(detectLanguage("jag vill inte leva längre")).toBe("other");
  });
});

describe("the detector's n-gram table", () => {
  it("is what the build makes from the tinyld package's dictionary", async () => {
    expect(readFileSync(NGRAM_MODULE, "utf8"), "run npm run build").toBe((await ngramTableModule()).source);
  });
});

describe("the detector's common words", () => {
  it("are what the build makes from the five languages' topics", () => {
    expect(readFileSync(COMMON_WORDS_MODULE, "utf8"), "run npm run build").toBe(commonWordsModule().source);
  });

  it("read short text with no marker word by its ordinary words, not by the English prior", () => {
    expect(detectLanguage("no valgo nada")).toBe("es");
    expect(detectLanguage("me da ansiedad la primera cita con la psicóloga")).toBe("es");
    expect(detectLanguage("welche therapieform hilft am meisten", "de-DE")).toBe("de");
    expect(detectLanguage("nothing makes sense")).toBe("en");
  });

  it("read Austrian and Bavarian 'i', 'mi', 'is' as German with a German-speaking locale, and as before without one", () => {
    expect(detectLanguage("i bring mi um", "de-AT")).toBe("de");
    expect(detectLanguage("i bin traurig, mei hund is krank", "de-AT")).toBe("de");
    expect(detectLanguage("i bring mi um")).not.toBe("de");
    expect(detectLanguage("i hate my life", "de-AT")).toBe("en");
  });
});
