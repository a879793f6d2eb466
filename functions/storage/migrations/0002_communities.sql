-- Communities, their moderators' sessions and the audit log of every change. Tokens and session ids
-- are stored only as SHA-256 hashes; the config holds moderators' settings, never a member's message.
CREATE TABLE communities (
  platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack')),
  community_id TEXT NOT NULL,           -- Discord guild id or Slack team id
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,      -- hex SHA-256 of the moderator token
  config TEXT NOT NULL DEFAULT '{}',    -- CommunityConfig as JSON
  created_at TEXT NOT NULL,             -- ISO 8601, UTC
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, community_id)
) WITHOUT ROWID;

CREATE TABLE community_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  platform TEXT NOT NULL,
  community_id TEXT NOT NULL,
  at TEXT NOT NULL,                     -- ISO 8601, UTC
  actor_role TEXT NOT NULL CHECK (actor_role IN ('admin', 'moderator')),
  actor_fingerprint TEXT NOT NULL,      -- first hex characters of the token's SHA-256, never the token
  action TEXT NOT NULL,                 -- community_created | config_updated | token_rotated
  changes TEXT NOT NULL DEFAULT '[]'    -- JSON [{ field, before, after }] of config fields
);
CREATE INDEX community_audit_newest ON community_audit (platform, community_id, id DESC);

CREATE TABLE moderator_sessions (
  id_hash TEXT PRIMARY KEY,             -- hex SHA-256 of the session id the cookie carries
  platform TEXT NOT NULL,
  community_id TEXT NOT NULL,
  actor_fingerprint TEXT NOT NULL,
  expires_at INTEGER NOT NULL,          -- Unix milliseconds
  FOREIGN KEY (platform, community_id) REFERENCES communities (platform, community_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX moderator_sessions_by_community ON moderator_sessions (platform, community_id);

-- Insights read one community's last 30 days.
CREATE INDEX usage_daily_by_community ON usage_daily (community, day);
