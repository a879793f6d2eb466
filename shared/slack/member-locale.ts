import type { SlackWebApi } from "./web-api.ts";

/** A member's Slack language rarely changes; a few minutes keeps `users.info` to one call per member per burst. */
export const LOCALE_TTL_MS = 5 * 60_000;
const MAX_MEMBERS = 5_000;
const BCP47 = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

export type MemberLocale = (api: SlackWebApi, teamId: string, userId: string) => Promise<string | undefined>;

/**
 * The member's Slack locale ("es-ES"), from `users.info` with `include_locale`, remembered per member for a
 * few minutes (failures too, so a missing `users:read` scope costs one call, not one per message). Never
 * throws: without a locale the reply is still written, in the language the message or the community gives.
 */
export function createMemberLocale(options: { ttlMs?: number; now?: () => number; onFault?: (error: unknown) => void } = {}): MemberLocale {
  const ttlMs = options.ttlMs ?? LOCALE_TTL_MS;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { locale: string | undefined; until: number }>();
  return async function memberLocale(api, teamId, userId) {
    const key = `${teamId}:${userId}`;
    const known = cache.get(key);
    if (known && known.until > now()) return known.locale;
    let locale: string | undefined;
    try {
      const result = await api.call("users.info", { user: userId, include_locale: true });
      const value = (result.user as { locale?: unknown } | undefined)?.locale;
      locale = typeof value === "string" && value.length <= 35 && BCP47.test(value) ? value : undefined;
    } catch (error) {
      options.onFault?.(error);
    }
    cache.delete(key);
    if (cache.size >= MAX_MEMBERS) cache.delete(cache.keys().next().value as string);
    cache.set(key, { locale, until: now() + ttlMs });
    return locale;
  };
}
