import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import stories from "../corpus/misconduct-stories-sealed.json" with { type: "json" };
import { type EvaluationReport, percent } from "./report.ts";

interface Story {
  text: string;
  expect: "redirect" | "benign";
  category: string;
}

/**
 * Misconduct told as a story (issue 20: at least 95% redirected), written in round 3's sixth session and committed
 * before any cue changed: stories of a therapist's conduct the cues had not seen, and near misses that must stay
 * ordinary questions. Printed only; its messages are not (a sealed split).
 */
export function misconductStoriesEvaluation(rows: readonly Story[] = stories as Story[]): EvaluationReport {
  const replies = rows.map((row) => {
    const answer = answerMessage({ text: row.text }, { config: DEFAULT_CONFIG });
    return {
      row,
      misconduct: answer.kind === "redirect" && answer.reason === "therapist_misconduct",
      triaged: answer.kind === "redirect" || answer.kind === "crisis",
    };
  });
  const told = replies.filter(({ row }) => row.expect === "redirect");
  const nearMisses = replies.filter(({ row }) => row.expect === "benign");
  const redirected = told.filter(({ misconduct }) => misconduct).length;
  const flagged = nearMisses.filter(({ triaged }) => triaged).length;
  return {
    title: "Misconduct told as a story (sealed)",
    lines: [
      `${rows.length} messages (test/corpus/misconduct-stories-sealed.json): ${told.length} stories of misconduct, ${nearMisses.length} near misses.`,
      `Stories redirected as therapist misconduct: ${percent(redirected / told.length)} (${redirected}/${told.length})`,
      `Near misses redirected or answered as a crisis: ${flagged} of ${nearMisses.length}`,
    ],
    failures: [],
  };
}
