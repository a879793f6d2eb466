import * as z from "zod/mini";

/** The fixed contract of `POST /v1/answer` (docs/design.md). */
export const MAX_TEXT_CHARS = 4_000;
export const MAX_BODY_BYTES = 16 * 1024;

export const PLATFORMS = ["discord", "slack", "web", "api"] as const;
export const ANSWER_KINDS = ["answer", "redirect", "crisis", "check_in", "out_of_scope"] as const;
export const REDIRECT_REASONS = ["diagnosis", "medication", "personal_therapy", "therapist_misconduct"] as const;
/** The languages Alliance answers in (functions/engine/language/languages.ts). */
export const REPLY_LANGUAGES = ["en", "es", "pt", "fr", "de"] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];
export const CRISIS_REASONS = ["suicide_self_harm", "harm_to_others", "abuse_danger", "someone_else_at_risk"] as const;

const BCP47 = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

export const AnswerRequestSchema = z.object({
  text: z.string().check(
    z.refine((text) => text.trim().length > 0, { message: "must not be empty" }),
    z.maxLength(MAX_TEXT_CHARS),
  ),
  platform: z.enum(PLATFORMS),
  communityId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  locale: z.optional(z.string().check(z.maxLength(35), z.regex(BCP47, { message: "must be a BCP-47 tag such as en-GB" }))),
  userId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
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
  /** The language the reply is written in (optional: Workers before the language seam did not send it). */
  language: z.optional(z.enum(REPLY_LANGUAGES)),
});
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerKind = Answer["kind"];
export type RedirectReason = (typeof REDIRECT_REASONS)[number];
export type CrisisReason = (typeof CRISIS_REASONS)[number];
