// A language's topic model measured on wording it has not read (`npx node scripts/kb/hashed-topic-model-cv.ts de
// [--weights 0,10,20] [--misses]`): each open question file is held out in turn, the model trained without it
// (scripts/kb/train-hashed-topic-models.ts) and the whole engine's top-1 measured on it, at each weight given (0: the
// words alone; default: the language's own weight). The topics' keywords were tuned on some of these files, so this
// reads the model's part, not an unseen-wording figure for retrieval as a whole. Never a sealed file.
import { readFileSync } from "node:fs";
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { useTopicModel } from "../../functions/engine/retrieve/topic-model-hashed.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import { isHeldOutQuestionsFile } from "../../test/eval/language-corpora.ts";
import { TOPIC_MODEL_FILES, TOPIC_MODEL_WEIGHTS, trainTopicModel } from "./train-hashed-topic-models.ts";

const language = process.argv[2] ?? "de";
const verbose = process.argv.includes("--misses");
const weightsArgument = process.argv[process.argv.indexOf("--weights") + 1];
const weights = process.argv.includes("--weights") && weightsArgument ? weightsArgument.split(",").map(Number) : [TOPIC_MODEL_WEIGHTS[language] ?? 10];
const totals = weights.map(() => ({ right: 0, total: 0, files: [] as string[] }));
for (const held of TOPIC_MODEL_FILES) {
  if (held.includes("sealed")) throw new Error("a sealed file is never read here");
  if (isHeldOutQuestionsFile(language, held)) continue;
  let rows: { text: string; topic: string | null; locale?: string }[];
  try {
    rows = JSON.parse(readFileSync(`test/corpus/${language}/${held}`, "utf8"));
  } catch {
    continue;
  }
  const model = trainTopicModel(
    language,
    TOPIC_MODEL_FILES.filter((file) => file !== held),
  );
  for (const [k, weight] of weights.entries()) {
    useTopicModel(language, weight === 0 ? null : { ...model, weight });
    let fileRight = 0;
    let fileTotal = 0;
    for (const row of rows) {
      if (!row.topic) continue;
      fileTotal++;
      const answer = answerMessage({ text: row.text, locale: row.locale }, { config: DEFAULT_CONFIG });
      const got = answer.kind === "answer" ? answer.topic : answer.kind;
      if (got === row.topic) fileRight++;
      else if (verbose) console.log(`  [${weight}] ${held}: ${row.topic} → ${got}: ${row.text}`);
    }
    totals[k]!.right += fileRight;
    totals[k]!.total += fileTotal;
    totals[k]!.files.push(`${held.replace("questions-", "").replace(".json", "")} ${fileRight}/${fileTotal}`);
  }
}
for (const [k, weight] of weights.entries()) {
  const { right, total, files } = totals[k]!;
  console.log(`${language} weight ${weight}, held out file by file: ${((100 * right) / total).toFixed(1)}% (${right}/${total}): ${files.join(", ")}`);
}
