// `npm run build:kb`: compiles functions/knowledge/topics/*.md into the module the Worker imports
// (answers plus the retrieval index), so nothing is built per request or at start-up.
// `npm run build:kb -- --check` only reports whether the committed module is up to date.
import { readFileSync, writeFileSync } from "node:fs";
import { compileKnowledgeBase, knowledgeBaseModule } from "../functions/knowledge/compile.ts";
import { GENERATED_MODULE, readTopics } from "./kb/read-topics.ts";

const topics = readTopics();
const source = knowledgeBaseModule(compileKnowledgeBase(topics));
let current = "";
try {
  current = readFileSync(GENERATED_MODULE, "utf8");
} catch {
  // not generated yet
}

if (process.argv.includes("--check")) {
  console.log(current === source ? `${GENERATED_MODULE} is up to date.` : `${GENERATED_MODULE} is stale: run npm run build:kb.`);
  process.exitCode = current === source ? 0 : 1;
} else if (current === source) {
  console.log(`${GENERATED_MODULE} is already up to date (${topics.length} topics).`);
} else {
  writeFileSync(GENERATED_MODULE, source);
  console.log(`Wrote ${GENERATED_MODULE}: ${topics.length} topics, ${(source.length / 1024).toFixed(1)} KiB.`);
}
