// Which topics a language's knowledge base confuses on its open question files (`npx node
// scripts/kb/language-confusions.ts fr [file…]`): every wrong pair (expected → answered) with its count, most first,
// and each topic's misses. Never a sealed file.
import { existsSync, readFileSync } from "node:fs";
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import { isHeldOutQuestionsFile } from "../../test/eval/language-corpora.ts";
import { TOPIC_MODEL_FILES } from "./train-hashed-topic-models.ts";

const [language = "de", ...named] = process.argv.slice(2);
// Held-out files (HELD_OUT_QUESTIONS_FILES) are read only when named: their misses are not for tuning.
const files = named.length > 0 ? named : TOPIC_MODEL_FILES.filter((file) => !isHeldOutQuestionsFile(language, file));
const pairs = new Map<string, number>();
let right = 0;
let total = 0;
for (const file of files) {
  if (file.includes("sealed")) throw new Error("sealed files are measured by `npm run eval`, never tuned on");
  const path = `test/corpus/${language}/${file}`;
  if (!existsSync(path)) continue;
  for (const row of JSON.parse(readFileSync(path, "utf8")) as { text: string; topic: string | null; locale?: string }[]) {
    if (!row.topic) continue;
    total++;
    const answer = answerMessage({ text: row.text, locale: row.locale }, { config: DEFAULT_CONFIG });
    const got = answer.kind === "answer" ? (answer.topic ?? answer.kind) : answer.kind;
    if (got === row.topic) right++;
    else pairs.set(`${row.topic} → ${got}`, (pairs.get(`${row.topic} → ${got}`) ?? 0) + 1);
  }
}
console.log(`${language}: ${right}/${total} right on ${files.filter((file) => existsSync(`test/corpus/${language}/${file}`)).join(", ")}`);
for (const [pair, count] of [...pairs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`${String(count).padStart(3)}  ${pair}`);
