-- Aggregate answer counts: never message text, never user ids.
CREATE TABLE usage_daily (
  day TEXT NOT NULL,                  -- UTC date, YYYY-MM-DD
  community TEXT NOT NULL DEFAULT '', -- "discord:<guild id>", "slack:<team id>", or '' for none
  kind TEXT NOT NULL,                 -- answer | redirect | crisis | out_of_scope
  label TEXT NOT NULL DEFAULT '',     -- the topic for answers, the reason for redirects and crises
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, community, kind, label)
) WITHOUT ROWID;
