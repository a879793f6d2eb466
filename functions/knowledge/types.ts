import type { LexicalIndex } from "../engine/retrieve/lexical-index.ts";

export interface FollowUp {
  question: string;
  /** The topic the question retrieves (resolved at build time), so disabled topics' follow-ups drop out. */
  topic: string;
}

export interface CompiledTopic {
  id: string;
  title: string;
  /** The short answer posted first: two or three sentences, at most 400 characters, that answer on their own. */
  lead: string;
  /** The whole answer ("Tell me more"): Markdown, the nudge to one's own therapist as its last paragraph. */
  text: string;
  followUps: FollowUp[];
}

/** What `npm run build:kb` generates: the topics, and the retrieval index built from them. */
export interface KnowledgeBase {
  topics: CompiledTopic[];
  index: LexicalIndex;
}
