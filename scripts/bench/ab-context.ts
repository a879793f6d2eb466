// `npx node scripts/bench/ab-context.ts <old-checkout> [new-checkout] [batches]`: the conversation's reading alone
// (assessConversationRisk, given the message's own reading as answerMessage gives it), two checkouts in one process,
// timed in alternating batches. The messages and contexts are this checkout's (scripts/bench/engine.ts: each corpus
// message that is not a crisis alone, with the five corpus messages before it); CPU µs per message, the best and the
// median batch, over all of them, those with over 900 characters of context, and those whose message carries a signal
// of its own (the conversation is then read as one text too). "new/old" below 1 is faster.
import { resolve } from "node:path";
import { CORPUS_TEXTS, contextsFor } from "./engine.ts";

interface Item {
  message: unknown;
  own: { risk: { level: string }; probability: number; verdict: { result: { kind: string } | null } };
  context: string[];
}

async function readerAt(checkout: string) {
  const load = (path: string) => import(resolve(checkout, path));
  const { assessConversationRisk } = await load("functions/engine/context/conversation-risk.ts");
  const { normalise } = await load("functions/engine/normalise/normalise.ts");
  const { judgeInLanguages } = await load("functions/engine/triage/judge-in-languages.ts");
  const { ENGLISH } = await load("functions/engine/triage/packs.ts");
  const { scorerFor } = await load("functions/engine/triage/pack-scorers.ts");
  const readers = { pack: ENGLISH, scorer: scorerFor(ENGLISH) };
  const contexts = contextsFor(CORPUS_TEXTS);
  const items: Item[] = CORPUS_TEXTS.map((text, index) => {
    const message = normalise(text);
    return { message, own: judgeInLanguages(message, "en", [ENGLISH]).own, context: contexts[index]! };
  }).filter(({ own }) => own.risk.level !== "crisis");
  const read = (subset: readonly Item[]) => {
    for (const { message, own, context } of subset) assessConversationRisk(message, context, readers, own);
    return subset.length;
  };
  return { items, read, checkIn: readers.scorer.thresholds.checkIn as number };
}

const [oldCheckout, newCheckout = resolve(import.meta.dirname, "../.."), batchArgument = "9"] = process.argv.slice(2);
if (!oldCheckout) throw new Error("Usage: ab-context.ts <old-checkout> [new-checkout] [batches]");
const readers = [await readerAt(oldCheckout), await readerAt(newCheckout)] as const;
const SETS: Record<string, (items: readonly Item[], checkIn: number) => Item[]> = {
  "every message": (items) => [...items],
  "over 900 characters of context": (items) => items.filter(({ context }) => context.join("\n").length > 900),
  "a signal in the message": (items, checkIn) =>
    items.filter(({ own }) => own.risk.level === "check_in" || own.verdict.result?.kind === "crisis" || own.probability >= checkIn / 2),
};
const best = (values: readonly number[]) => Math.min(...values);
const middle = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [name, pick] of Object.entries(SETS)) {
  const subsets = readers.map((reader) => pick(reader.items, reader.checkIn));
  const repetitions = Math.max(1, Math.round(3_000 / subsets[0]!.length));
  readers.forEach((reader, which) => {
    for (let warm = 0; warm < 2; warm++) reader.read(subsets[which]!);
  });
  const times: [number[], number[]] = [[], []];
  for (let batch = 0; batch < Number(batchArgument); batch++) {
    for (const which of batch % 2 === 0 ? [0, 1] : [1, 0]) {
      const before = process.cpuUsage();
      let read = 0;
      for (let pass = 0; pass < repetitions; pass++) read += readers[which]!.read(subsets[which]!);
      const { user, system } = process.cpuUsage(before);
      times[which]!.push((user + system) / read);
    }
  }
  const [old, current] = times;
  console.log(
    `${name.padEnd(31)} (${String(subsets[0]!.length).padStart(4)})  µs CPU/message  old best ${best(old).toFixed(1).padStart(6)} median ${middle(old).toFixed(1).padStart(6)} | new best ${best(current).toFixed(1).padStart(6)} median ${middle(current).toFixed(1).padStart(6)} | new/old ${(best(current) / best(old)).toFixed(2)}, ${(middle(current) / middle(old)).toFixed(2)}`,
  );
}
