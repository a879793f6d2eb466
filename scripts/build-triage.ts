// `npm run build:triage`: works out every triage cue's gates (the words its pattern cannot match
// without) into the module the Worker imports, so start-up does not parse the patterns.
// `npm run build:triage -- --check` only reports whether the committed module is up to date.
import { cueGatesModule, GATES_MODULE } from "../functions/engine/triage/gates-module.ts";
import { updateGeneratedModule } from "./generated-module.ts";

updateGeneratedModule(GATES_MODULE, cueGatesModule(), "npm run build:triage", "the cues' gate tables");
