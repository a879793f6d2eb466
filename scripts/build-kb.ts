// `npm run build:kb`: compiles shared/content/topics/en/*.md into the module the Worker imports
// (answers plus the retrieval index), so nothing is built per request or at start-up.
// `npm run build:kb -- --check` only reports whether the committed module is up to date.
import { compileKnowledgeBase, knowledgeBaseModule } from "../functions/knowledge/compile.ts";
import { updateGeneratedModule } from "./generated-module.ts";
import { GENERATED_MODULE, readTopics } from "./kb/read-topics.ts";

const topics = readTopics();
updateGeneratedModule(GENERATED_MODULE, knowledgeBaseModule(compileKnowledgeBase(topics)), "npm run build:kb", `${topics.length} topics`);
