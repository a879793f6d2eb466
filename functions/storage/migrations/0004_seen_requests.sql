-- Signed Discord and Slack requests already taken, so one captured and sent again while its signature is
-- still accepted (five minutes either side of its timestamp) gets nothing new. A key and when it lapses,
-- nothing else: never a message. Lapsed rows are pruned on each insert.
CREATE TABLE seen_requests (
  request_key TEXT PRIMARY KEY, -- "discord:<interaction id>" or "slack:<X-Slack-Signature>"
  expires_at INTEGER NOT NULL   -- Unix milliseconds: the request's timestamp + 5 minutes
) WITHOUT ROWID;
CREATE INDEX seen_requests_expires_at ON seen_requests (expires_at);
