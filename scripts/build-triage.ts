// `npm run build:triage`: works out every triage pack's cue gates (the words each pattern cannot match
// without) into the pack's generated module, so the Worker's start-up does not parse the patterns.
// `npm run build:triage -- --check` only reports whether the committed modules are up to date.
import { cueGatesModule, gatesModulePath } from "../functions/engine/triage/gates-module.ts";
import { TRIAGE_PACKS } from "../functions/engine/triage/packs.ts";
import { updateGeneratedModule } from "./generated-module.ts";

for (const pack of Object.values(TRIAGE_PACKS)) {
  updateGeneratedModule(gatesModulePath(pack), cueGatesModule(pack), "npm run build:triage", `the ${pack.language} cues' gate tables`);
}
