import { CUSTOM_ANSWER_TOPIC_PREFIX, type CustomAnswer, customAnswerTopic, type ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import { DECOY_PREFIX } from "../../knowledge/decoys.ts";
import { KNOWLEDGE_BASE } from "../../knowledge/generated/knowledge-base.ts";
import { KNOWLEDGE_BASES } from "../../knowledge/generated/knowledge-bases.ts";
import { TOPIC_MODEL } from "../../knowledge/generated/topic-model-en.ts";
import { TOPIC_VECTORS } from "../../knowledge/generated/topic-vectors.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import { answerDocument } from "./answer-document.ts";
import { analyzerFor } from "./language-analyzers.ts";
import { buildIndex } from "./lexical-index.ts";
import { type DocumentScores, numberedRanking, numberedScores } from "./numbered-query.ts";
import type { Query } from "./query.ts";
import { type Ranking, rank, type Searchable, scoreAll, understand, vocabularyOf } from "./rank.ts";
import { allCosines, meaningMeasure, semanticSimilarity } from "./semantic.ts";
import { MIN_SCORE } from "./threshold.ts";
import { bestTwo, chooseWithModel, hasTopicModel } from "./topic-model-ranking.ts";
import {
  checkedTopicModel,
  classProbabilities,
  classProbability,
  classScores,
  modelInputInOrder,
  modelInputOfScores,
  type TopicModelData,
  type TopicModelInput,
} from "./topic-model-retrieval.ts";

/** A ranked entry: a built-in topic, a decoy, or (as `custom:<id>` in the index) a community's own answer. */
export interface TopicMatch {
  /** The entry's id in the index. */
  topic: string;
  /** The words' score (BM25F) plus the meaning's bonus: the order of the matches. */
  score: number;
  /** The words' score alone (BM25F): what the confidence threshold applies to. */
  words: number;
  /** The best cosine between the message and the topic's sample questions (built-in English topics). */
  similarity?: number;
  /** The language of the knowledge base the topic was found in (English when absent). */
  language?: string;
  /** The learned topic model's probability for the topic (built-in English topics). */
  probability?: number;
}

/** What retrieval found: a built-in topic (in `language`'s knowledge base, English when absent) or a community's own answer. */
export type RetrievedMatch = ({ source: "topic"; topic: string; language?: string } | { source: "custom"; answer: CustomAnswer }) &
  Pick<TopicMatch, "score" | "words" | "similarity" | "probability">;

/**
 * A built-in topic whose sample questions come close in meaning gains `weight` per unit of cosine above
 * `floor`: words the samples never use still help choose it. Tuned on the development corpus
 * (scripts/kb/tune-semantic.ts), checked on the held-out batches.
 */
export const SEMANTIC = { weight: 6, floor: 0.55 };

/**
 * Whether the learned topic model chooses among the built-in topics and out of scope (see `learnedChoice`); off, the
 * words and meaning choose as they did before it (scripts/kb/topic-model-cv.ts compares the two).
 */
export const LEARNED = { enabled: true };

/**
 * More than meaning can add to a topic's score: a cosine is at most 1, and 1.05 allows for the topic rows' rounding
 * (a row of 64 bytes rounded from 127 × a unit vector is at most 131 long).
 */
function maxMeaningBonus(): number {
  return SEMANTIC.weight * (1.05 - SEMANTIC.floor);
}

// The typo vocabulary is derived here rather than shipped (it would repeat the index's terms, ~2.5 KiB gzip),
// on the first message rather than at start-up.
let builtIn: Searchable | undefined;
const builtInSearchable = (): Searchable => (builtIn ??= { index: KNOWLEDGE_BASE.index, vocabulary: vocabularyOf(KNOWLEDGE_BASE.index) });

/**
 * The best knowledge-base topic for the message, or null when out of scope: in the message's language when it has
 * topics (then a community's own answers), else in English's, where the learned topic model chooses among the built-in
 * topics and out of scope, unless the words put a community's own answer first (`bestMatch`).
 */
export function retrieve(message: NormalisedMessage, config: ResolvedCommunityConfig, language = "en"): RetrievedMatch | null {
  const found = bestMatch(message, config, language);
  return found && retrievedMatch(found, config);
}

/** A ranked entry as what it is: the community's answer itself rather than its index id. */
export function retrievedMatch({ topic, language, ...scores }: TopicMatch, config: ResolvedCommunityConfig): RetrievedMatch {
  if (!topic.startsWith(CUSTOM_ANSWER_TOPIC_PREFIX)) return { source: "topic", topic, ...(language === undefined ? {} : { language }), ...scores };
  const id = topic.slice(CUSTOM_ANSWER_TOPIC_PREFIX.length);
  const answer = config.customAnswers.find((custom) => custom.id === id);
  if (!answer) throw new Error(`No custom answer ${id}`);
  return { source: "custom", answer, ...scores };
}

function bestMatch(message: NormalisedMessage, config: ResolvedCommunityConfig, language: string): TopicMatch | null {
  if (language !== "en" && Object.hasOwn(KNOWLEDGE_BASES, language)) {
    // A language with its own topics does not take English's: English words matched in another language's text pick
    // the wrong topic, in the wrong language. A community's own answers still count.
    return retrieveIn(language, message, config) ?? bestCustomAnswer(message, config);
  }
  const disabled = config.disabledTopics;
  // Most communities have no answers of their own: the model then reads the built-in topics' scores as numbers.
  if (LEARNED.enabled && config.customAnswers.length === 0) {
    const numbered = numberedScores(message.text, builtInSearchable());
    if (numbered) return learnedChoice(message, numbered, disabled);
  }
  const ranking = builtInRanking(message.text, config);
  const { scored, threshold } = ranking;
  // The learned topic model decides whether and which built-in topic answers; the words and meaning alone decide only
  // whether a community's own answer does (the model knows only the built-in topics), and everything when it is off.
  if (LEARNED.enabled && config.customAnswers.length === 0) return learnedChoice(message, ranking, disabled);
  // A community's own answers set their own scope ("where are the server rules?"), so they need no mention of therapy.
  // Without the model, whether anything answers is the words' call; meaning only chooses among the topics they let through.
  const answers = (id: string, words: number) => words >= (id.startsWith(CUSTOM_ANSWER_TOPIC_PREFIX) ? MIN_SCORE : threshold) && !disabled.includes(id);
  let top: { id: string; score: number } | undefined;
  for (const entry of scored) if ((!top || entry.score > top.score) && answers(entry.id, entry.score)) top = entry;
  if (!top) return LEARNED.enabled ? learnedChoice(message, ranking, disabled) : null;
  // Meaning adds less than maxMeaningBonus(): a topic further behind on words than that cannot win, and needs no vector.
  const bonus = maxMeaningBonus();
  const measure = meaningMeasure(message);
  const contender = (words: number) => words >= threshold && words > top.score - bonus;
  const scoredWithMeaning = (id: string, words: number) => withMeaning(id, words, contender(words) ? measure(id) : undefined);
  // Nor can any topic whose words and the most meaning could add fall short of the best words' own total.
  const floor = scoredWithMeaning(top.id, top.score).score;
  let best: TopicMatch | null = null;
  for (const { id, score: words } of scored) {
    if (!answers(id, words) || words + bonus < floor) continue;
    const match = scoredWithMeaning(id, words);
    if (!best || match.score > best.score || (match.score === best.score && match.words > best.words)) best = match;
  }
  // A community's own answer the words chose stands.
  if (!LEARNED.enabled || best?.topic.startsWith(CUSTOM_ANSWER_TOPIC_PREFIX)) return best && !best.topic.startsWith(DECOY_PREFIX) ? best : null;
  return learnedChoice(message, ranking, disabled);
}

let topicModel: TopicModelData | undefined;
const builtInTopicModel = (): TopicModelData => (topicModel ??= checkedTopicModel(TOPIC_MODEL, TOPIC_VECTORS.topics, TOPIC_VECTORS.dimensions));

/** The learned model's scores of the classes (the topics in its order, out of scope last). */
function learnedScores(message: NormalisedMessage, ranking: Ranking | DocumentScores): { scores: Float64Array; input: TopicModelInput } {
  const model = builtInTopicModel();
  const { ids } = KNOWLEDGE_BASE.index;
  const input =
    "scores" in ranking
      ? modelInputOfScores(model.topics, ids, ranking.scores, ranking.threshold, allCosines(message), DECOY_PREFIX)
      : modelInputInOrder(model.topics, ids, ranking.scored, ranking.threshold, allCosines(message), DECOY_PREFIX);
  return { scores: classScores(model, input), input };
}

/**
 * Whether and which built-in topic answers: the learned topic model's most likely class among the topics the
 * community has not disabled and out of scope (scripts/kb/train-english-topic-model.ts). It reads the words' scores (decoys
 * included) and the meaning, so a question whose words fall short of the threshold can still be answered when its
 * meaning and words together point to one topic, and one whose words pass can still be out of scope.
 */
function learnedChoice(message: NormalisedMessage, ranking: Ranking | DocumentScores, disabled: readonly string[]): TopicMatch | null {
  const model = builtInTopicModel();
  const { scores, input } = learnedScores(message, ranking);
  const out = model.topics.length;
  let best = out;
  for (let k = 0; k < out; k++) if (scores[k]! > scores[best]! && !disabled.includes(model.topics[k]!)) best = k;
  if (best === out) return null;
  return {
    // The match's meaning is its closest sample's cosine, as everywhere else (the model read the centroid's): one topic's rows.
    ...withMeaning(model.topics[best]!, input.words[best]!, input.meaning ? meaningMeasure(message)(model.topics[best]!) : undefined),
    probability: classProbability(scores, best),
  };
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
  const searchable = languageSearchable(language);
  const analyzer = analyzerFor(language);
  // In the index's order: only the best is needed, or all of them best first where the model reads them (it sorts them).
  const { scored, threshold } = scoreAll(message.text, [searchable], analyzer);
  const disabled = new Set(config.disabledTopics);
  const open = scored.filter(({ id }) => !disabled.has(id));
  if (hasTopicModel(language)) {
    const chosen = chooseWithModel(language, message.text, open, threshold, searchable.index, analyzer);
    return chosen && { topic: chosen.id, score: chosen.score, words: chosen.words, language };
  }
  const { best } = bestTwo(open);
  return best && best.score >= threshold ? { topic: best.id, score: best.score, words: best.score, language } : null;
}

/**
 * The community's own answer the words let through, best first (the sources' order on a tie), as `rankTopics` would
 * list it; meaning and the built-in topics' ranking do not bear on it, so neither is worked out.
 */
function bestCustomAnswer(message: NormalisedMessage, config: ResolvedCommunityConfig): TopicMatch | null {
  if (config.customAnswers.length === 0) return null;
  const disabled = config.disabledTopics;
  let best: TopicMatch | null = null;
  for (const { id, score } of scoreAll(message.text, searchables(config)).scored) {
    if (!id.startsWith(CUSTOM_ANSWER_TOPIC_PREFIX) || score < MIN_SCORE || disabled.includes(id)) continue;
    if (!best || score > best.score) best = { topic: id, score, words: score };
  }
  return best;
}

/** `scoreAll` over the community's sources: the built-in topics alone (most communities) by term numbers. */
function builtInRanking(text: string, config: ResolvedCommunityConfig): Ranking {
  return (config.customAnswers.length === 0 && numberedRanking(text, builtInSearchable())) || scoreAll(text, searchables(config));
}

function searchables(config: ResolvedCommunityConfig): Searchable[] {
  return config.customAnswers.length > 0 ? [builtInSearchable(), customAnswersSearchable(config.customAnswers)] : [builtInSearchable()];
}

/** Meaning only orders the topics the words already let through: the others need no vector. */
function passing(scored: readonly { id: string; score: number }[], threshold: number): Set<string> {
  const ids = new Set<string>();
  for (const { id, score } of scored) if (score >= threshold) ids.add(id);
  return ids;
}

function withMeaning(id: string, words: number, cosine: number | undefined): TopicMatch {
  if (cosine === undefined) return { topic: id, score: words, words };
  return { topic: id, score: words + SEMANTIC.weight * Math.max(0, cosine - SEMANTIC.floor), words, similarity: cosine };
}

export interface TopicRanking {
  /** Every topic the community has not disabled, its custom answers, and the out-of-scope decoys, best first. */
  matches: TopicMatch[];
  /** The score the best one needs to be answered with. */
  threshold: number;
  /** The learned topic model's probability that the message is out of scope (its topics' are on `matches`). */
  outOfScope: number;
}

export function rankTopics(message: NormalisedMessage, config: ResolvedCommunityConfig): TopicRanking {
  const disabled = new Set(config.disabledTopics);
  const ranking = rank(message.text, searchables(config));
  const { scored, threshold } = ranking;
  const similarity = semanticSimilarity(message, passing(scored, threshold));
  const model = builtInTopicModel();
  const probabilities = classProbabilities(learnedScores(message, ranking).scores);
  const probabilityOf = new Map(model.topics.map((id, k) => [id, probabilities[k]!]));
  const matches = scored
    .filter(({ id }) => !disabled.has(id))
    .map(({ id, score }) => {
      const match = withMeaning(id, score, similarity.get(id));
      const probability = probabilityOf.get(id);
      return probability === undefined ? match : { ...match, probability };
    })
    .sort((a, b) => b.score - a.score);
  return { matches, threshold, outOfScope: probabilities[model.topics.length]! };
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
    answers.map((answer) => answerDocument({ id: customAnswerTopic(answer.id), title: answer.title, keywords: [], samples: answer.sampleQuestions })),
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
