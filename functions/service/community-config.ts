import { type CommunityPlatform, type ResolvedCommunityConfig, resolveConfig } from "../../shared/schemas/community-config.ts";
import { logFault } from "../log.ts";
import { answeringConfig } from "../storage/communities.ts";

/**
 * The settings a community's members are answered with: D1's, cached by the isolate for a few seconds.
 * A D1 outage must not stop answers or /resources: the defaults apply and the fault is logged.
 * A community id given with another platform names no community.
 */
export async function communityConfig(env: Env, platform: string, communityId: string | undefined): Promise<ResolvedCommunityConfig> {
  if (!communityId || !isCommunityPlatform(platform)) return resolveConfig(undefined);
  try {
    return resolveConfig(await answeringConfig(env.DB, platform, communityId));
  } catch (error) {
    logFault("community.config", error);
    return resolveConfig(undefined);
  }
}

export function isCommunityPlatform(platform: string): platform is CommunityPlatform {
  return platform === "discord" || platform === "slack";
}
