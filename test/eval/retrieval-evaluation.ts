import * as z from "zod/mini";
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import corpus from "../corpus/questions.json" with { type: "json" };
import { percent, table, type EvaluationReport } from "./report.ts";

/** The suite fails when fewer in-scope questions than this get the right topic first. */
export const MIN_TOP1_ACCURACY = 0.9;
/** …or when out-of-scope replies are this often wrong, or this often missing. */
export const MIN_OUT_OF_SCOPE_PRECISION = 0.85;
export const MIN_OUT_OF_SCOPE_RECALL = 0.85;

const CorpusSchema = z.array(
  z.object({ text: z.string().check(z.minLength(1)), topic: z.nullable(z.string()), category: z.string().check(z.minLength(1)) }),
);
type Labelled = z.infer<typeof CorpusSchema>[number];

const OUT = "(out of scope)";

/**
 * Runs every question of test/corpus/questions.json through the whole engine (triage first, as in
 * production) and compares the topic it answers with (or none) to the label.
 */
export function retrievalEvaluation(): EvaluationReport {
  const questions = CorpusSchema.parse(corpus);
  const results = questions.map((question) => ({ question, got: predictedTopic(question) }));
  const inScope = results.filter(({ question }) => question.topic !== null);
  const top1 = share(inScope, ({ question, got }) => got === question.topic);
  const predictedOut = results.filter(({ got }) => got === null);
  const labelledOut = results.filter(({ question }) => question.topic === null);
  const precision = share(predictedOut, ({ question }) => question.topic === null);
  const recall = share(labelledOut, ({ got }) => got === null);

  const lines = [
    `${questions.length} questions: ${inScope.length} in scope over ${new Set(inScope.map(({ question }) => question.topic)).size} topics, ${labelledOut.length} out of scope.`,
    "",
    `Top-1 topic accuracy (in scope): ${percent(top1)}`,
    `Out-of-scope precision: ${percent(precision)}  recall: ${percent(recall)}`,
    `Overall (out of scope counted as a label): ${percent(share(results, ({ question, got }) => got === question.topic))}`,
    "",
    ...table(["topic", "n", "top-1"], groupRows(inScope, ({ question }) => question.topic!)),
    "",
    ...table(["category", "n", "correct"], groupRows(results, ({ question }) => question.category)),
    "",
    "Most common confusions (expected → got):",
    ...confusions(results),
  ];
  const failures: string[] = [];
  if (top1 < MIN_TOP1_ACCURACY) failures.push(`top-1 accuracy ${percent(top1)} is below ${percent(MIN_TOP1_ACCURACY)}`);
  if (precision < MIN_OUT_OF_SCOPE_PRECISION) failures.push(`out-of-scope precision ${percent(precision)} is below ${percent(MIN_OUT_OF_SCOPE_PRECISION)}`);
  if (recall < MIN_OUT_OF_SCOPE_RECALL) failures.push(`out-of-scope recall ${percent(recall)} is below ${percent(MIN_OUT_OF_SCOPE_RECALL)}`);
  return { title: "Knowledge base", lines, failures };
}

/** The topic the engine answered with; null when it did not answer from the knowledge base. */
function predictedTopic(question: Labelled): string | null {
  const answer = answerMessage({ text: question.text }, { config: DEFAULT_CONFIG });
  return answer.kind === "answer" ? answer.topic : null;
}

interface Result {
  question: Labelled;
  got: string | null;
}

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.length === 0 ? 1 : items.filter(predicate).length / items.length;
}

function groupRows(results: readonly Result[], key: (result: Result) => string): (string | number)[][] {
  const groups = new Map<string, Result[]>();
  for (const result of results) groups.set(key(result), [...(groups.get(key(result)) ?? []), result]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, items]) => [name, items.length, percent(share(items, ({ question, got }) => got === question.topic))]);
}

function confusions(results: readonly Result[]): string[] {
  const counts = new Map<string, number>();
  for (const { question, got } of results) {
    if (got === question.topic) continue;
    const pair = `${question.topic ?? OUT} → ${got ?? OUT}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12);
  return top.length === 0 ? ["  (none)"] : top.map(([pair, count]) => `  ${String(count).padStart(3)}  ${pair}`);
}
