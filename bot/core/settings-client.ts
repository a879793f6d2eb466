import { type AdapterSettings, AdapterSettingsSchema, adapterSettings, type CommunityPlatform, DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";

export const DEFAULT_ADAPTER_SETTINGS: AdapterSettings = adapterSettings(DEFAULT_CONFIG);

/**
 * A community's delivery settings from the Worker (`GET /v1/communities/:platform/:id/settings`),
 * cached for `ttlMs`. Any failure means defaults: a settings outage must never stop answers.
 */
export function createSettingsClient(options: { apiUrl: string; apiKey: string; ttlMs?: number; fetch?: typeof fetch; now?: () => number }) {
  const { apiUrl, apiKey, ttlMs = 60_000, now = Date.now } = options;
  const doFetch = options.fetch ?? fetch;
  const cache = new Map<string, { settings: AdapterSettings; expires: number }>();

  return async function settingsFor(platform: CommunityPlatform, communityId: string | undefined): Promise<AdapterSettings> {
    if (!communityId) return DEFAULT_ADAPTER_SETTINGS;
    const key = `${platform}:${communityId}`;
    const cached = cache.get(key);
    if (cached && cached.expires > now()) return cached.settings;
    const settings = await fetchSettings(platform, communityId);
    cache.set(key, { settings, expires: now() + ttlMs });
    return settings;
  };

  async function fetchSettings(platform: CommunityPlatform, communityId: string): Promise<AdapterSettings> {
    try {
      const url = new URL(`/v1/communities/${platform}/${encodeURIComponent(communityId)}/settings`, apiUrl);
      const response = await doFetch(url, { headers: { authorization: `Bearer ${apiKey}` }, signal: AbortSignal.timeout(3_000) });
      if (!response.ok) {
        await response.body?.cancel();
        return DEFAULT_ADAPTER_SETTINGS;
      }
      const parsed = AdapterSettingsSchema.safeParse(await response.json());
      return parsed.success ? parsed.data : DEFAULT_ADAPTER_SETTINGS;
    } catch {
      return DEFAULT_ADAPTER_SETTINGS;
    }
  }
}
