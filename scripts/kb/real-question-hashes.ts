// `npx node scripts/kb/real-question-hashes.ts test/corpus/external/<source>.jsonl`: each text's hash and text, tab
// separated, for writing test/corpus/real-questions-labels.json. Print to the terminal only: the text is never committed.
import { readFileSync } from "node:fs";
import { questionHash } from "../../test/eval/real-questions.ts";

const [path] = process.argv.slice(2);
if (!path) {
  console.error("Usage: npx node scripts/kb/real-question-hashes.ts <prepared .jsonl>");
  process.exit(2);
}
for (const line of readFileSync(path, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  const { text } = JSON.parse(line) as { text: string };
  console.log(`${questionHash(text)}\t${text.replace(/\s+/g, " ")}`);
}
