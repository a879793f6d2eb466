import * as z from "zod/mini";
import { COMMUNITY_PLATFORMS } from "./community-config.ts";

/** The community-management API (`/v1/communities`): requests, replies and the audit log. */

/** A Discord guild id or a Slack team/enterprise id. */
export const CommunityIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "must be the platform's id of the server or workspace (letters, digits, _ or -)" }));

export const CreateCommunityRequestSchema = z.strictObject({
  platform: z.enum(COMMUNITY_PLATFORMS),
  communityId: CommunityIdSchema,
  name: z.string().check(z.trim(), z.minLength(1, { message: "must not be empty" }), z.maxLength(100, { message: "must be at most 100 characters" })),
});
export type CreateCommunityRequest = z.infer<typeof CreateCommunityRequestSchema>;

/** 201 from `POST /v1/communities`, 200 from `POST …/token`: shown once, stored only as a hash. */
export const ModeratorTokenReplySchema = z.object({ moderatorToken: z.string() });
export type ModeratorTokenReply = z.infer<typeof ModeratorTokenReplySchema>;

export const AUDIT_ACTIONS = ["community_created", "config_updated", "token_rotated"] as const;
export const AUDIT_ROLES = ["admin", "moderator"] as const;

export const ConfigChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type ConfigChange = z.infer<typeof ConfigChangeSchema>;

export const AuditEntrySchema = z.object({
  id: z.int(),
  at: z.string(),
  /** Who: the role and the first characters of their token's SHA-256, never the token. */
  actor: z.object({ role: z.enum(AUDIT_ROLES), tokenFingerprint: z.string() }),
  action: z.enum(AUDIT_ACTIONS),
  /** For config_updated: each changed top-level setting with its value before and after (null when unset). */
  changes: z.array(ConfigChangeSchema),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditActor = AuditEntry["actor"];
export type AuditAction = AuditEntry["action"];

/** `GET …/audit?limit=&before=`: newest first; pass `nextBefore` as `before` for the next page. */
export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  nextBefore: z.nullable(z.int()),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;
