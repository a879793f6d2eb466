import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MarkerTable } from "../../../../functions/engine/marker-table.ts";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { ENGLISH_ANALYZER } from "../../../../functions/engine/retrieve/analyzer.ts";
import { answerDocument } from "../../../../functions/engine/retrieve/answer-document.ts";
import { buildIndex } from "../../../../functions/engine/retrieve/lexical-index.ts";
import { CHANGE_WORDS, PAIR_ONLY, QUESTION_WORDS } from "../../../../functions/engine/retrieve/lexicon.ts";
import { numberedRanking } from "../../../../functions/engine/retrieve/numbered-query.ts";
import { type Ranking, type Searchable, scoreAll, vocabularyOf } from "../../../../functions/engine/retrieve/rank.ts";
import { preparedWithTurns, prepareText } from "../../../../functions/engine/retrieve/tokenise.ts";
import { KNOWLEDGE_BASE } from "../../../../functions/knowledge/generated/knowledge-base.ts";
import { longMessages } from "../../../../scripts/bench/long-messages.ts";

const CORPUS = join(import.meta.dirname, "../../../corpus");

/** Every corpus text in every language (sealed splits left unread). */
function corpusTexts(): string[] {
  return readdirSync(CORPUS, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".json") && !file.includes("sealed"))
    .flatMap((file) => {
      const items = JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as unknown;
      return Array.isArray(items) ? items.flatMap((item) => (typeof item?.text === "string" ? [item.text as string] : [])) : [];
    });
}

/** The scores as bits (so that -0 and 0, or one ulp, would differ) and the threshold. */
function bits({ scored, threshold }: Ranking): string {
  const view = new DataView(new ArrayBuffer(8));
  return `${threshold} ${scored
    .map(({ id, score }) => {
      view.setFloat64(0, score);
      return `${id}:${view.getBigUint64(0).toString(16)}`;
    })
    .join(",")}`;
}

const builtIn: Searchable = { index: KNOWLEDGE_BASE.index, vocabulary: vocabularyOf(KNOWLEDGE_BASE.index) };

function expectSameRankings(searchable: Searchable, texts: readonly string[]): void {
  let differing = 0;
  for (const text of texts) {
    const message = normalise(text);
    const numbered = numberedRanking(message.text, searchable);
    expect(numbered).not.toBeNull();
    if (bits(numbered!) !== bits(scoreAll(message.text, [searchable]))) differing++;
  }
  expect(differing).toBe(0);
}

describe("numberedRanking", () => {
  it("scores every corpus text, the long stories and each in capitals as scoreAll does, bit for bit", { timeout: 60_000 }, () => {
    const texts = [...corpusTexts(), ...longMessages([1_000, 2_000, 4_000, 8_000]).map(({ text }) => text)];
    expect(texts.length).toBeGreaterThan(10_000);
    expectSameRankings(builtIn, [...texts, ...texts.map((text) => text.toUpperCase())]);
  });

  it("reads turns, questions, negations, words past 'therapist', typos and anchors as buildQuery does", () => {
    const index = buildIndex(
      [
        answerDocument({ id: "a", title: "Not helping", keywords: ["therapy not working"], samples: ["my therapist says we are stuck", "is it normal?"] }),
        answerDocument({ id: "b", title: "Shopping", keywords: ["good shop"], samples: ["where can i buy shoes", "she says we should"] }),
      ],
      ENGLISH_ANALYZER,
    );
    const small: Searchable = { index, vocabulary: vocabularyOf(index) };
    expectSameRankings(small, [
      "",
      "?!",
      "my therapist's office is comfy. anyway, know a good shop?",
      "i don't feel like therapy is helping, not at all not working",
      "my therapist says we are stuck. is it normal?",
      "thearpy not wroking... tl dr she says we should buy shoes",
      "is that normal? so my question is where can i buy shoes",
      "why does she say we?",
    ]);
  });

  it("finds the turning words in the phrase rules' pass as splitAtTurns' own search does", () => {
    const turning = new MarkerTable([[...CHANGE_WORDS, ...QUESTION_WORDS]]);
    for (const text of [...corpusTexts().slice(0, 2_000), "anyway my t says tl dr", "my question is", "tl", "", "btw can i tell if my th likes me"]) {
      const { prepared, turnsAtWords } = preparedWithTurns(text);
      expect(prepared).toBe(prepareText(text));
      expect(turnsAtWords).toBe(turning.marked(prepared)[0] === 1);
    }
    expect(preparedWithTurns("so my question is this").turnsAtWords).toBe(true);
    expect(preparedWithTurns("so my questions").turnsAtWords).toBe(false);
  });

  it("needs no pairs to place a message in therapy: no stem that counts only in pairs is an anchor", () => {
    for (const stem of PAIR_ONLY) expect(ENGLISH_ANALYZER.anchors(stem)).toBe(false);
  });

  it("finds a difference in one score's last bit", () => {
    const numbered = numberedRanking("how do i tell my therapist she upset me?", builtIn)!;
    const nudged = {
      ...numbered,
      scored: numbered.scored.map((entry, k) => (k === 0 ? { ...entry, score: entry.score * (1 + Number.EPSILON) || Number.MIN_VALUE } : entry)),
    };
    expect(bits(nudged)).not.toBe(bits(numbered));
  });
});
