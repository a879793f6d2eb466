import type { TextAnalyzer } from "./analyzer.ts";
import { CONTEXT_WEIGHT, type Query } from "./query.ts";

/**
 * Words (as stems) that place a message in therapy: "my T", "my counsellor", "sessions", any
 * "therap…" word, and a few terms of art nobody uses elsewhere.
 */
export const ANCHORS: ReadonlySet<string> = new Set([
  "therapist",
  "therapi",
  "session",
  "client",
  "allianc",
  "ruptur",
  "confidenti",
  "transference",
  "countertransference",
  "cbt",
  "dbt",
  "emdr",
  "psychodynam",
  "psychoanalysi",
]);

/** Below this score the best topic is not a confident match, and the reply is out of scope. */
export const MIN_SCORE = 2.5;
/**
 * A message that never mentions therapy ("why does she say we?") must match a topic more strongly:
 * in a busy channel, most such messages are about something else.
 */
export const MIN_SCORE_UNANCHORED = 8;
/** …unless it speaks of someone ("is it okay to ask what she thinks of me?"), who may well be the therapist. */
export const MIN_SCORE_PRONOUN = 5;

/** Not by an earlier subject: "my therapist's office is comfy. anyway, know a good shop?" is not anchored. */
export function minimumScore(query: Query, text: string, analyzer: Pick<TextAnalyzer, "anchors" | "pronoun">): number {
  for (const [term, weight] of query) {
    if (weight >= CONTEXT_WEIGHT && analyzer.anchors(term)) return MIN_SCORE;
  }
  return analyzer.pronoun.test(text) ? MIN_SCORE_PRONOUN : MIN_SCORE_UNANCHORED;
}
