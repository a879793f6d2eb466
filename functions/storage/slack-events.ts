/** Slack retries a delivery three times within minutes; an hour covers them with room to spare. */
export const SLACK_EVENT_RETENTION_MS = 60 * 60 * 1_000;

/**
 * Records a Slack event id; true only for the first delivery of that event (INSERT OR IGNORE is
 * atomic, so two concurrent deliveries cannot both win). Prunes ids past the retention window.
 */
export async function claimSlackEvent(db: D1Database, eventId: string, now = Date.now()): Promise<boolean> {
  const [inserted] = await db.batch([
    db.prepare("INSERT OR IGNORE INTO slack_events (event_id, received_at) VALUES (?1, ?2)").bind(eventId, now),
    db.prepare("DELETE FROM slack_events WHERE received_at < ?1").bind(now - SLACK_EVENT_RETENTION_MS),
  ]);
  return inserted?.meta.changes === 1;
}
