import { openToken, sealToken, TokenCipherError } from "../crypto/token-cipher.ts";
import { logFault } from "../log.ts";
import { findInstallation, resealInstallation } from "../storage/slack-installations.ts";
import { tokenKeyring } from "./token-keyring.ts";

/**
 * A workspace's opened token is kept this long by the isolate, so a busy workspace's replies do not each
 * wait on D1 and AES. An uninstall deletes the row at once and clears this isolate's copy; another
 * isolate's copy lapses within this time, and Slack refuses a revoked token meanwhile anyway.
 */
export const BOT_TOKEN_CACHE_MS = 30_000;
const MAX_CACHED = 1_000;

export interface InstalledToken {
  token: string;
  botUserId: string;
}

/** By team id; `keyId` is the key that was current when it was opened (a changed key is a cache miss). */
const cache = new Map<string, InstalledToken & { keyId: string; until: number }>();

/**
 * The bot token to answer this workspace with: the one it installed (opened from D1), else
 * SLACK_BOT_TOKEN when the deployment has one (the self-hosted mode), else null (nobody answers; the
 * caller logs the team id).
 */
export async function botTokenFor(env: Env, teamId: string, now = Date.now()): Promise<string | null> {
  const installed = await installedToken(env, teamId, now);
  return installed?.token ?? (env.SLACK_BOT_TOKEN?.trim() || null);
}

export function forgetBotToken(teamId: string): void {
  cache.delete(teamId);
}

/** The token the workspace installed, opened, or null (not installed, uninstalled, or not openable: logged). */
export async function installedToken(env: Env, teamId: string, now = Date.now()): Promise<InstalledToken | null> {
  const keyring = await tokenKeyring(env);
  if (!keyring) return null;
  const hit = cache.get(teamId);
  if (hit && hit.until > now && hit.keyId === keyring.current.id) return { token: hit.token, botUserId: hit.botUserId };
  cache.delete(teamId);
  try {
    const installation = await findInstallation(env.DB, teamId);
    if (!installation) return null;
    const token = await openToken(keyring, teamId, installation.token);
    if (installation.token.keyId !== keyring.current.id) {
      // Sealed by the previous key: seal it under the current one, so the rotation finishes as workspaces talk.
      await resealInstallation(env.DB, teamId, installation.token, await sealToken(keyring, teamId, token));
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(teamId, { token, botUserId: installation.botUserId, keyId: keyring.current.id, until: now + BOT_TOKEN_CACHE_MS });
    return { token, botUserId: installation.botUserId };
  } catch (error) {
    if (error instanceof TokenCipherError) console.error(JSON.stringify({ level: "error", scope: "slack.token", team: teamId, refused: error.message }));
    else logFault("slack.token", error);
    return null;
  }
}
