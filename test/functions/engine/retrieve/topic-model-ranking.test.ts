import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { analyzerFor } from "../../../../functions/engine/retrieve/language-analyzers.ts";
import { rank, scoreAll, vocabularyOf } from "../../../../functions/engine/retrieve/rank.ts";
import { bestTwo, chooseWithModel, hasTopicModel } from "../../../../functions/engine/retrieve/topic-model-ranking.ts";
import { KNOWLEDGE_BASES } from "../../../../functions/knowledge/generated/knowledge-bases.ts";

const CORPUS = join(import.meta.dirname, "../../../corpus");

/** A language's corpus texts (sealed splits left unread). */
function corpusTexts(language: string): string[] {
  return readdirSync(join(CORPUS, language))
    .filter((file) => file.endsWith(".json") && !file.includes("sealed"))
    .flatMap((file) => {
      const items = JSON.parse(readFileSync(join(CORPUS, language, file), "utf8")) as unknown;
      return Array.isArray(items) ? items.flatMap((item) => (typeof item?.text === "string" ? [item.text as string] : [])) : [];
    });
}

describe("choosing a language's topic from unsorted scores", () => {
  it("bestTwo finds what sorting best first puts first and second, the first of equals first", () => {
    const scored = [
      { id: "a", score: 1 },
      { id: "b", score: 3 },
      { id: "c", score: 3 },
      { id: "d", score: 2 },
    ];
    const sorted = [...scored].sort((x, y) => y.score - x.score);
    expect(bestTwo(scored)).toEqual({ best: sorted[0], second: sorted[1]!.score });
    expect(bestTwo(scored).best?.id).toBe("b");
    expect(bestTwo([{ id: "a", score: 0 }])).toEqual({ best: { id: "a", score: 0 }, second: Number.NEGATIVE_INFINITY });
    expect(bestTwo([]).best).toBeUndefined();
  });

  it("chooseWithModel chooses from the index's order what it chose from rank's order, on every corpus text", { timeout: 60_000 }, () => {
    const languages = Object.keys(KNOWLEDGE_BASES).filter(hasTopicModel);
    expect(languages.length).toBeGreaterThan(0);
    for (const language of languages) {
      const { index } = KNOWLEDGE_BASES[language]!;
      const searchable = { index, vocabulary: vocabularyOf(index) };
      const analyzer = analyzerFor(language);
      let differing = 0;
      for (const text of corpusTexts(language)) {
        const message = normalise(text);
        const sorted = rank(message.text, [searchable], analyzer);
        const unsorted = scoreAll(message.text, [searchable], analyzer);
        const before = chooseWithModel(language, message.text, sorted.scored, sorted.threshold, index, analyzer);
        const after = chooseWithModel(language, message.text, unsorted.scored, unsorted.threshold, index, analyzer);
        if (JSON.stringify(before) !== JSON.stringify(after)) differing++;
      }
      expect(differing).toBe(0);
    }
  });
});
