import { answerMessage } from "../../functions/engine/answer-message.ts";
import { MAX_CONTEXT_MESSAGES } from "../../shared/schemas/answer.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import corpus from "../corpus/conversations.json" with { type: "json" };
import { type EvaluationReport, percent, table } from "./report.ts";

type Level = "crisis" | "check_in" | "none";

/** One turn of test/corpus/conversations.json, judged with the turns before it (at most five) as `context`. */
export interface ConversationTurn {
  text: string;
  expect: Level;
  reason?: string;
}

export interface Conversation {
  id: string;
  split: "sealed" | "dev";
  category: string;
  turns: ConversationTurn[];
}

/**
 * Floors for the conversation corpus, per split, with context: below the sealed split's first run
 * (docs/conversations.md), high enough that a regression shows. The sealed split has 17 crisis turns, so
 * one turn is 5.9 points: crisis recall allows three misses (a retrained scorer moved one turn, see the doc). Most crisis replies where none was
 * expected are the message-level engine's own (it gets them without context too); the context's own
 * false alarms have their own ceiling.
 */
export const CONVERSATION_FLOORS = { crisisRecall: 0.8, riskRecall: 0.85, maxFalseCrisis: 0.3, maxRaisedWrongly: 0.1 } as const;

interface Tally {
  turns: number;
  crisis: number;
  crisisCaught: number;
  atRisk: number;
  atRiskAsked: number;
  notCrisis: number;
  falseCrisis: number;
  calm: number;
  calmAlarmed: number;
  /** Turns the context raised above what the message alone got, and above what was expected. */
  raisedWrongly: number;
}

export function conversationEvaluation(
  conversations: readonly Conversation[] = corpus.conversations as Conversation[],
  splits: readonly string[] = ["sealed", "dev"],
): EvaluationReport {
  const lines = [
    `${conversations.length} conversations, ${conversations.reduce((sum, conversation) => sum + conversation.turns.length, 0)} turns (test/corpus/conversations.json); each turn judged with the member's earlier turns (at most ${MAX_CONTEXT_MESSAGES}) as \`context\`, and alone for comparison. The sealed split's first run is the headline (docs/conversations.md).`,
  ];
  const failures: string[] = [];
  for (const split of splits) {
    const chosen = conversations.filter((conversation) => conversation.split === split);
    const withContext = new Map<string, Tally>([["all", emptyTally()]]);
    const alone = emptyTally();
    const wrong: string[] = [];
    for (const conversation of chosen) {
      conversation.turns.forEach((turn, index) => {
        const context = conversation.turns.slice(Math.max(0, index - MAX_CONTEXT_MESSAGES), index).map((earlier) => earlier.text);
        const got = level(answerMessage({ text: turn.text, context }, { config: DEFAULT_CONFIG }).kind);
        const gotAlone = level(answerMessage({ text: turn.text }, { config: DEFAULT_CONFIG }).kind);
        let category = withContext.get(conversation.category);
        if (!category) withContext.set(conversation.category, (category = emptyTally()));
        for (const tally of [withContext.get("all")!, category]) {
          count(tally, turn.expect, got);
          if (RANK[got] > RANK[gotAlone] && RANK[got] > RANK[turn.expect]) tally.raisedWrongly++;
        }
        count(alone, turn.expect, gotAlone);
        if (got !== turn.expect)
          wrong.push(`  ${conversation.id}#${index + 1} [${conversation.category}] ${turn.expect} → ${got} (alone: ${gotAlone}): ${turn.text.slice(0, 100)}`);
      });
    }
    const all = withContext.get("all")!;
    lines.push(
      "",
      `### ${split} (${chosen.length} conversations)`,
      "",
      ...table(
        ["", "turns", "crisis recall", "at risk asked", "crisis where none", "calm alarmed", "raised wrongly by context"],
        [...[...withContext.entries()].map(([name, tally]) => row(name === "all" ? "with context" : `  ${name}`, tally)), row("message alone", alone)],
      ),
    );
    // A sealed split is measured, never read while tuning: its turns are counted, not printed.
    if (wrong.length > 0 && split === "sealed") lines.push("", `${wrong.length} turns not as expected (the sealed split's turns are not printed).`);
    else if (wrong.length > 0) lines.push("", "Not as expected (expected → with context):", ...wrong);
    if (ratio(all.crisisCaught, all.crisis) < CONVERSATION_FLOORS.crisisRecall)
      failures.push(
        `${split}: crisis recall across turns ${percent(ratio(all.crisisCaught, all.crisis))} is below ${percent(CONVERSATION_FLOORS.crisisRecall)}`,
      );
    if (ratio(all.atRiskAsked, all.atRisk) < CONVERSATION_FLOORS.riskRecall)
      failures.push(
        `${split}: at-risk turns asked or answered as crises ${percent(ratio(all.atRiskAsked, all.atRisk))}, below ${percent(CONVERSATION_FLOORS.riskRecall)}`,
      );
    if (ratio(all.falseCrisis, all.notCrisis) > CONVERSATION_FLOORS.maxFalseCrisis)
      failures.push(
        `${split}: ${percent(ratio(all.falseCrisis, all.notCrisis))} of turns that are not crises got a crisis reply (at most ${percent(CONVERSATION_FLOORS.maxFalseCrisis)})`,
      );
    if (all.raisedWrongly / Math.max(1, all.turns) > CONVERSATION_FLOORS.maxRaisedWrongly)
      failures.push(
        `${split}: the context raised ${all.raisedWrongly} of ${all.turns} turns above their label (at most ${percent(CONVERSATION_FLOORS.maxRaisedWrongly)})`,
      );
  }
  lines.push(
    "",
    "crisis recall: crisis turns answered with a crisis reply. at risk asked: crisis and check-in turns that got either. crisis where none: turns that are not crises (calm or check-in) given a crisis reply. calm alarmed: calm turns given a crisis reply or a check-in. raised wrongly by context: turns the context lifted above both the message alone and the label (the context's own false alarms; the rest are the message-level engine's).",
  );
  return { title: "Conversations (risk across turns)", lines, failures };
}

const RANK: Record<Level, number> = { none: 0, check_in: 1, crisis: 2 };

function level(kind: string): Level {
  return kind === "crisis" || kind === "check_in" ? kind : "none";
}

function count(tally: Tally, expected: Level, got: Level): void {
  tally.turns++;
  if (expected === "crisis") {
    tally.crisis++;
    if (got === "crisis") tally.crisisCaught++;
  } else {
    tally.notCrisis++;
    if (got === "crisis") tally.falseCrisis++;
  }
  if (expected !== "none") {
    tally.atRisk++;
    if (got !== "none") tally.atRiskAsked++;
  } else {
    tally.calm++;
    if (got !== "none") tally.calmAlarmed++;
  }
}

function row(name: string, tally: Tally): string[] {
  const cell = (part: number, whole: number) => `${percent(ratio(part, whole))} (${part}/${whole})`;
  return [
    name,
    String(tally.turns),
    cell(tally.crisisCaught, tally.crisis),
    cell(tally.atRiskAsked, tally.atRisk),
    cell(tally.falseCrisis, tally.notCrisis),
    cell(tally.calmAlarmed, tally.calm),
    String(tally.raisedWrongly),
  ];
}

function emptyTally(): Tally {
  return { turns: 0, crisis: 0, crisisCaught: 0, atRisk: 0, atRiskAsked: 0, notCrisis: 0, falseCrisis: 0, calm: 0, calmAlarmed: 0, raisedWrongly: 0 };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
