import type { EvaluationReport } from "./report.ts";
import { holdoutEvaluation, retrievalEvaluation } from "./retrieval-evaluation.ts";
import { triageEvaluation } from "./triage-evaluation.ts";

export function allEvaluations(): EvaluationReport[] {
  return [triageEvaluation(), retrievalEvaluation(), holdoutEvaluation()];
}
