import { KNOWLEDGE_BASE } from "../knowledge/generated/knowledge-base.ts";

export interface KnownTopic {
  id: string;
  title: string;
}

let byTitle: readonly KnownTopic[] | undefined;

/**
 * The knowledge base's topics, by title: what topic overrides and disabled topics may name. Sorted on
 * first use, not at start-up: a locale-aware comparison loads collation data, which only the
 * moderator page needs.
 */
export function knownTopics(): readonly KnownTopic[] {
  return (byTitle ??= KNOWLEDGE_BASE.topics.map(({ id, title }) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title, "en")));
}

export const KNOWN_TOPIC_IDS: ReadonlySet<string> = new Set(KNOWLEDGE_BASE.topics.map((topic) => topic.id));
