import type { CrisisReason } from "../../../../shared/schemas/answer.ts";
import type { MessageScan } from "../find-cues.ts";
import { type Combination, scoreClause } from "./score-clause.ts";

/** One combination this strong is a crisis; weaker ones count when they add up across the message. */
const CLAUSE_THRESHOLD = 3;
const MESSAGE_THRESHOLD = 4;

export interface RiskScore {
  reason: CrisisReason;
  combinations: Combination[];
}

/**
 * The second, independent layer of crisis detection: a risk lexicon scored per clause (see
 * score-clause.ts), on the clauses with figures of speech masked, skipping clauses about the past and
 * messages that are plainly joking, and clauses holding none of its anchor words. Each distinct
 * combination counts once in the message's total.
 */
export function riskScore(scan: MessageScan): RiskScore | null {
  const combinations: Combination[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (let index = 0; index < scan.clauseCount; index++) {
    if (!scan.marked(index)) continue;
    const found = scoreClause(scan.clause(index));
    if (found.length === 0 || scan.tense(index) === "past") continue;
    for (const combination of found) {
      const key = `${combination.name}:${combination.holder}`;
      if (seen.has(key)) continue;
      seen.add(key);
      combinations.push(combination);
      total += combination.weight;
      if (combination.weight >= CLAUSE_THRESHOLD || total >= MESSAGE_THRESHOLD) return scan.joking ? null : { reason: reasonOf(combinations), combinations };
    }
  }
  return null;
}

function reasonOf(combinations: readonly Combination[]): CrisisReason {
  return combinations.some((combination) => combination.holder === "self") ? "suicide_self_harm" : "someone_else_at_risk";
}
