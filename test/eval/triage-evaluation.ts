import type { EvaluationReport } from "./report.ts";

// Placeholder until the triage corpus lands (issue 3).
export function triageEvaluation(): EvaluationReport {
  return { title: "Triage", lines: ["(no corpus yet)"], failures: [] };
}
