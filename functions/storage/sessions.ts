import { randomToken, sha256Hex } from "../crypto/tokens.ts";
import type { CommunityKey } from "./audit-log.ts";

export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export interface ModeratorSession extends CommunityKey {
  /** Whose token signed in: the fingerprint the audit log records for changes made in this session. */
  tokenFingerprint: string;
}

/** Starts a session and returns its random id (for the cookie); D1 keeps only the id's hash. */
export async function createSession(db: D1Database, session: ModeratorSession, now = Date.now()): Promise<string> {
  const id = randomToken();
  await db.batch([
    db.prepare("DELETE FROM moderator_sessions WHERE expires_at <= ?1").bind(now),
    db
      .prepare("INSERT INTO moderator_sessions (id_hash, platform, community_id, actor_fingerprint, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)")
      .bind(await sha256Hex(id), session.platform, session.communityId, session.tokenFingerprint, now + SESSION_TTL_MS),
  ]);
  return id;
}

/** The live session with this id, or null (unknown, expired, or ended by a token rotation). */
export async function findSession(db: D1Database, id: string, now = Date.now()): Promise<ModeratorSession | null> {
  const row = await db
    .prepare("SELECT platform, community_id, actor_fingerprint FROM moderator_sessions WHERE id_hash = ?1 AND expires_at > ?2")
    .bind(await sha256Hex(id), now)
    .first<{ platform: ModeratorSession["platform"]; community_id: string; actor_fingerprint: string }>();
  return row ? { platform: row.platform, communityId: row.community_id, tokenFingerprint: row.actor_fingerprint } : null;
}

export async function deleteSession(db: D1Database, id: string): Promise<void> {
  await db
    .prepare("DELETE FROM moderator_sessions WHERE id_hash = ?1")
    .bind(await sha256Hex(id))
    .run();
}
