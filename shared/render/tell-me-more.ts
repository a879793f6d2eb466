import type { Answer } from "../schemas/answer.ts";

/** The text a "Tell me more" press sends as its question: only triaged (it names nothing), so one language does. The label is the copy's. */
export const TELL_ME_MORE = "Tell me more";

/** A short knowledge-base answer with more to show: what gets a "Tell me more" button. */
export type AnswerWithMore = Answer & { topic: string; more: string };

export function offersMore(answer: Answer): answer is AnswerWithMore {
  return answer.kind === "answer" && answer.topic !== null && typeof answer.more === "string" && answer.more.length > 0;
}

/** Topic ids as the contract spells them: what a button may carry back. */
export const TOPIC_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;
