import type { Context } from "hono";
import type { AuditActor } from "../../shared/schemas/communities.ts";
import { CommunityIdSchema } from "../../shared/schemas/communities.ts";
import { COMMUNITY_PLATFORMS, type CommunityPlatform } from "../../shared/schemas/community-config.ts";
import { fingerprintOf, sha256Hex } from "../crypto/tokens.ts";
import { type Community, type CommunityKey, findCommunity, findCommunityByTokenHash } from "../storage/communities.ts";
import { ApiError } from "./api-error.ts";
import { bearerToken } from "./caller.ts";
import { constantTimeEqual } from "./constant-time.ts";

export interface AuthorizedCommunity {
  community: Community;
  actor: AuditActor;
}

const BEARER = { "WWW-Authenticate": "Bearer" };

/** `{platform}/{communityId}` from the path; anything else is no route at all (404). */
export function communityKeyFromPath(c: Context): CommunityKey {
  const platform = c.req.param("platform") ?? "";
  const communityId = c.req.param("communityId") ?? "";
  if (!(COMMUNITY_PLATFORMS as readonly string[]).includes(platform) || !CommunityIdSchema.safeParse(communityId).success) {
    throw new ApiError(404, "not_found", `Nothing at ${c.req.method} ${c.req.path}.`);
  }
  return { platform: platform as CommunityPlatform, communityId };
}

/** The caller presented ADMIN_TOKEN (401 otherwise). */
export async function requireAdmin(c: Context<{ Bindings: Env }>): Promise<AuditActor> {
  const token = presentedToken(c);
  if (!constantTimeEqual(token, c.env.ADMIN_TOKEN)) throw new ApiError(401, "unauthorized", "This needs the admin token.", BEARER);
  return { role: "admin", tokenFingerprint: fingerprintOf(await sha256Hex(token)) };
}

/**
 * ADMIN_TOKEN, or the moderator token of this community: none or an unknown token → 401; another
 * community's token → 403 whether this community exists or not (a token learns nothing about others);
 * an unknown community → 404, which only the admin can see.
 */
export async function authorizeCommunity(c: Context<{ Bindings: Env }>, key: CommunityKey): Promise<AuthorizedCommunity> {
  const token = presentedToken(c);
  const tokenHash = await sha256Hex(token);
  if (constantTimeEqual(token, c.env.ADMIN_TOKEN)) {
    const community = await findCommunity(c.env.DB, key);
    if (!community) throw new ApiError(404, "not_found", `No ${key.platform} community ${key.communityId}.`);
    return { community, actor: { role: "admin", tokenFingerprint: fingerprintOf(tokenHash) } };
  }
  const community = await findCommunityByTokenHash(c.env.DB, tokenHash);
  if (!community || !constantTimeEqual(tokenHash, community.tokenHash)) {
    throw new ApiError(401, "unauthorized", "The moderator token is not valid.", BEARER);
  }
  if (community.platform !== key.platform || community.communityId !== key.communityId) {
    throw new ApiError(403, "forbidden", "This token belongs to another community.");
  }
  return { community, actor: { role: "moderator", tokenFingerprint: fingerprintOf(tokenHash) } };
}

/** The adapters' ANSWER_API_KEY (401 otherwise). */
export function requireAdapter(c: Context<{ Bindings: Env }>): void {
  if (!constantTimeEqual(presentedToken(c), c.env.ANSWER_API_KEY)) {
    throw new ApiError(401, "unauthorized", "This needs the adapter key.", BEARER);
  }
}

function presentedToken(c: Context): string {
  const header = c.req.header("authorization");
  const token = header === undefined ? null : bearerToken(header);
  if (token === null) throw new ApiError(401, "unauthorized", "Send Authorization: Bearer <token>.", BEARER);
  return token;
}
