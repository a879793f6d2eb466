import type { SealedToken } from "../crypto/token-cipher.ts";

/** A workspace that installed Alliance: its bot token only ever sealed (functions/crypto/token-cipher.ts). */
export interface SlackInstallation {
  teamId: string;
  botUserId: string;
  token: SealedToken;
}

/** A `slack_installations` row as D1 returns it. */
export interface InstallationRow {
  team_id: string;
  bot_user_id: string;
  key_id: string;
  token_iv: string;
  token_sealed: string;
}

/** Stores (or, on a reinstall, replaces) a workspace's sealed bot token. */
export async function saveInstallation(db: D1Database, installation: SlackInstallation, now = new Date()): Promise<void> {
  const { teamId, botUserId, token } = installation;
  await db
    .prepare(
      `INSERT INTO slack_installations (team_id, bot_user_id, key_id, token_iv, token_sealed, installed_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (team_id) DO UPDATE SET bot_user_id = ?2, key_id = ?3, token_iv = ?4, token_sealed = ?5, installed_at = ?6`,
    )
    .bind(teamId, botUserId, token.keyId, token.iv, token.sealed, now.toISOString())
    .run();
}

export async function findInstallation(db: D1Database, teamId: string): Promise<SlackInstallation | null> {
  const row = await db
    .prepare("SELECT team_id, bot_user_id, key_id, token_iv, token_sealed FROM slack_installations WHERE team_id = ?1")
    .bind(teamId)
    .first<InstallationRow>();
  return row ? { teamId: row.team_id, botUserId: row.bot_user_id, token: { keyId: row.key_id, iv: row.token_iv, sealed: row.token_sealed } } : null;
}

/** Seals a token again under a new key, unless the row changed meanwhile (a reinstall wins). */
export async function resealInstallation(db: D1Database, teamId: string, from: SealedToken, to: SealedToken): Promise<boolean> {
  const result = await db
    .prepare("UPDATE slack_installations SET key_id = ?2, token_iv = ?3, token_sealed = ?4 WHERE team_id = ?1 AND key_id = ?5 AND token_iv = ?6")
    .bind(teamId, to.keyId, to.iv, to.sealed, from.keyId, from.iv)
    .run();
  return result.meta.changes === 1;
}

/** Forgets a workspace's token; true when there was one. */
export async function deleteInstallation(db: D1Database, teamId: string): Promise<boolean> {
  const result = await db.prepare("DELETE FROM slack_installations WHERE team_id = ?1").bind(teamId).run();
  return result.meta.changes > 0;
}
