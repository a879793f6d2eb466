/**
 * Records a signed request's key until `expiresAt` (Unix ms); true only the first time it is seen
 * (INSERT OR IGNORE is atomic, so two concurrent copies cannot both win, whichever isolate takes them).
 * Prunes keys that have lapsed: by then their signatures are refused as stale anyway.
 */
export async function claimRequest(db: D1Database, key: string, expiresAt: number, now = Date.now()): Promise<boolean> {
  const [, inserted] = await db.batch([
    db.prepare("DELETE FROM seen_requests WHERE expires_at < ?1").bind(now),
    db.prepare("INSERT OR IGNORE INTO seen_requests (request_key, expires_at) VALUES (?1, ?2)").bind(key, expiresAt),
  ]);
  return inserted?.meta.changes === 1;
}
