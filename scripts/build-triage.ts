// `npm run build:triage`: works out every triage pack's cue gates (the words each pattern cannot match
// without) into the pack's generated module, so the Worker's start-up does not parse the patterns. Packs are
// read from their cues (shared/content/triage/<code>/cues.ts), so a new pack's tables can be made before it is registered.
// `npm run build:triage -- --check` only reports whether the committed modules are up to date; `--lang es` one language
// (the situation cues' tables are always written).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { ALL_SITUATION_CUES } from "../functions/engine/situation/situation-cues.ts";
import { SITUATION_GATES_PATH, situationGatesModule } from "../functions/engine/situation/situation-gates-build.ts";
import { cueGatesModule, gatesModulePath } from "../functions/engine/triage/gates-module.ts";
import type { TriagePack } from "../shared/content/triage/pack.ts";
import { updateGeneratedModule } from "./generated-module.ts";
import { loadAskCues, loadPackCues, packLanguages, requestedLanguages } from "./triage/language-packs.ts";

for (const language of requestedLanguages(packLanguages())) {
  const cues = (await loadPackCues(language)) as TriagePack;
  mkdirSync(dirname(gatesModulePath(cues)), { recursive: true });
  updateGeneratedModule(gatesModulePath(cues), cueGatesModule(cues), "npm run build:triage", `the ${language} cues' gate tables`);
  // A language's check-in pack (<code>/ask-cues.ts), when it has one: its own tables.
  const ask = await loadAskCues(language);
  if (ask) {
    const pack = { ...ask, askOnly: true } as TriagePack;
    updateGeneratedModule(gatesModulePath(pack), cueGatesModule(pack), "npm run build:triage", `the ${language} check-in cues' gate tables`);
  }
}

// The situation cues (every language's, one table): functions/engine/situation/generated/situation-gates.ts.
updateGeneratedModule(SITUATION_GATES_PATH, situationGatesModule(ALL_SITUATION_CUES), "npm run build:triage", "the situation cues' gate tables");
