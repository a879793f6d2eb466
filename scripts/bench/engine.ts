import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG, type ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import questions from "../../test/corpus/questions.json" with { type: "json" };
import triage from "../../test/corpus/triage.json" with { type: "json" };
import { type LongMessage, longMessages, storyWithQuestion } from "./long-messages.ts";
import { ascending, median, quantile } from "./stats.ts";

/** Every message of both evaluation corpora. */
export const CORPUS_TEXTS: readonly string[] = [...triage, ...questions].map(({ text }) => text);

export interface CorpusFigures {
  messages: number;
  rounds: number;
  /** Over the messages, each message's median time across rounds (µs). */
  p50: number;
  p99: number;
  max: number;
  /** Over every single call, pauses for garbage collection included (µs). */
  pooledP99: number;
  /** Process CPU time (user + system) over the timed rounds, per message (µs). */
  cpuPerMessage: number;
}

export interface LengthFigures extends LongMessage {
  /** Median time of one answer (µs). */
  micros: number;
  kind: string;
}

/** A community with the most custom answers allowed (30, of 10 sample questions each): a second index to search. */
export const MANY_CUSTOM_ANSWERS: ResolvedCommunityConfig = {
  ...DEFAULT_CONFIG,
  customAnswers: Array.from({ length: 30 }, (_, i) => ({
    id: `answer-${i}`,
    title: `Community answer number ${i}`,
    answer: "A moderator's answer.",
    sampleQuestions: Array.from({ length: 10 }, (_, j) => `where do I find community thing ${i} part ${j}?`),
  })),
};

const answer = (text: string, config = DEFAULT_CONFIG, context?: readonly string[]) =>
  answerMessage({ text, locale: "en-GB", ...(context ? { context: [...context] } : {}) }, { config });

function elapsedMicros(text: string, config?: ResolvedCommunityConfig, context?: readonly string[]): number {
  const started = process.hrtime.bigint();
  answer(text, config, context);
  return Number(process.hrtime.bigint() - started) / 1000;
}

/** The five corpus messages before each one, as a member's earlier messages (`context`): chat-sized, mixed risk. */
export function contextsFor(texts: readonly string[]): string[][] {
  return texts.map((_, index) => Array.from({ length: 5 }, (__, back) => texts[(index - 5 + back + texts.length) % texts.length]!));
}

/**
 * The engine in-process, warm: a warm-up pass over the corpus first, then `rounds` timed passes,
 * each message timed alone. A message's figure is its median across rounds, so another process
 * taking the core for a moment does not count against it; the pooled p99 and the CPU time per
 * message include everything (garbage collection too).
 */
export function measureCorpus(
  texts: readonly string[] = CORPUS_TEXTS,
  rounds = 15,
  config = DEFAULT_CONFIG,
  contexts?: readonly (readonly string[])[],
): CorpusFigures {
  for (let pass = 0; pass < 2; pass++) for (const [index, text] of texts.entries()) answer(text, config, contexts?.[index]);
  const perMessage = texts.map(() => [] as number[]);
  const pooled: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    texts.forEach((text, index) => {
      const micros = elapsedMicros(text, config, contexts?.[index]);
      perMessage[index]!.push(micros);
      pooled.push(micros);
    });
  }
  const cpu = process.cpuUsage(cpuBefore);
  const medians = ascending(perMessage.map(median));
  return {
    messages: texts.length,
    rounds,
    p50: quantile(medians, 0.5),
    p99: quantile(medians, 0.99),
    max: quantile(medians, 1),
    pooledP99: quantile(ascending(pooled), 0.99),
    cpuPerMessage: (cpu.user + cpu.system) / pooled.length,
  };
}

/** How the time per message grows with its length: each message timed `repetitions` times after a warm-up. */
export function measureLengths(lengths: readonly number[] = [100, 1_000, 4_000], repetitions = 200): LengthFigures[] {
  return longMessages(lengths).map((message) => {
    const { kind } = answer(message.text);
    for (let index = 0; index < 20; index++) answer(message.text);
    const times = Array.from({ length: repetitions }, () => elapsedMicros(message.text));
    return { ...message, kind, micros: median(times) };
  });
}

export interface FullContextFigures {
  /** Characters of the message and of each of its five context messages. */
  messageLength: number;
  contextLength: number;
  kind: string;
  /** Median time of one answer without the context, then with it (µs). */
  aloneMicros: number;
  micros: number;
}

/** The largest context the contract allows: a long story told in five 1,000-character messages, then the last 1,000 characters with the question. */
export function measureFullContext(repetitions = 200): FullContextFigures {
  const story = storyWithQuestion(6_000);
  const context = Array.from({ length: 5 }, (_, index) => story.slice(index * 1_000, (index + 1) * 1_000));
  const text = story.slice(5_000);
  const { kind } = answer(text, DEFAULT_CONFIG, context);
  for (let index = 0; index < 20; index++) answer(text, DEFAULT_CONFIG, context);
  const aloneMicros = median(Array.from({ length: repetitions }, () => elapsedMicros(text)));
  const micros = median(Array.from({ length: repetitions }, () => elapsedMicros(text, DEFAULT_CONFIG, context)));
  return { messageLength: text.length, contextLength: context[0]!.length, kind, aloneMicros, micros };
}
