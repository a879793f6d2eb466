import type { CommunityConfig } from "../../shared/schemas/community-config.ts";

/**
 * How long an isolate answers with a community's config before reading it from D1 again. A saved
 * change applies at once in the isolate that saved it and within this time everywhere else.
 */
export const CONFIG_CACHE_MS = 10_000;
const MAX_CACHED = 1_000;

interface Cached {
  config: CommunityConfig | undefined;
  until: number;
}

/** Configs by "platform:communityId" (undefined: the community has none), shared by this isolate's requests: never mutate one. */
const cache = new Map<string, Cached>();
/** Bumped by every forget, so a read that was under way while a config was saved is not kept. */
let generation = 0;

/** The cached config, or `load`'s (a failed load is not cached: the next request tries again). */
export async function cachedConfig(key: string, load: () => Promise<CommunityConfig | undefined>, now = Date.now()): Promise<CommunityConfig | undefined> {
  const cached = cache.get(key);
  if (cached && cached.until > now) return cached.config;
  const started = generation;
  const config = await load();
  if (generation !== started) return config;
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, { config, until: now + CONFIG_CACHE_MS });
  return config;
}

export function forgetConfig(key: string): void {
  generation++;
  cache.delete(key);
}
