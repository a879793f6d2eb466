import { type AuditAction, type AuditActor, type AuditEntry, AuditEntrySchema, type AuditPage, type ConfigChange } from "../../shared/schemas/communities.ts";
import type { CommunityPlatform } from "../../shared/schemas/community-config.ts";

export interface CommunityKey {
  platform: CommunityPlatform;
  communityId: string;
}

/**
 * The INSERT for one audit entry, to run in the same batch as the change it records. With
 * `onlyIfPreviousChanged`, the entry is written only when the batch's previous statement changed a row.
 */
export function auditStatement(
  db: D1Database,
  key: CommunityKey,
  actor: AuditActor,
  action: AuditAction,
  changes: readonly ConfigChange[],
  now: Date,
  onlyIfPreviousChanged = false,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO community_audit (platform, community_id, at, actor_role, actor_fingerprint, action, changes)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE ?8 = 0 OR changes() > 0`,
    )
    .bind(key.platform, key.communityId, now.toISOString(), actor.role, actor.tokenFingerprint, action, JSON.stringify(changes), onlyIfPreviousChanged ? 1 : 0);
}

interface AuditRow {
  id: number;
  at: string;
  actor_role: string;
  actor_fingerprint: string;
  action: string;
  changes: string;
}

/** One page of a community's audit log, newest first; `before` is the id the previous page ended at. */
export async function listAudit(db: D1Database, key: CommunityKey, page: { limit: number; before?: number | undefined }): Promise<AuditPage> {
  const { results } = await db
    .prepare(
      `SELECT id, at, actor_role, actor_fingerprint, action, changes FROM community_audit
       WHERE platform = ?1 AND community_id = ?2 AND id < ?3 ORDER BY id DESC LIMIT ?4`,
    )
    .bind(key.platform, key.communityId, page.before ?? Number.MAX_SAFE_INTEGER, page.limit + 1)
    .all<AuditRow>();
  const entries = results.slice(0, page.limit).map(toEntry);
  return { entries, nextBefore: results.length > page.limit ? entries[entries.length - 1]!.id : null };
}

function toEntry(row: AuditRow): AuditEntry {
  return AuditEntrySchema.parse({
    id: row.id,
    at: row.at,
    actor: { role: row.actor_role, tokenFingerprint: row.actor_fingerprint },
    action: row.action,
    changes: JSON.parse(row.changes),
  });
}
