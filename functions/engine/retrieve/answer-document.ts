import type { IndexDocument } from "./lexical-index.ts";

/**
 * How much each part of an answer counts for retrieval. The answer's own prose is left out: it
 * mentions many topics in passing, and indexing it made retrieval worse on the evaluation corpus.
 */
export const FIELD_WEIGHTS = { title: 2, keywords: 2, samples: 1 } as const;

export interface AnswerParts {
  id: string;
  title: string;
  keywords: readonly string[];
  samples: readonly string[];
}

/** A built-in topic or a community's custom answer, as one document of a lexical index. */
export function answerDocument(parts: AnswerParts): IndexDocument {
  return {
    id: parts.id,
    fields: [
      { segments: [parts.title], weight: FIELD_WEIGHTS.title },
      { segments: parts.keywords, weight: FIELD_WEIGHTS.keywords },
      { segments: parts.samples, weight: FIELD_WEIGHTS.samples },
    ],
  };
}
