import * as z from "zod/mini";
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { smallTalk } from "../../functions/engine/compose/small-talk.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import dev from "../corpus/chat-chatter.json" with { type: "json" };
import sealed from "../corpus/chat-chatter-sealed.json" with { type: "json" };
import { type EvaluationReport, percent, table } from "./report.ts";

const ChatterSchema = z.array(
  z.object({
    text: z.string().check(z.minLength(1)),
    /** small_talk: praise, thanks, greetings, "what are you?"; out_of_scope: chatter and help with anything else. */
    expect: z.enum(["small_talk", "out_of_scope", "topic"]),
    topic: z.optional(z.string()),
    category: z.string().check(z.minLength(1)),
  }),
);
type Row = z.infer<typeof ChatterSchema>[number];

/** The issue's target: of the chatter Alliance answers as out of scope, at least 95% should be chatter. */
export const CHATTER_FLOORS = { precision: 0.95, recall: 0.95 };

/** Ordinary Discord/Slack chatter: is it kept out of the knowledge base, and is small talk met briefly? */
export function chatterEvaluation(): EvaluationReport {
  return evaluate("Chat chatter (dev split)", ChatterSchema.parse(dev), true);
}

/** The sealed split: written and committed before any tuning, measured here only. */
export function chatterSealedEvaluation(): EvaluationReport {
  return evaluate("Chat chatter (sealed split)", ChatterSchema.parse(sealed), false);
}

interface Result {
  row: Row;
  kind: string;
  topic: string | null;
  talk: boolean;
  chars: number;
}

function evaluate(title: string, rows: readonly Row[], enforce: boolean): EvaluationReport {
  const results: Result[] = rows.map((row) => {
    const answer = answerMessage({ text: row.text }, { config: DEFAULT_CONFIG });
    return {
      row,
      kind: answer.kind,
      topic: answer.kind === "answer" ? answer.topic : null,
      talk: answer.kind === "out_of_scope" && smallTalk(row.text) !== null,
      chars: answer.text.length,
    };
  });
  const chatter = results.filter(({ row }) => row.expect !== "topic");
  const questions = results.filter(({ row }) => row.expect === "topic");
  const predictedOut = results.filter(({ kind }) => kind === "out_of_scope");
  const precision = share(predictedOut, ({ row }) => row.expect !== "topic");
  const recall = share(chatter, ({ kind }) => kind === "out_of_scope");
  const talk = results.filter(({ row }) => row.expect === "small_talk");
  const lines = [
    `${rows.length} messages: ${chatter.length} chatter (${talk.length} small talk and praise), ${questions.length} therapy questions.`,
    "",
    `Out-of-scope precision (answered as out of scope that are chatter): ${percent(precision)} (${predictedOut.filter(({ row }) => row.expect !== "topic").length}/${predictedOut.length})`,
    `Out-of-scope recall (chatter kept out of the knowledge base): ${percent(recall)} (${chatter.filter(({ kind }) => kind === "out_of_scope").length}/${chatter.length})`,
    `Chatter answered with a topic: ${chatter.filter(({ kind }) => kind === "answer").length}; as a crisis, check-in or redirect: ${chatter.filter(({ kind }) => kind !== "answer" && kind !== "out_of_scope").length}`,
    `Small talk and praise met as small talk: ${percent(share(talk, ({ talk: met }) => met))}; median reply ${median(talk.map(({ chars }) => chars))} characters`,
    `Therapy questions given their topic: ${percent(share(questions, ({ row, topic }) => topic === row.topic))} (${questions.filter(({ row, topic }) => topic === row.topic).length}/${questions.length})`,
    "",
    ...table(["category", "n", "right"], groupRows(results)),
    "",
    // The sealed split is measured, never read while tuning: its misses are counted, not printed.
    ...(enforce
      ? ["Wrong (expected → got):", ...wrong(results)]
      : [`Wrong: ${results.filter((result) => !isRight(result)).length} (the sealed split's messages are not printed).`]),
  ];
  const failures: string[] = [];
  if (enforce && precision < CHATTER_FLOORS.precision)
    failures.push(`chatter out-of-scope precision ${percent(precision)} is below ${percent(CHATTER_FLOORS.precision)}`);
  if (enforce && recall < CHATTER_FLOORS.recall) failures.push(`chatter out-of-scope recall ${percent(recall)} is below ${percent(CHATTER_FLOORS.recall)}`);
  return { title, lines, failures };
}

function isRight({ row, kind, topic, talk }: Result): boolean {
  if (row.expect === "topic") return topic === row.topic;
  if (row.expect === "small_talk") return talk;
  return kind === "out_of_scope";
}

function got({ kind, topic, talk }: Result): string {
  return kind === "answer" ? `topic ${topic}` : kind === "out_of_scope" ? (talk ? "small talk" : "out of scope") : kind;
}

function wrong(results: readonly Result[]): string[] {
  const lines = results
    .filter((result) => !isRight(result))
    .map(
      (result) =>
        `  [${result.row.category}] ${result.row.expect === "topic" ? `topic ${result.row.topic}` : result.row.expect.replace("_", " ")} → ${got(result)}: ${JSON.stringify(result.row.text)}`,
    );
  return lines.length === 0 ? ["  (none)"] : lines;
}

function groupRows(results: readonly Result[]): (string | number)[][] {
  const groups = new Map<string, Result[]>();
  for (const result of results) groups.set(result.row.category, [...(groups.get(result.row.category) ?? []), result]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, items]) => [name, items.length, percent(share(items, isRight))]);
}

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.length === 0 ? 1 : items.filter(predicate).length / items.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
