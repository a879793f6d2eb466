// Real text nobody on the project wrote (test/corpus/external, rebuilt by scripts/data/prepare-external.ts):
// the sealed split of each source, the headline of the scorer's figures. Node only (reads the files).
import { ENGLISH_SCORER } from "../../functions/engine/scorer/english.ts";
import { allExamples, externalSources } from "./labelled-data.ts";
import type { EvaluationReport } from "./report.ts";
import { measureExamples } from "./risk-evaluation.ts";
import { figureTable, tally } from "./risk-figures.ts";

export function externalEvaluation({ byCategory = false } = {}): EvaluationReport {
  const sources = externalSources();
  if (sources.length === 0) {
    return {
      title: "Risk on real text",
      lines: ["No external data here: `npx node scripts/data/prepare-external.ts` rebuilds it (see test/corpus/external/SOURCES.md)."],
      failures: [],
    };
  }
  const sealed = allExamples().filter((example) => example.split === "sealed" && !example.source.startsWith("project-"));
  const rows = measureExamples(
    sealed,
    sealed.map((example) => example.text),
  );
  const { thresholds } = ENGLISH_SCORER;
  const figures = tally(rows, (row) => row.level, byCategory);
  return {
    title: "Risk on real text (sealed splits)",
    lines: [
      `Sources: ${sources.join(", ")}. Never trained or tuned on; \`npm run eval -- --by-category\` breaks them down.`,
      "",
      ...figureTable(figures, thresholds),
    ],
    failures: [],
  };
}
