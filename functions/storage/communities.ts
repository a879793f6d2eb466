import type { CommunityConfig, CommunityPlatform } from "../../shared/schemas/community-config.ts";

/** The stored configuration of a community, or undefined when it has none (defaults apply). */
export async function loadCommunityConfig(
  _db: D1Database,
  _platform: CommunityPlatform,
  _communityId: string,
): Promise<CommunityConfig | undefined> {
  return undefined;
}
