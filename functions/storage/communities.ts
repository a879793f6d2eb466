import type { AuditActor, ConfigChange } from "../../shared/schemas/communities.ts";
import { type CommunityConfig, CommunityConfigSchema, type CommunityPlatform, ExtraResourceSchema } from "../../shared/schemas/community-config.ts";
import { assignedCountryCode } from "../../shared/schemas/country-codes.ts";
import { logFault } from "../log.ts";
import { auditStatement, type CommunityKey } from "./audit-log.ts";
import { cachedConfig, forgetConfig } from "./config-cache.ts";
import { configChanges } from "./config-changes.ts";

export type { CommunityKey };

export interface Community extends CommunityKey {
  name: string;
  tokenHash: string;
  config: CommunityConfig;
}

interface CommunityRow {
  platform: CommunityPlatform;
  community_id: string;
  name: string;
  token_hash: string;
  config: string;
}

/**
 * The stored configuration of a community, or undefined when it has none (defaults apply).
 * A D1 failure throws: the caller decides (answers go on with defaults).
 */
export async function loadCommunityConfig(db: D1Database, platform: CommunityPlatform, communityId: string): Promise<CommunityConfig | undefined> {
  const row = await db
    .prepare("SELECT config FROM communities WHERE platform = ?1 AND community_id = ?2")
    .bind(platform, communityId)
    .first<Pick<CommunityRow, "config">>();
  return row ? parseStoredConfig(row.config) : undefined;
}

/**
 * The config answers use: loadCommunityConfig's, kept by this isolate for a few seconds (see
 * config-cache.ts) so a busy community's answers do not each wait on D1.
 */
export function answeringConfig(db: D1Database, platform: CommunityPlatform, communityId: string): Promise<CommunityConfig | undefined> {
  return cachedConfig(cacheKey({ platform, communityId }), () => loadCommunityConfig(db, platform, communityId));
}

const cacheKey = ({ platform, communityId }: CommunityKey) => `${platform}:${communityId}`;

export async function findCommunity(db: D1Database, key: CommunityKey): Promise<Community | null> {
  const row = await db
    .prepare("SELECT platform, community_id, name, token_hash, config FROM communities WHERE platform = ?1 AND community_id = ?2")
    .bind(key.platform, key.communityId)
    .first<CommunityRow>();
  return row ? toCommunity(row) : null;
}

/** The community whose moderator token has this hash (lookups by hash, never by token). */
export async function findCommunityByTokenHash(db: D1Database, tokenHash: string): Promise<Community | null> {
  const row = await db
    .prepare("SELECT platform, community_id, name, token_hash, config FROM communities WHERE token_hash = ?1")
    .bind(tokenHash)
    .first<CommunityRow>();
  return row ? toCommunity(row) : null;
}

/** Creates the community and audits it; false when it already exists (nothing is changed then). */
export async function createCommunity(
  db: D1Database,
  key: CommunityKey,
  name: string,
  tokenHash: string,
  actor: AuditActor,
  now = new Date(),
): Promise<boolean> {
  const at = now.toISOString();
  const [insert] = await db.batch([
    db
      .prepare(
        `INSERT INTO communities (platform, community_id, name, token_hash, config, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, '{}', ?5, ?5) ON CONFLICT (platform, community_id) DO NOTHING`,
      )
      .bind(key.platform, key.communityId, name, tokenHash, at),
    auditStatement(db, key, actor, "community_created", [], now, true),
  ]);
  forgetConfig(cacheKey(key));
  return insert!.meta.changes === 1;
}

/** Replaces the config and audits what changed, in one transaction; returns the changes (none: nothing written). */
export async function replaceCommunityConfig(
  db: D1Database,
  community: Community,
  config: CommunityConfig,
  actor: AuditActor,
  now = new Date(),
): Promise<ConfigChange[]> {
  const changes = configChanges(community.config, config);
  if (changes.length === 0) return changes;
  await db.batch([
    db
      .prepare("UPDATE communities SET config = ?3, updated_at = ?4 WHERE platform = ?1 AND community_id = ?2")
      .bind(community.platform, community.communityId, JSON.stringify(config), now.toISOString()),
    auditStatement(db, community, actor, "config_updated", changes, now),
  ]);
  forgetConfig(cacheKey(community));
  return changes;
}

/** Swaps the moderator token's hash, ends every session signed in with the old one, and audits it. */
export async function rotateModeratorToken(db: D1Database, key: CommunityKey, tokenHash: string, actor: AuditActor, now = new Date()): Promise<void> {
  await db.batch([
    db
      .prepare("UPDATE communities SET token_hash = ?3, updated_at = ?4 WHERE platform = ?1 AND community_id = ?2")
      .bind(key.platform, key.communityId, tokenHash, now.toISOString()),
    db.prepare("DELETE FROM moderator_sessions WHERE platform = ?1 AND community_id = ?2").bind(key.platform, key.communityId),
    auditStatement(db, key, actor, "token_rotated", [], now),
  ]);
}

function toCommunity(row: CommunityRow): Community {
  return {
    platform: row.platform,
    communityId: row.community_id,
    name: row.name,
    tokenHash: row.token_hash,
    config: parseStoredConfig(row.config) ?? {},
  };
}

/**
 * Stored configs were validated when saved. One that no longer validates (a stricter schema) falls back
 * to defaults, except for what an older schema let through, which is dropped alone so the rest of the
 * config still applies: resources whose links fail today's check (counted in the log), and a region that
 * is not an assigned ISO code ("XX", which never gave any lines).
 */
function parseStoredConfig(json: string): CommunityConfig | undefined {
  try {
    const stored: unknown = JSON.parse(json);
    if (isRecord(stored) && typeof stored.region === "string" && !assignedCountryCode(stored.region)) delete stored.region;
    const parsed = CommunityConfigSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    return CommunityConfigSchema.parse(withoutInvalidResources(stored));
  } catch (error) {
    logFault("communities.config", error);
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withoutInvalidResources(stored: unknown): unknown {
  if (!isRecord(stored) || !Array.isArray(stored.extraResources)) return stored;
  const valid = stored.extraResources.filter((resource: unknown) => ExtraResourceSchema.safeParse(resource).success);
  const dropped = stored.extraResources.length - valid.length;
  if (dropped > 0) console.warn(JSON.stringify({ level: "warn", scope: "communities.config", droppedResources: dropped }));
  return { ...stored, extraResources: valid };
}
