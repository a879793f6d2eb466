-- Aggregate counts of the languages members write in, for moderators' insights: never text, never user ids.
CREATE TABLE language_daily (
  day TEXT NOT NULL,                  -- UTC date, YYYY-MM-DD
  community TEXT NOT NULL DEFAULT '', -- "discord:<guild id>", "slack:<team id>", or '' for none
  language TEXT NOT NULL,             -- en | es | pt | fr | de | other
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, community, language)
) WITHOUT ROWID;
