import { KNOWLEDGE_BASE } from "../knowledge/generated/knowledge-base.ts";

export interface KnownTopic {
  id: string;
  title: string;
}

/** The knowledge base's topics, by title: what topic overrides and disabled topics may name. */
export const KNOWN_TOPICS: readonly KnownTopic[] = KNOWLEDGE_BASE.topics
  .map(({ id, title }) => ({ id, title }))
  .sort((a, b) => a.title.localeCompare(b.title, "en"));

export const KNOWN_TOPIC_IDS: ReadonlySet<string> = new Set(KNOWN_TOPICS.map((topic) => topic.id));
