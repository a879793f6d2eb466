import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzerFor } from "../../../functions/engine/retrieve/language-analyzers.ts";
import { rank, vocabularyOf } from "../../../functions/engine/retrieve/rank.ts";
import { KNOWLEDGE_BASES } from "../../../functions/knowledge/generated/knowledge-bases.ts";
import type { TopicSource } from "../../../functions/knowledge/topic-source.ts";
import { compileKnowledgeBase, knowledgeBaseModule } from "../../../scripts/kb/compile.ts";
import { generatedModuleOf, readTopics, topicLanguages } from "../../../scripts/kb/read-topics.ts";

/** Spanish topics made up here (the real ones live in shared/content/topics/es/), to prove a language's index and queries meet. */
function topic(id: string, title: string, keywords: string[], samples: string[]): TopicSource {
  return { id, title, keywords, related: ["trust"], samples, followUps: [], lead: "Una respuesta breve.", nudge: "Háblalo con tu terapeuta.", body: "Texto." };
}
const SPANISH: TopicSource[] = [
  topic(
    "confidentiality",
    "La confidencialidad en terapia",
    ["confidencialidad", "secreto profesional", "privacidad"],
    ["¿mi terapeuta le puede contar a mis padres lo que le digo?", "¿lo que digo en sesión es confidencial?", "¿quién puede leer mis notas de terapia?"],
  ),
  topic(
    "first-session",
    "La primera sesión",
    ["primera sesión", "primera cita", "empezar terapia"],
    ["¿qué pasa en la primera sesión con un psicólogo?", "estoy nerviosa por mi primera cita con la terapeuta", "¿cómo es empezar terapia?"],
  ),
  topic(
    "changing-therapist",
    "Cambiar de terapeuta",
    ["cambiar de terapeuta", "otro psicólogo", "no encajo"],
    ["¿está bien cambiar de terapeuta si no encajo?", "quiero otro psicólogo, ¿es grosero?", "¿cómo le digo que quiero cambiar de terapeuta?"],
  ),
];

describe("a language's knowledge base", () => {
  const base = compileKnowledgeBase(SPANISH, "es");
  const searchable = [{ index: base.index, vocabulary: vocabularyOf(base.index) }];
  const best = (text: string) => {
    const { scored, threshold } = rank(text, searchable, analyzerFor("es"));
    return scored[0] && scored[0].score >= threshold ? scored[0].id : null;
  };

  it("is indexed with the language's analyzer: accents folded, plurals and endings stemmed, stop words dropped", () => {
    const es = analyzerFor("es");
    expect(es.stems(es.prepare("Las TERAPEUTAS y los terapeutas"))).toEqual(["terapeut", "terapeut"]);
    expect(es.stems(es.prepare("sesión")).join()).toBe(es.stems(es.prepare("sesiones")).join());
    expect(analyzerFor("de").stems(analyzerFor("de").prepare("Meine Therapeutin, meine Therapeuten"))).toEqual(["therapeut", "therapeut"]);
    expect(analyzerFor("fr").stems(analyzerFor("fr").prepare("les séances")).join()).toBe(analyzerFor("fr").stems("seance").join());
    expect(analyzerFor("it")).toBe(analyzerFor("en"));
    expect(Object.keys(base.index.postings).some((term) => /[^a-z ]/.test(term))).toBe(false);
  });

  it("answers questions the samples never used, without accents, and leaves other talk alone", () => {
    expect(best("mi psicologa puede contarle a mis papas lo q le digo??")).toBe("confidentiality");
    expect(best("que pasa en las primeras sesiones de terapia")).toBe("first-session");
    expect(best("es normal querer cambiar de terapeuta")).toBe("changing-therapist");
    expect(best("alguien juega minecraft hoy")).toBeNull();
  });

  it("reads the words for a session, and for one's therapist, as one word in every language", () => {
    const same = (language: string, a: string, b: string) => {
      const analyzer = analyzerFor(language);
      expect(analyzer.stems(analyzer.prepare(a)), `${language}: ${a} / ${b}`).toEqual(analyzer.stems(analyzer.prepare(b)));
    };
    same("de", "Stunde", "Sitzung");
    same("de", "Termine", "Sitzungen");
    same("fr", "session", "séance");
    same("fr", "sessions", "séances");
    same("es", "cita", "sesión");
    same("pt", "consulta", "sessão");
    same("pt", "minha psicóloga", "minha terapeuta");
    same("es", "mi psico", "mi terapeuta");
    same("es", "el turno con la psicóloga", "la sesión con el terapeuta");
    expect(analyzerFor("de").stems("stunde")).not.toEqual(analyzerFor("de").stems("therapie"));
    expect(analyzerFor("es").stems("terapia")).not.toEqual(analyzerFor("es").stems("terapeuta"));
  });

  it("drops German's contracted prepositions as it drops the prepositions ('beim' as 'bei')", () => {
    const de = analyzerFor("de");
    expect(de.stems(de.prepare("beim Psychologen, vom Termin, ins Gespräch"))).toEqual(de.stems(de.prepare("bei Psychologen, von Termin, in Gespräch")));
    // "hält" folds to "halt", so the filler "halt" cannot be a stop word: "was hält sie von mir" needs its verb.
    expect(de.stems(de.prepare("was hält sie von mir"))).not.toEqual([]);
  });

  it("keeps the pronouns of 'we' as terms: the topic about the therapist's 'we' is found by its key word", () => {
    const stems = (language: string, text: string) => analyzerFor(language).stems(analyzerFor(language).prepare(text));
    expect(stems("de", "warum sagt sie wir")).toContain("wir");
    expect(stems("de", "unser Prozess")).toHaveLength(2);
    expect(stems("de", "unsere Arbeit")).toHaveLength(2);
    expect(stems("fr", "pourquoi elle dit nous")).toHaveLength(3);
    expect(stems("fr", "on va voir ça")).toContain("on");
    expect(stems("es", "dice nosotros")).toHaveLength(2);
    // Portuguese "nós" (we) is "a gente", not the "nos" of "em + os" that accents folded would make of it.
    expect(stems("pt", "por que ela diz nós")).toEqual(stems("pt", "por que ela diz a gente"));
    expect(stems("pt", "nos dias")).not.toContain("gent");
  });

  it("reads German umlauts typed as 'ae', 'oe', 'ue' as the umlauts, and leaves 'neue', 'Feuer', 'Quelle' alone", () => {
    const de = analyzerFor("de");
    expect(de.prepare("Erstgespraech fuer muede Leute, schoen")).toBe(de.prepare("Erstgespräch für müde Leute, schön"));
    expect(de.prepare("neue Feuer Quelle Bauer")).toBe("neue feuer quelle bauer");
    expect(analyzerFor("fr").prepare("soeur")).toBe("soeur");
  });

  it("reads a German compound by the parts the index knows, at build time and in every message", () => {
    const de = analyzerFor("de");
    const known = new Set(["therapi", "verhalt", "sitz"]);
    const has = (term: string) => known.has(term);
    expect(de.stems(de.prepare("Verhaltenstherapie"), has)).toEqual(["verhalt", "therapi"]);
    expect(de.stems(de.prepare("nach der Therapiestunde"), has)).toEqual(["therapi", "sitz"]);
    known.add("verhaltenstherapi");
    expect(de.stems(de.prepare("Verhaltenstherapie"), new Set(known).has.bind(known))).toEqual(["verhaltenstherapi", "verhalt", "therapi"]);
    // Without a known head, or too short to hold two words, a word stays whole.
    expect(de.stems(de.prepare("Schweigepflicht"), has)).toEqual(["schweigepflicht"]);
    expect(de.stems(de.prepare("verstehen"), has)).toEqual(de.stems(de.prepare("verstehen")));
    // Other languages do not split words.
    expect(analyzerFor("fr").stems("psychotherapie", has)).toEqual(analyzerFor("fr").stems("psychotherapie"));
    // A word the index does not know, with no known head, is read by its longest known modifier of five letters or more
    // ("Vertrauens|verhältnis"); a verb's particle is not one ("rein|versetzen").
    const withTrust = new Set([...known, "vertrau", "rein"]);
    expect(de.stems(de.prepare("Vertrauensverhältnis"), (term) => withTrust.has(term))).toEqual(["vertrau"]);
    expect(de.stems(de.prepare("reinversetzen"), (term) => withTrust.has(term))).toEqual(de.stems(de.prepare("reinversetzen")));

    const german = compileKnowledgeBase(
      [
        {
          ...topic("how-therapy-works", "Wie Therapie funktioniert", ["therapie", "verhalten"], ["wie läuft therapie ab"]),
          lead: "Kurz.",
          nudge: "Sprich darüber.",
        },
        {
          ...topic("missed-sessions", "Verpasste Stunden", ["stunde verpasst", "absagen"], ["ich habe eine stunde vergessen"]),
          lead: "Kurz.",
          nudge: "Sprich darüber.",
        },
      ],
      "de",
    );
    const search = [{ index: german.index, vocabulary: vocabularyOf(german.index) }];
    const top = (text: string) => rank(text, search, de).scored[0]!.id;
    expect(top("was ist eigentlich eine verhaltenstherapie")).toBe("how-therapy-works");
    expect(top("ich hab die therapiesitzung verpasst")).toBe("missed-sessions");
  });

  it("reads a German separable verb whose particle closes its clause as the joined verb the index knows", () => {
    const de = analyzerFor("de");
    const known = new Set(["ansprech", "zuhor", "absag", "einweis"]);
    const has = (term: string) => known.has(term);
    const stems = (text: string) => de.stems(de.prepare(text), has);
    expect(stems("wie spreche ich das an?")).toContain("ansprech");
    expect(stems("sie hört mir nie zu, oder")).toContain("zuhor");
    expect(stems("ich sage die Stunde ab und dann")).toContain("absag");
    expect(stems("weist er mich dann ein")).toContain("einweis");
    // Not where the particle is a preposition inside the clause, nor a join the index does not know, nor without an index.
    expect(stems("ich spreche an der uni")).not.toContain("ansprech");
    expect(stems("ich gehe heute an")).toEqual(de.stems(de.prepare("ich gehe heute an")));
    expect(de.stems(de.prepare("wie spreche ich das an?"))).not.toContain("ansprech");
    // Other languages have no separable verbs.
    expect(analyzerFor("fr").stems("sprech an", has)).toEqual(analyzerFor("fr").stems("sprech an"));
  });

  it("writes a module that names the language's topics, and the registry lists every language with topics", () => {
    expect(knowledgeBaseModule(base, "es")).toContain("shared/content/topics/es/*.md");
    expect(Object.keys(KNOWLEDGE_BASES).sort()).toEqual(topicLanguages().sort());
    for (const language of topicLanguages()) {
      expect(existsSync(generatedModuleOf(language)), language).toBe(true);
      expect(readFileSync(generatedModuleOf(language), "utf8"), `${language}: run npm run build:kb`).toBe(
        knowledgeBaseModule(compileKnowledgeBase(readTopics(".", language), language), language),
      );
    }
  });
});
