import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod/mini";
import { answerMessage } from "../../functions/engine/answer-message.ts";
import type { Answer } from "../../shared/schemas/answer.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import { type EvaluationReport, percent, table } from "./report.ts";

/**
 * Real questions about therapy, written by people who never saw Alliance (issue 20). Their text is public but
 * not ours, so it is never committed: `npx node scripts/data/prepare-external.ts` rebuilds the JSONL from a pinned
 * snapshot, and only our labels are committed, keyed by a hash of the text. Labelled from the question alone
 * before the engine ever ran on them, measured once, and never tuned on: there are no floors here.
 */
export const REAL_QUESTION_LABELS = "test/corpus/real-questions-labels.json";

/** What the right reply is: a topic, a redirect with its reason, or the out-of-scope intro. */
const EXPECT = /^(topic:[a-z0-9][a-z0-9-]*|redirect:(diagnosis|medication|personal_therapy|therapist_misconduct)|out_of_scope)$/;

export const RealQuestionLabelsSchema = z.object({
  /** The JSONL the labels were written for, relative to the repository (see docs/knowledge-base.md). */
  source: z.string().check(z.regex(/^test\/corpus\/external\/[a-z0-9-]+\.jsonl$/)),
  labels: z.array(
    z.object({
      hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
      expect: z.string().check(z.regex(EXPECT, { message: "must be topic:<id>, redirect:<reason> or out_of_scope" })),
    }),
  ),
});
export type RealQuestionLabels = z.infer<typeof RealQuestionLabelsSchema>;

export interface RealQuestion {
  text: string;
  expect: string;
}

/** A stable key for a text: the same question, however its spaces or Unicode forms were written, has one hash. */
export function questionHash(text: string): string {
  const canonical = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(canonical, "utf8").digest("hex").slice(0, 16);
}

/** Joins labels to the texts of a prepared JSONL (one `{"text": …}` object a line); labels with no text are counted. */
export function joinLabels(labels: RealQuestionLabels, jsonl: string): { questions: RealQuestion[]; missing: number } {
  const texts = new Map<string, string>();
  for (const line of jsonl.split("\n")) {
    if (line.trim() === "") continue;
    const { text } = z.object({ text: z.string() }).parse(JSON.parse(line));
    texts.set(questionHash(text), text);
  }
  const questions = labels.labels.flatMap(({ hash, expect }) => {
    const text = texts.get(hash);
    return text === undefined ? [] : [{ text, expect }];
  });
  return { questions, missing: labels.labels.length - questions.length };
}

/** The committed labels joined to the prepared texts, or why that is not possible on this machine. */
export function loadRealQuestions(root = "."): { questions: RealQuestion[]; missing: number; source: string } | { unavailable: string } {
  const labelsPath = join(root, REAL_QUESTION_LABELS);
  if (!existsSync(labelsPath)) return { unavailable: `${REAL_QUESTION_LABELS} is not there` };
  const labels = RealQuestionLabelsSchema.parse(JSON.parse(readFileSync(labelsPath, "utf8")));
  const jsonlPath = join(root, labels.source);
  if (!existsSync(jsonlPath)) {
    return { unavailable: `${labels.source} is not there: run npx node scripts/data/prepare-external.ts (docs/knowledge-base.md)` };
  }
  return { ...joinLabels(labels, readFileSync(jsonlPath, "utf8")), source: labels.source };
}

/** What the engine did, in the labels' terms. */
export function replyLabel(answer: Pick<Answer, "kind" | "topic" | "reason">): string {
  if (answer.kind === "answer") return `topic:${answer.topic}`;
  if (answer.kind === "redirect") return `redirect:${answer.reason}`;
  if (answer.kind === "out_of_scope") return "out_of_scope";
  return `${answer.kind}:${answer.reason}`;
}

/** Every real question through the whole engine (triage first, as in production), against its label. */
export function realQuestionEvaluation(questions: readonly RealQuestion[], missing = 0): EvaluationReport {
  const results = questions.map((question) => ({ question, got: replyLabel(answerMessage({ text: question.text }, { config: DEFAULT_CONFIG })) }));
  const share = (items: typeof results) => (items.length === 0 ? 1 : items.filter(({ question, got }) => got === question.expect).length / items.length);
  const kindOf = (expect: string) => expect.split(":")[0]!;
  const kinds = [...new Set(results.map(({ question }) => kindOf(question.expect)))].sort();
  const counts = new Map<string, number>();
  for (const { question, got } of results) {
    if (got !== question.expect) counts.set(`${question.expect} → ${got}`, (counts.get(`${question.expect} → ${got}`) ?? 0) + 1);
  }
  const confusions = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12);
  return {
    title: "Real questions (measured, never tuned on)",
    lines: [
      `${results.length} labelled questions${missing > 0 ? ` (${missing} labels found no text in this copy of the source)` : ""}.`,
      "",
      `Right topic, redirect or out of scope: ${percent(share(results))}`,
      `Crisis or check-in replies: ${results.filter(({ got }) => got.startsWith("crisis") || got.startsWith("check_in")).length}`,
      "",
      ...table(
        ["expected", "n", "right"],
        kinds.map((kind) => {
          const items = results.filter(({ question }) => kindOf(question.expect) === kind);
          return [kind, items.length, percent(share(items))];
        }),
      ),
      "",
      "Most common confusions (expected → got):",
      ...(confusions.length === 0 ? ["  (none)"] : confusions.map(([pair, count]) => `  ${String(count).padStart(3)}  ${pair}`)),
    ],
    failures: [],
  };
}
