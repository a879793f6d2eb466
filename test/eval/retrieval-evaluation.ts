import type { EvaluationReport } from "./report.ts";

// Placeholder until the knowledge-base corpus lands (issue 4).
export function retrievalEvaluation(): EvaluationReport {
  return { title: "Knowledge base", lines: ["(no corpus yet)"], failures: [] };
}
