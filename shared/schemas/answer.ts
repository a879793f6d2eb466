import * as z from "zod/mini";

/** The fixed contract of `POST /v1/answer` (docs/design.md). */
export const MAX_TEXT_CHARS = 4_000;
/** Room for the text and five context messages, whatever their script (docs/design.md). */
export const MAX_BODY_BYTES = 32 * 1024;
/** `context`: the same member's earlier messages in the conversation, oldest first (docs/conversations.md). */
export const MAX_CONTEXT_MESSAGES = 5;
export const MAX_CONTEXT_CHARS = 1_000;

export const PLATFORMS = ["discord", "slack", "web", "api"] as const;
export const ANSWER_KINDS = ["answer", "redirect", "crisis", "check_in", "out_of_scope"] as const;
export const REDIRECT_REASONS = ["diagnosis", "medication", "personal_therapy", "therapist_misconduct"] as const;
/** The languages Alliance answers in (functions/engine/language/languages.ts). */
export const REPLY_LANGUAGES = ["en", "es", "pt", "fr", "de"] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];
export const CRISIS_REASONS = ["suicide_self_harm", "harm_to_others", "abuse_danger", "someone_else_at_risk"] as const;

const BCP47 = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;
/** How much of a knowledge-base answer a reply carries: the short lead (with the rest in `more`), or the whole article. */
export const ANSWER_DETAILS = ["short", "full"] as const;
export type AnswerDetail = (typeof ANSWER_DETAILS)[number];

export const AnswerRequestSchema = z.object({
  text: z.string().check(
    z.refine((text) => text.trim().length > 0, { message: "must not be empty" }),
    z.maxLength(MAX_TEXT_CHARS),
  ),
  platform: z.enum(PLATFORMS),
  communityId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  locale: z.optional(z.string().check(z.maxLength(35), z.regex(BCP47, { message: "must be a BCP-47 tag such as en-GB" }))),
  userId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  context: z.optional(z.array(z.string().check(z.maxLength(MAX_CONTEXT_CHARS))).check(z.maxLength(MAX_CONTEXT_MESSAGES))),
  /** "short" (the default): a topic's lead, the rest in the reply's `more`; "full": the whole article in `text`. */
  detail: z.optional(z.enum(ANSWER_DETAILS)),
  /**
   * Answer this knowledge-base topic rather than the one `text` would retrieve ("Tell me more" on an earlier reply).
   * `text` is still triaged first, so a crisis still wins; an unknown or disabled topic is answered as out of scope.
   */
  topic: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { message: "must be a topic id" }))),
});
export type AnswerRequest = z.infer<typeof AnswerRequestSchema>;
export type Platform = AnswerRequest["platform"];

export const ResourceSchema = z.object({
  name: z.string().check(z.minLength(1)),
  phone: z.optional(z.string()),
  sms: z.optional(z.string()),
  whatsapp: z.optional(z.string()),
  url: z.optional(z.string()),
  region: z.string(),
  hours: z.optional(z.string()),
});
export type Resource = z.infer<typeof ResourceSchema>;

export const AnswerSchema = z.object({
  kind: z.enum(ANSWER_KINDS),
  topic: z.nullable(z.string()),
  reason: z.nullable(z.enum([...REDIRECT_REASONS, ...CRISIS_REASONS])),
  text: z.string(),
  resources: z.array(ResourceSchema),
  followUps: z.array(z.string()),
  /** The whole answer (Markdown, with its title) when `text` is a topic's short lead: what "Tell me more" shows. */
  more: z.optional(z.string()),
  /** The language the reply is written in; optional so older Workers and bots stay compatible. */
  language: z.optional(z.enum(REPLY_LANGUAGES)),
});
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerKind = Answer["kind"];
export type RedirectReason = (typeof REDIRECT_REASONS)[number];
export type CrisisReason = (typeof CRISIS_REASONS)[number];
