import { KNOWLEDGE_BASE } from "./generated/knowledge-base.ts";
import { KNOWLEDGE_BASES } from "./generated/knowledge-bases.ts";
import type { CompiledTopic } from "./types.ts";

const BY_ID = new Map(KNOWLEDGE_BASE.topics.map((topic) => [topic.id, topic]));
const byLanguage = new Map<string, ReadonlyMap<string, CompiledTopic>>([["en", BY_ID]]);

/** A topic as written in `language`, else in English. */
export function findTopic(id: string, language = "en"): CompiledTopic | undefined {
  let topics = byLanguage.get(language);
  if (!topics && Object.hasOwn(KNOWLEDGE_BASES, language))
    byLanguage.set(language, (topics = new Map(KNOWLEDGE_BASES[language]!.topics.map((topic) => [topic.id, topic]))));
  return topics?.get(id) ?? BY_ID.get(id);
}
