import * as z from "zod/mini";

/** Limits every topic is held to (issue 4): chat-sized answers, a few follow-ups that fit a button. */
export const ANSWER_WORDS = { min: 80, max: 250 } as const;
export const FOLLOW_UPS = { min: 2, max: 4, maxChars: 75 } as const;
/** The short answer posted first (issue 18): two or three sentences that answer on their own; the body is "Tell me more". */
export const LEAD = { maxChars: 400, minSentences: 2, maxSentences: 3 } as const;

/**
 * Sentences as a reader counts them: . ! ? or … (closing quotes allowed after it) at the end, or before a capital
 * letter, so a quoted question inside a sentence ("ask \"how is it going?\" at the start") does not end it.
 */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?…]["'”’)]*(?=\s+["“‘(¿¡]?\p{Lu}|$)/gu) ?? []).length;
}

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { message: "must be lower-case letters, digits and dashes" }));
const line = (max: number) => z.string().check(z.trim(), z.minLength(1, { message: "must not be empty" }), z.maxLength(max));
const source = z
  .string()
  .check(z.regex(/^https?:\/\/\S+ \([^()]+; read \d{4}-\d{2}-\d{2}\)$/, { message: "must be a URL, then (publisher, title; read YYYY-MM-DD)" }));
const commaList = (item: z.ZodMiniString<string>) =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((text) => text.split(",").map((part) => part.trim())),
    ),
    z.array(item),
  );

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** One topic file: front matter plus the Markdown answer body. */
export const TopicSourceSchema = z
  .object({
    id: slug,
    title: line(60),
    keywords: commaList(line(40)).check(z.minLength(3, { message: "needs at least 3 keywords" })),
    related: commaList(slug).check(z.minLength(1), z.maxLength(5)),
    samples: z.array(line(200)).check(z.minLength(5, { message: "needs at least 5 sample questions" }), z.maxLength(17)),
    followUps: z
      .array(line(FOLLOW_UPS.maxChars))
      .check(z.minLength(FOLLOW_UPS.min), z.maxLength(FOLLOW_UPS.max, { message: `at most ${FOLLOW_UPS.max} follow-ups` })),
    lead: line(LEAD.maxChars).check(
      z.refine((lead) => countSentences(lead) >= LEAD.minSentences && countSentences(lead) <= LEAD.maxSentences, {
        message: `must be ${LEAD.minSentences}–${LEAD.maxSentences} sentences`,
      }),
    ),
    nudge: line(300),
    /**
     * Where the facts were checked: `https://… (publisher, page title; read YYYY-MM-DD)`. Kept with the topic for
     * reviewers, never posted. Optional because the first topics predate it; topics added since carry it.
     */
    sources: z.optional(z.array(source).check(z.minLength(1), z.maxLength(6))),
    body: line(2_000),
  })
  .check(
    z.refine(
      (topic) => {
        const words = countWords(answerText(topic));
        return words >= ANSWER_WORDS.min && words <= ANSWER_WORDS.max;
      },
      { message: `the answer (body and nudge) must be ${ANSWER_WORDS.min}–${ANSWER_WORDS.max} words`, path: ["body"] },
    ),
  );
export type TopicSource = z.infer<typeof TopicSourceSchema>;

/** The answer as posted: the body, then the nudge to bring it to one's own therapist. */
export function answerText(topic: Pick<TopicSource, "body" | "nudge">): string {
  return `${topic.body}\n\n${topic.nudge}`;
}
