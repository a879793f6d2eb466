import type { CustomAnswer, ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import { DECOY_PREFIX } from "../../knowledge/decoys.ts";
import { KNOWLEDGE_BASE } from "../../knowledge/generated/knowledge-base.ts";
import { KNOWLEDGE_BASES } from "../../knowledge/generated/knowledge-bases.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import { answerDocument } from "./answer-document.ts";
import { analyzerFor } from "./language-analyzers.ts";
import { buildIndex } from "./lexical-index.ts";
import type { Query } from "./query.ts";
import { rank, understand, vocabularyOf, type Searchable } from "./rank.ts";
import { semanticSimilarity } from "./semantic.ts";
import { MIN_SCORE } from "./threshold.ts";

export interface TopicMatch {
  /** A built-in topic id, or `custom:<id>` for a community's own answer. */
  topic: string;
  /** The words' score (BM25F) plus the meaning's bonus: the order of the matches. */
  score: number;
  /** The words' score alone (BM25F): what the confidence threshold applies to. */
  words: number;
  /** The best cosine between the message and the topic's sample questions (built-in English topics). */
  similarity?: number;
  /** The language of the knowledge base the topic was found in (English when absent). */
  language?: string;
}

/**
 * A built-in topic whose sample questions come close in meaning gains `weight` per unit of cosine above
 * `floor`: words the samples never use still help choose it. Tuned on the development corpus
 * (scripts/kb/tune-semantic.ts), checked on the held-out batches.
 */
export const SEMANTIC = { weight: 6, floor: 0.55 };

export const CUSTOM_PREFIX = "custom:";

// The typo vocabulary is derived here rather than shipped (it would repeat the index's terms, ~2.5 KiB gzip),
// on the first message rather than at start-up.
let builtIn: Searchable | undefined;
const builtInSearchable = (): Searchable => (builtIn ??= { index: KNOWLEDGE_BASE.index, vocabulary: vocabularyOf(KNOWLEDGE_BASE.index) });

/**
 * The best knowledge-base topic for the message, or null below the confidence threshold: in the message's language
 * when it has topics (then a community's own answers), else in English's.
 */
export function retrieve(message: NormalisedMessage, config: ResolvedCommunityConfig, language = "en"): TopicMatch | null {
  const ownTopics = language !== "en" && Object.hasOwn(KNOWLEDGE_BASES, language);
  if (ownTopics) {
    const found = retrieveIn(language, message, config);
    if (found) return found;
  }
  const { matches, threshold } = rankTopics(message, config);
  // A language with its own topics does not take English's: English words matched in another language's text pick
  // the wrong topic, in the wrong language. A community's own answers still count.
  if (ownTopics) {
    const custom = matches.find(({ topic, words }) => topic.startsWith(CUSTOM_PREFIX) && words >= MIN_SCORE);
    return custom ?? null;
  }
  // A community's own answers set their own scope ("where are the server rules?"), so they need no mention of therapy.
  // Whether anything answers is the words' call; meaning only chooses among the topics the words let through.
  const best = matches.find(({ topic, words }) => words >= (topic.startsWith(CUSTOM_PREFIX) ? MIN_SCORE : threshold));
  return best && !best.topic.startsWith(DECOY_PREFIX) ? best : null;
}

const languageSearchables = new Map<string, Searchable>();

function languageSearchable(language: string): Searchable {
  let searchable = languageSearchables.get(language);
  if (!searchable) {
    const { index } = KNOWLEDGE_BASES[language]!;
    languageSearchables.set(language, (searchable = { index, vocabulary: vocabularyOf(index) }));
  }
  return searchable;
}

/** A language's own topics, by the words alone (the meaning's word vectors are English). */
function retrieveIn(language: string, message: NormalisedMessage, config: ResolvedCommunityConfig): TopicMatch | null {
  const { scored, threshold } = rank(message.text, [languageSearchable(language)], analyzerFor(language));
  const disabled = new Set(config.disabledTopics);
  const best = scored.find(({ id }) => !disabled.has(id));
  return best && best.score >= threshold ? { topic: best.id, score: best.score, words: best.score, language } : null;
}

export interface TopicRanking {
  /** Every topic the community has not disabled, its custom answers, and the out-of-scope decoys, best first. */
  matches: TopicMatch[];
  /** The score the best one needs to be answered with. */
  threshold: number;
}

export function rankTopics(message: NormalisedMessage, config: ResolvedCommunityConfig): TopicRanking {
  const sources = config.customAnswers.length > 0 ? [builtInSearchable(), customAnswersSearchable(config.customAnswers)] : [builtInSearchable()];
  const disabled = new Set(config.disabledTopics);
  const { scored, threshold } = rank(message.text, sources);
  // Meaning only orders the topics the words already let through: the others need no vector.
  const similarity = semanticSimilarity(message, new Set(scored.filter(({ score }) => score >= threshold).map(({ id }) => id)));
  const matches = scored
    .filter(({ id }) => !disabled.has(id))
    .map(({ id, score }) => {
      const cosine = similarity.get(id);
      if (cosine === undefined) return { topic: id, score, words: score };
      return { topic: id, score: score + SEMANTIC.weight * Math.max(0, cosine - SEMANTIC.floor), words: score, similarity: cosine };
    })
    .sort((a, b) => b.score - a.score);
  return { matches, threshold };
}

/**
 * A community's custom answers are indexed on first use and kept for the isolate's life (a few
 * milliseconds for the maximum of 30), keyed by their content so an edit is picked up at once.
 */
const customIndexes = new Map<string, Searchable>();
const CUSTOM_INDEXES_KEPT = 32;

/** The same by the list itself: a cached config hands every request the same list, so most skip building the key. */
const customIndexesByList = new WeakMap<readonly CustomAnswer[], Searchable>();

function customAnswersSearchable(answers: readonly CustomAnswer[]): Searchable {
  const seen = customIndexesByList.get(answers);
  if (seen) return seen;
  const searchable = customAnswersSearchableByContent(answers);
  customIndexesByList.set(answers, searchable);
  return searchable;
}

function customAnswersSearchableByContent(answers: readonly CustomAnswer[]): Searchable {
  const key = JSON.stringify(answers.map(({ id, title, sampleQuestions }) => [id, title, sampleQuestions]));
  const cached = customIndexes.get(key);
  if (cached) return cached;
  const index = buildIndex(
    answers.map((answer) =>
      answerDocument({ id: `${CUSTOM_PREFIX}${answer.id}`, title: answer.title, keywords: [], samples: answer.sampleQuestions }),
    ),
  );
  const searchable = { index, vocabulary: vocabularyOf(index) };
  if (customIndexes.size >= CUSTOM_INDEXES_KEPT) customIndexes.delete(customIndexes.keys().next().value!);
  customIndexes.set(key, searchable);
  return searchable;
}

/** The weighted terms retrieval reads in a message (for `npm run ask -- --explain`). */
export function understandMessage(message: NormalisedMessage): Query {
  return understand(message.text, [builtInSearchable()]);
}
