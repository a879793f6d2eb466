-- Workspaces that installed Alliance with "Add to Slack" (OAuth v2). The bot token is stored only
-- encrypted (AES-GCM under the Worker secret SLACK_TOKEN_KEY, the team id as associated data), with the
-- id of the key that sealed it so keys can be rotated. Deleted at once on app_uninstalled / tokens_revoked.
CREATE TABLE slack_installations (
  team_id TEXT PRIMARY KEY,         -- Slack team id, e.g. T0123ABC (the community id too)
  bot_user_id TEXT NOT NULL,        -- the bot's user id in that workspace
  key_id TEXT NOT NULL,             -- first hex characters of SHA-256 of the key that sealed the token
  token_iv TEXT NOT NULL,           -- base64url, 12 random bytes
  token_sealed TEXT NOT NULL,       -- base64url AES-GCM ciphertext and tag of the xoxb- token
  installed_at TEXT NOT NULL        -- ISO 8601, UTC
) WITHOUT ROWID;

-- "Add to Slack" states not yet used (CSRF): the SHA-256 of the random state the installer's browser
-- holds in a cookie, until it is used once or lapses (ten minutes). Lapsed rows are pruned on each insert.
CREATE TABLE slack_oauth_states (
  state_hash TEXT PRIMARY KEY,      -- hex SHA-256 of the state
  expires_at INTEGER NOT NULL       -- Unix milliseconds
) WITHOUT ROWID;
CREATE INDEX slack_oauth_states_expires_at ON slack_oauth_states (expires_at);
