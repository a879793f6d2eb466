import * as z from "zod/mini";
import { REPLY_LANGUAGES } from "./answer.ts";
import { assignedCountryCode } from "./country-codes.ts";
import { checkLink } from "./safe-link.ts";

/**
 * A community's moderator-set configuration. Every field is optional; `resolveConfig` fills
 * the safe defaults, so the engine and adapters never deal with missing settings.
 */
export const COMMUNITY_PLATFORMS = ["discord", "slack"] as const;
export type CommunityPlatform = (typeof COMMUNITY_PLATFORMS)[number];

const nonBlank = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, { message: "must not be empty" }), z.maxLength(max, { message: `must be at most ${max} characters` }));

/** Checked by `checkLink`, then stored in the normal form it gives (so the length is that form's). */
const httpsUrl = z.string().check(
  z.trim(),
  z.superRefine((value, ctx) => {
    const link = checkLink(value);
    if (!link.ok) ctx.addIssue({ code: "custom", message: link.problem, input: value });
  }),
  z.overwrite((value) => {
    const link = checkLink(value);
    return link.ok ? link.href : value;
  }),
  z.maxLength(300),
);
const phone = z.string().check(z.trim(), z.regex(/^\+?[0-9][0-9 ()-]{1,24}$/, { message: "must be a phone number such as +44 116 123 or 988" }));
const platformId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, { message: "must be a channel id" }));
const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { message: "must be lower-case letters, digits and dashes" }));

export const ExtraResourceSchema = z
  .object({
    name: nonBlank(80),
    description: z.optional(nonBlank(200)),
    phone: z.optional(phone),
    url: z.optional(httpsUrl),
  })
  .check(z.refine((r) => Boolean(r.phone || r.url), { message: "needs a phone number or a link", path: ["phone"] }));
export type ExtraResource = z.infer<typeof ExtraResourceSchema>;

export const TopicOverrideSchema = z.object({
  mode: z.enum(["replace", "append"]),
  text: nonBlank(1_200),
});
export type TopicOverride = z.infer<typeof TopicOverrideSchema>;

export const CustomAnswerSchema = z.object({
  id: slug,
  title: nonBlank(100),
  answer: nonBlank(1_200),
  sampleQuestions: z.array(nonBlank(200)).check(z.minLength(1, { message: "needs at least one sample question" }), z.maxLength(10)),
});
export type CustomAnswer = z.infer<typeof CustomAnswerSchema>;

/** An answer's `topic` when a community's own answer was given: "custom:<id>" (what insights and the preview show). */
export const CUSTOM_ANSWER_TOPIC_PREFIX = "custom:";

export function customAnswerTopic(id: string): string {
  return `${CUSTOM_ANSWER_TOPIC_PREFIX}${id}`;
}

export const ChannelsSchema = z.object({
  mode: z.enum(["all", "mentions", "listed"]),
  ids: z.optional(z.array(platformId).check(z.maxLength(50))),
});
export type Channels = z.infer<typeof ChannelsSchema>;

export const CommunityConfigSchema = z.object({
  region: z.optional(
    z.pipe(
      z.string().check(
        z.refine((code) => assignedCountryCode(code) !== undefined, {
          message: "must be an assigned ISO 3166-1 alpha-2 country code such as GB, US or IE",
        }),
      ),
      z.transform((code) => assignedCountryCode(code) ?? code),
    ),
  ),
  extraResources: z.optional(z.array(ExtraResourceSchema).check(z.maxLength(5, { message: "at most 5 extra resources" }))),
  topicOverrides: z.optional(z.record(slug, TopicOverrideSchema)),
  disabledTopics: z.optional(z.array(slug).check(z.maxLength(100))),
  customAnswers: z.optional(z.array(CustomAnswerSchema).check(z.maxLength(30, { message: "at most 30 custom answers" }))),
  channels: z.optional(ChannelsSchema),
  crisisReplyPrivately: z.optional(z.boolean()),
  alertChannelId: z.optional(platformId),
  cooldownSeconds: z.optional(z.int().check(z.minimum(0), z.maximum(3_600))),
  /** The language replies fall back to when a message does not say which of the five it is in. */
  defaultLanguage: z.optional(z.enum(REPLY_LANGUAGES, { message: `must be one of ${REPLY_LANGUAGES.join(", ")}` })),
});
export type CommunityConfig = z.infer<typeof CommunityConfigSchema>;
export type ResolvedCommunityConfig = Required<Omit<CommunityConfig, "region" | "alertChannelId" | "defaultLanguage">> &
  Pick<CommunityConfig, "region" | "alertChannelId" | "defaultLanguage">;

export const DEFAULT_CONFIG: ResolvedCommunityConfig = {
  extraResources: [],
  topicOverrides: {},
  disabledTopics: [],
  customAnswers: [],
  channels: { mode: "mentions" },
  crisisReplyPrivately: false,
  cooldownSeconds: 5,
};

export function resolveConfig(config: CommunityConfig | undefined): ResolvedCommunityConfig {
  return { ...DEFAULT_CONFIG, ...config };
}

/** What an adapter needs to know to deliver replies in a community (served to adapters with ANSWER_API_KEY). */
export const AdapterSettingsSchema = z.object({
  channels: ChannelsSchema,
  crisisReplyPrivately: z.boolean(),
  alertChannelId: z.optional(platformId),
  cooldownSeconds: z.int(),
  /** Where the adapter answers on its own (`/resources`, the fallback), the community's region and lines still apply. */
  region: z.optional(z.string()),
  extraResources: z.optional(z.array(ExtraResourceSchema)),
  /** The community's default language, for the adapter's own notes when the member's locale is unknown. */
  defaultLanguage: z.optional(z.enum(REPLY_LANGUAGES)),
});
export type AdapterSettings = z.infer<typeof AdapterSettingsSchema>;

export function adapterSettings(config: ResolvedCommunityConfig): AdapterSettings {
  const { channels, crisisReplyPrivately, alertChannelId, cooldownSeconds, region, extraResources, defaultLanguage } = config;
  return {
    channels,
    crisisReplyPrivately,
    cooldownSeconds,
    ...(alertChannelId ? { alertChannelId } : {}),
    ...(region ? { region } : {}),
    ...(extraResources.length > 0 ? { extraResources } : {}),
    ...(defaultLanguage ? { defaultLanguage } : {}),
  };
}
