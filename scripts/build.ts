// `npm run build`: regenerates every generated module from its sources, in order: the language detector's n-gram
// table (from the tinyld package's dictionary), the knowledge bases (one per
// language with topics), the triage packs' gate tables, the deployed resource directory, the English word vectors,
// the topics' vectors, the learned topic model (from the topics, decoys and development corpus), the English risk model (retrained when the external data is here, else checked against the
// vectors it was trained with), then every other language's risk model (trained from test/corpus/<lang>/'s open files).
// `npm run build -- --check` regenerates nothing and fails when anything is stale.
// `npm run build -- --lang es` builds one language only (its knowledge base, gate tables and risk model).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { externalSources } from "../test/eval/labelled-data.ts";
import { packLanguages, requestedLanguages } from "./triage/language-packs.ts";

const check = process.argv.includes("--check");
const languages = requestedLanguages(packLanguages());
const only = process.argv.some((arg) => arg === "--lang" || arg.startsWith("--lang=")) ? ["--lang", languages.join(",")] : [];
const english = languages.includes("en");
const steps: [string, string, string[]][] = [
  ["language detector's n-grams", "scripts/language/build-ngram-table.ts", []],
  ["language detector's common words", "scripts/language/build-common-words.ts", []],
  ["knowledge bases", "scripts/build-kb.ts", only],
  ["topic models", "scripts/kb/train-hashed-topic-models.ts", []],
  ["triage gate tables", "scripts/build-triage.ts", only],
  ...(english
    ? ([
        ["resource directory", "scripts/build-resources.ts", []],
        ["word vectors", "scripts/triage/build-word-vectors.ts", []],
        ["topic vectors", "scripts/kb/build-topic-vectors.ts", []],
        ["English topic model", "scripts/kb/train-english-topic-model.ts", []],
        [check || externalSources().length === 0 ? "risk model (check)" : "risk model", "scripts/triage/train-risk-model.ts", []],
      ] as [string, string, string[]][])
    : []),
  ...languages
    .filter((language) => language !== "en")
    .map((language): [string, string, string[]] => [`${language} risk model`, "scripts/triage/train-risk-model.ts", ["--lang", language]]),
];

let failed = false;
for (const [name, script, args] of steps) {
  const englishModel = script.includes("train-risk-model") && !args.includes("--lang");
  const trainWithoutData = englishModel && !check && externalSources().length === 0;
  const flags = [...args, ...(check || trainWithoutData ? ["--check"] : [])];
  if (trainWithoutData) console.log("No external data in test/corpus/external (see SOURCES.md there): the committed English risk model is kept and checked.");
  if (!existsSync(script)) throw new Error(`missing build step ${script}`);
  console.log(`\n# ${name}`);
  const run = spawnSync(process.execPath, ["--max-old-space-size=6144", script, ...flags], { stdio: "inherit" });
  failed ||= run.status !== 0;
}
process.exitCode = failed ? 1 : 0;
