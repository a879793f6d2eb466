// `npm run build`: regenerates every generated module from its sources, in order: the knowledge base, the
// triage packs' gate tables, the deployed resource directory, the English word vectors, the topics' vectors, then the risk model
// (retrained when the external data is here, else checked against the vectors it was trained with).
// `npm run build -- --check` regenerates nothing and fails when anything is stale.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { externalSources } from "../test/eval/labelled-data.ts";

const check = process.argv.includes("--check");
const steps: [string, string][] = [
  ["knowledge base", "scripts/build-kb.ts"],
  ["triage gate tables", "scripts/build-triage.ts"],
  ["resource directory", "scripts/build-resources.ts"],
  ["word vectors", "scripts/triage/build-word-vectors.ts"],
  ["topic vectors", "scripts/kb/build-topic-vectors.ts"],
  [check || externalSources().length === 0 ? "risk model (check)" : "risk model", "scripts/triage/train-risk-model.ts"],
];

let failed = false;
for (const [name, script] of steps) {
  const trainWithoutData = script.includes("train-risk-model") && !check && externalSources().length === 0;
  const args = [...(check || trainWithoutData ? ["--check"] : [])];
  if (trainWithoutData) console.log("No external data in test/corpus/external (see SOURCES.md there): the committed risk model is kept and checked.");
  if (!existsSync(script)) throw new Error(`missing build step ${script}`);
  console.log(`\n# ${name}`);
  const run = spawnSync(process.execPath, ["--max-old-space-size=6144", script, ...args], { stdio: "inherit" });
  failed ||= run.status !== 0;
}
process.exitCode = failed ? 1 : 0;
