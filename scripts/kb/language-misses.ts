// The open questions a language's knowledge base answers wrong (`npx node scripts/kb/language-misses.ts de [file]`):
// for tuning on test/corpus/<lang>/questions.json only (never a sealed file).
import { readFileSync } from "node:fs";
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";

const [language = "de", file = "questions.json"] = process.argv.slice(2);
if (file.includes("sealed")) throw new Error("sealed files are measured by `npm run eval`, never tuned on");
const rows = JSON.parse(readFileSync(`test/corpus/${language}/${file}`, "utf8")) as { text: string; topic: string | null; locale?: string }[];
let right = 0;
for (const row of rows) {
  const answer = answerMessage({ text: row.text, locale: row.locale }, { config: DEFAULT_CONFIG });
  const got = answer.kind === "answer" ? answer.topic : answer.kind;
  if (row.topic ? got === row.topic : answer.kind !== "answer") right++;
  else console.log(`${row.topic} → ${got}: ${row.text}`);
}
console.log(`${language} ${file}: ${right}/${rows.length}`);
