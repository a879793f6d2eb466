import { describe, expect, it } from "vitest";
import { composeOutOfScope } from "../../../../functions/engine/compose/out-of-scope.ts";
import { chatOnly, type SmallTalk, smallTalk } from "../../../../functions/engine/compose/small-talk.ts";
import type { Copy } from "../../../../shared/content/copy/copy.ts";
import { copyFor } from "../../../../shared/content/copy/index.ts";
import type { Language } from "../../../../shared/content/languages.ts";

// As members write them: regional words, chat spelling, missing accents.
const CHAT: readonly [Language, string, NonNullable<SmallTalk>][] = [
  ["es", "¿eres un bot?", "about"],
  ["es", "quien sos?", "about"],
  ["es", "sos re crack", "praise_bot"],
  ["es", "eres genial", "praise_bot"],
  ["es", "esto me sirvió mucho", "praise_bot"],
  ["es", "mi psicóloga es lo máximo", "praise_therapy"],
  ["es", "qué buena sesión la de hoy", "praise_therapy"],
  ["es", "voy a terapia", "session_ahead"],
  ["es", "acabo de salir de terapia", "session_behind"],
  ["es", "¿cómo estás?", "how_are_you"],
  ["es", "q tal", "how_are_you"],
  ["es", "vale", "acknowledgement"],
  ["es", "sale, chido", "acknowledgement"],
  ["es", "chau", "goodbye"],
  ["es", "hasta luego!", "goodbye"],
  ["pt", "vc é um robô?", "about"],
  ["pt", "você é incrível", "praise_bot"],
  ["pt", "isso ajudou muito", "praise_bot"],
  ["pt", "minha psi é incrível", "praise_therapy"],
  ["pt", "amo minha terapeuta", "praise_therapy"],
  ["pt", "to indo pra terapia", "session_ahead"],
  ["pt", "voltei da terapia", "session_behind"],
  ["pt", "tudo bem?", "how_are_you"],
  ["pt", "blz", "acknowledgement"],
  ["pt", "fixe", "acknowledgement"],
  ["pt", "falou", "goodbye"],
  ["pt", "até amanhã", "goodbye"],
  ["pt", "vou nessa", "goodbye"],
  ["fr", "t'es qui ?", "about"],
  ["fr", "es-tu un robot ?", "about"],
  ["fr", "t'es trop top", "praise_bot"],
  ["fr", "ça m'a vraiment aidé", "praise_bot"],
  ["fr", "ma psy est vraiment géniale", "praise_therapy"],
  ["fr", "super séance aujourd'hui", "praise_therapy"],
  ["fr", "je vais chez ma psy", "session_ahead"],
  ["fr", "je reviens de ma séance", "session_behind"],
  ["fr", "ça va ?", "how_are_you"],
  ["fr", "d'acc", "acknowledgement"],
  ["fr", "ça marche", "acknowledgement"],
  ["fr", "à plus tard", "goodbye"],
  ["fr", "à tantôt", "goodbye"],
  ["fr", "ok à plus", "goodbye"],
  ["de", "bist du ein Bot?", "about"],
  ["de", "wer bist du", "about"],
  ["de", "du bist echt super", "praise_bot"],
  ["de", "das hat mir echt geholfen", "praise_bot"],
  ["de", "meine Therapeutin ist echt toll", "praise_therapy"],
  ["de", "richtig gute Sitzung heute", "praise_therapy"],
  ["de", "bin auf dem Weg zur Therapie", "session_ahead"],
  ["de", "grad raus aus der Therapie", "session_behind"],
  ["de", "wie geht's?", "how_are_you"],
  ["de", "passt scho", "acknowledgement"],
  ["de", "alles klar", "acknowledgement"],
  ["de", "tschüss", "goodbye"],
  ["de", "pfiat di", "goodbye"],
];

// More than chat: a question, a worry, a "but", or a goodbye that says more.
const NOT_CHAT: readonly [Language, string][] = [
  ["es", "mi psicóloga es genial pero siempre llega tarde"],
  ["es", "¿es normal que quiera mucho a mi terapeuta?"],
  ["es", "acabo de salir de terapia y me siento fatal"],
  ["es", "adiós para siempre"],
  ["es", "vale, pero ¿por qué mi terapeuta dice nosotros?"],
  ["pt", "minha terapeuta é ótima mas não sei se confio nela"],
  ["pt", "voltei da terapia e chorei muito"],
  ["pt", "tchau pra sempre"],
  ["fr", "ma psy est géniale mais elle regarde l'heure"],
  ["fr", "je reviens de ma séance et j'ai pleuré"],
  ["fr", "au revoir tout le monde, je vous aime"],
  ["de", "meine Therapeutin ist toll, aber ich vermisse sie zwischen den Stunden"],
  ["de", "zurück von der Therapie und mir geht's schlecht"],
  ["de", "tschüss für immer"],
  // A question without its question mark: "… ist gut" there is not praise.
  ["de", "mein Sohn soll beim Psychologen Tests ausfüllen, wozu ist diese Abklärung gut"],
  ["de", "die Therapie bei ihr ist so gut, wieso eigentlich"],
];

describe("small talk in Spanish, Portuguese, French and German", () => {
  it.each(CHAT)("%s: %j is %s, met before the knowledge base", (language, text, talk) => {
    expect(smallTalk(text, language)).toBe(talk);
    expect(chatOnly(text, language)).toBe(talk);
  });

  it.each(NOT_CHAT)("%s: %j is more than chat", (language, text) => {
    expect(chatOnly(text, language)).toBeNull();
  });

  it.each(["es", "pt", "fr", "de"] as const)("%s meets each kind of small talk briefly, in its own words", (language) => {
    const copy: Copy = copyFor(language);
    const replies = copy.smallTalk!;
    for (const [kind, reply] of Object.entries(replies)) {
      expect(reply.length, kind).toBeLessThanOrEqual(200);
      expect(reply).not.toMatch(/\b(?:therapy|therapist|you're|I'm)\b/);
    }
    for (const [, text, talk] of CHAT.filter(([candidate]) => candidate === language)) {
      const answer = composeOutOfScope(text, copy);
      expect(answer.text).toBe(talk === "about" ? copy.outOfScope.openings.about + copy.outOfScope.intro : replies[talk]);
    }
  });

  it("leaves English as it was: its patterns alone, and the other languages' never read English", () => {
    for (const text of ["ok", "bye", "how are you?", "cool", "see you later"]) {
      expect(smallTalk(text)).toBeNull();
      expect(composeOutOfScope(text).text).toMatch(/^I'm not sure I can help with that one\./);
    }
    expect(smallTalk("you're great")).toBe("praise_bot");
  });
});
