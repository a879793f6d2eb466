import { KNOWLEDGE_BASE } from "./generated/knowledge-base.ts";
import type { CompiledTopic } from "./types.ts";

const BY_ID = new Map(KNOWLEDGE_BASE.topics.map((topic) => [topic.id, topic]));

export function findTopic(id: string): CompiledTopic | undefined {
  return BY_ID.get(id);
}
