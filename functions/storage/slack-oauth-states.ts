/** How long an "Add to Slack" click stays good: time to read Slack's consent screen, not to keep a link. */
export const OAUTH_STATE_TTL_MS = 10 * 60 * 1_000;

/** Remembers a state's hash until it lapses; prunes lapsed ones. */
export async function saveOAuthState(db: D1Database, stateHash: string, now = Date.now()): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM slack_oauth_states WHERE expires_at < ?1").bind(now),
    db.prepare("INSERT INTO slack_oauth_states (state_hash, expires_at) VALUES (?1, ?2)").bind(stateHash, now + OAUTH_STATE_TTL_MS),
  ]);
}

/**
 * Uses a state up: true only the first time, and only before it lapses (DELETE … RETURNING is atomic, so
 * two callbacks with one state cannot both win).
 */
export async function takeOAuthState(db: D1Database, stateHash: string, now = Date.now()): Promise<boolean> {
  const row = await db.prepare("DELETE FROM slack_oauth_states WHERE state_hash = ?1 RETURNING expires_at").bind(stateHash).first<{ expires_at: number }>();
  return row !== null && row.expires_at >= now;
}
