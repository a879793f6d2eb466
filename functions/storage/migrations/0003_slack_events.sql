-- Slack Events API deliveries already taken, so a retried delivery never gets a second reply.
-- The event id and when it arrived, nothing else; rows older than an hour are pruned on each insert.
CREATE TABLE slack_events (
  event_id TEXT PRIMARY KEY,   -- Slack's event_id, e.g. Ev0123ABC
  received_at INTEGER NOT NULL -- Unix milliseconds
) WITHOUT ROWID;
CREATE INDEX slack_events_received_at ON slack_events (received_at);
