// `npx node scripts/bench/ab-engines.ts <old-checkout> [new-checkout] [batches] [parts]`: two engines in one process,
// timed in alternating batches (old, new, then new, old, …), so that both meet the same load on a shared machine.
// CPU time (user + system) per message, the best and the median batch of each; "new/old" below 1 is faster.
// A checkout is a directory with the repository at some commit (`git worktree add /tmp/old <commit>`, with
// node_modules). The messages and contexts are this checkout's (scripts/bench/engine.ts), the same for both.
import { resolve } from "node:path";
import { CORPUS_TEXTS, contextsFor } from "./engine.ts";
import { storyWithCrisis, storyWithQuestion } from "./long-messages.ts";

interface Engine {
  answer: (request: { text: string; locale: string; context?: string[] }, context: { config: unknown }) => unknown;
  config: unknown;
}

async function engineAt(checkout: string): Promise<Engine> {
  const { answerMessage } = await import(resolve(checkout, "functions/engine/answer-message.ts"));
  const { DEFAULT_CONFIG } = await import(resolve(checkout, "shared/schemas/community-config.ts"));
  return { answer: answerMessage, config: DEFAULT_CONFIG };
}

const [oldCheckout, newCheckout = resolve(import.meta.dirname, "../.."), batchArgument = "9", partsArgument] = process.argv.slice(2);
if (!oldCheckout) throw new Error("Usage: ab-engines.ts <old-checkout> [new-checkout] [batches] [parts, comma-separated]");
const batches = Number(batchArgument);
const engines = [await engineAt(oldCheckout), await engineAt(newCheckout)] as const;

const contexts = contextsFor(CORPUS_TEXTS);
/** The corpus messages of more than 250 characters: the slowest 5%, where the engine's p99 lies. */
const long = CORPUS_TEXTS.flatMap((text, index) => (text.length > 250 ? [{ text, context: contexts[index]! }] : []));
const story = storyWithQuestion(6_000);
const fullContext = Array.from({ length: 5 }, (_, index) => story.slice(index * 1_000, (index + 1) * 1_000));

/** Each part answers some messages and says how many. */
const PARTS: Record<string, (engine: Engine) => number> = {
  corpus: ({ answer, config }) => {
    for (const text of CORPUS_TEXTS) answer({ text, locale: "en-GB" }, { config });
    return CORPUS_TEXTS.length;
  },
  "corpus with context": ({ answer, config }) => {
    for (const [index, text] of CORPUS_TEXTS.entries()) answer({ text, locale: "en-GB", context: contexts[index]! }, { config });
    return CORPUS_TEXTS.length;
  },
  "longest 5%": ({ answer, config }) => {
    for (let round = 0; round < 4; round++) for (const { text } of long) answer({ text, locale: "en-GB" }, { config });
    return 4 * long.length;
  },
  "longest 5% with context": ({ answer, config }) => {
    for (let round = 0; round < 4; round++) for (const { text, context } of long) answer({ text, locale: "en-GB", context }, { config });
    return 4 * long.length;
  },
  "4,000-character question": ({ answer, config }) => {
    const text = storyWithQuestion(4_000);
    for (let round = 0; round < 60; round++) answer({ text, locale: "en-GB" }, { config });
    return 60;
  },
  "4,000-character crisis": ({ answer, config }) => {
    const text = storyWithCrisis(4_000);
    for (let round = 0; round < 60; round++) answer({ text, locale: "en-GB" }, { config });
    return 60;
  },
  "largest context": ({ answer, config }) => {
    const text = story.slice(5_000);
    for (let round = 0; round < 40; round++) answer({ text, locale: "en-GB", context: fullContext }, { config });
    return 40;
  },
};

const chosen = partsArgument?.split(",") ?? Object.keys(PARTS);
const best = (values: readonly number[]) => Math.min(...values);
const middle = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const micros = (value: number) => value.toFixed(0).padStart(5);
for (const name of chosen) {
  const part = PARTS[name];
  if (!part) throw new Error(`No part "${name}": ${Object.keys(PARTS).join(", ")}`);
  for (const engine of engines) for (let warm = 0; warm < 2; warm++) part(engine);
  const times: [number[], number[]] = [[], []];
  for (let batch = 0; batch < batches; batch++) {
    for (const which of batch % 2 === 0 ? [0, 1] : [1, 0]) {
      const before = process.cpuUsage();
      const answered = part(engines[which]!);
      const { user, system } = process.cpuUsage(before);
      times[which]!.push((user + system) / answered);
    }
  }
  const [old, current] = times;
  console.log(
    `${name.padEnd(24)} µs CPU/message  old best ${micros(best(old))} median ${micros(middle(old))} | new best ${micros(best(current))} median ${micros(middle(current))} | new/old ${(best(current) / best(old)).toFixed(2)}, ${(middle(current) / middle(old)).toFixed(2)}`,
  );
}
