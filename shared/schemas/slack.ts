import * as z from "zod/mini";

/**
 * The parts of Slack's payloads Alliance reads (Events API, slash commands, block actions). Objects
 * strip what they do not name, so nothing else from Slack is ever kept.
 */
export const SlackMessageEventSchema = z.object({
  type: z.string(),
  subtype: z.optional(z.string()),
  user: z.optional(z.string()),
  bot_id: z.optional(z.string()),
  text: z.optional(z.string()),
  channel: z.string(),
  channel_type: z.optional(z.string()),
  ts: z.string(),
  thread_ts: z.optional(z.string()),
  team: z.optional(z.string()),
});
export type SlackMessageEvent = z.infer<typeof SlackMessageEventSchema>;

export const SlackEnvelopeSchema = z.object({
  type: z.string(),
  challenge: z.optional(z.string()),
  team_id: z.optional(z.string()),
  event_id: z.optional(z.string()),
  event: z.optional(z.unknown()),
  /** The installation the event was delivered for: its team's bot token answers it. */
  authorizations: z.optional(z.array(z.object({ user_id: z.optional(z.string()), team_id: z.optional(z.nullable(z.string())) }))),
});
export type SlackEnvelope = z.infer<typeof SlackEnvelopeSchema>;

export const SlackCommandSchema = z.object({
  team_id: z.string(),
  channel_id: z.string(),
  user_id: z.string(),
  command: z.string(),
  text: z.optional(z.string()),
});
export type SlackCommand = z.infer<typeof SlackCommandSchema>;

export const SlackBlockActionsSchema = z.object({
  type: z.literal("block_actions"),
  team: z.nullable(z.optional(z.object({ id: z.string() }))),
  user: z.object({ id: z.string(), team_id: z.optional(z.string()) }),
  channel: z.optional(z.object({ id: z.string() })),
  container: z.optional(z.object({ is_ephemeral: z.optional(z.boolean()), thread_ts: z.optional(z.string()) })),
  message: z.optional(z.object({ ts: z.string(), thread_ts: z.optional(z.string()) })),
  actions: z.array(z.object({ action_id: z.string(), value: z.optional(z.string()) })),
});
export type SlackBlockActions = z.infer<typeof SlackBlockActionsSchema>;
