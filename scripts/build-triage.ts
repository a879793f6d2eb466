// `npm run build:triage`: works out every triage cue's gates (the words its pattern cannot match
// without) into the module the Worker imports, so start-up does not parse the patterns.
// `npm run build:triage -- --check` only reports whether the committed module is up to date.
import { readFileSync, writeFileSync } from "node:fs";
import { cueGatesModule, GATES_MODULE } from "../functions/engine/triage/gates-module.ts";

const source = cueGatesModule();
let current = "";
try {
  current = readFileSync(GATES_MODULE, "utf8");
} catch {
  // not generated yet
}

if (process.argv.includes("--check")) {
  console.log(current === source ? `${GATES_MODULE} is up to date.` : `${GATES_MODULE} is stale: run npm run build:triage.`);
  process.exitCode = current === source ? 0 : 1;
} else if (current === source) {
  console.log(`${GATES_MODULE} is already up to date.`);
} else {
  writeFileSync(GATES_MODULE, source);
  console.log(`Wrote ${GATES_MODULE} (${(source.length / 1024).toFixed(1)} KiB).`);
}
