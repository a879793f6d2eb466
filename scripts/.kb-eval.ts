import { holdoutEvaluation, retrievalEvaluation } from "../test/eval/retrieval-evaluation.ts";
for (const r of [retrievalEvaluation(), holdoutEvaluation()]) { console.log("## " + r.title); console.log(r.lines.filter((l) => /Top-1|precision|Overall/.test(l)).join("\n")); console.log(r.failures.join("\n")); }
