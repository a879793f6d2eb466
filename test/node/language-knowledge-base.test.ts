import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzerFor } from "../../functions/engine/retrieve/language-analyzers.ts";
import { rank, vocabularyOf } from "../../functions/engine/retrieve/rank.ts";
import { compileKnowledgeBase, knowledgeBaseModule } from "../../scripts/kb/compile.ts";
import { KNOWLEDGE_BASES } from "../../functions/knowledge/generated/knowledge-bases.ts";
import type { TopicSource } from "../../functions/knowledge/topic-source.ts";
import { generatedModuleOf, readTopics, topicLanguages } from "../../scripts/kb/read-topics.ts";

/** Spanish topics made up here (the real ones live in shared/content/topics/es/), to prove a language's index and queries meet. */
function topic(id: string, title: string, keywords: string[], samples: string[]): TopicSource {
  return { id, title, keywords, related: ["trust"], samples, followUps: [], lead: "Una respuesta breve.", nudge: "Háblalo con tu terapeuta.", body: "Texto." };
}
const SPANISH: TopicSource[] = [
  topic("confidentiality", "La confidencialidad en terapia", ["confidencialidad", "secreto profesional", "privacidad"], ["¿mi terapeuta le puede contar a mis padres lo que le digo?", "¿lo que digo en sesión es confidencial?", "¿quién puede leer mis notas de terapia?"]),
  topic("first-session", "La primera sesión", ["primera sesión", "primera cita", "empezar terapia"], ["¿qué pasa en la primera sesión con un psicólogo?", "estoy nerviosa por mi primera cita con la terapeuta", "¿cómo es empezar terapia?"]),
  topic("changing-therapist", "Cambiar de terapeuta", ["cambiar de terapeuta", "otro psicólogo", "no encajo"], ["¿está bien cambiar de terapeuta si no encajo?", "quiero otro psicólogo, ¿es grosero?", "¿cómo le digo que quiero cambiar de terapeuta?"]),
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

  it("writes a module that names the language's topics, and the registry lists every language with topics", () => {
    expect(knowledgeBaseModule(base, "es")).toContain("shared/content/topics/es/*.md");
    expect(Object.keys(KNOWLEDGE_BASES).sort()).toEqual(topicLanguages().sort());
    for (const language of topicLanguages()) {
      expect(existsSync(generatedModuleOf(language)), language).toBe(true);
      expect(readFileSync(generatedModuleOf(language), "utf8"), `${language}: run npm run build:kb`).toBe(knowledgeBaseModule(compileKnowledgeBase(readTopics(".", language), language), language));
    }
  });
});
