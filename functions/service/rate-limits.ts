import { hmacBase64Url } from "../crypto/tokens.ts";
import { logFault } from "../log.ts";

/**
 * Who a request counts against. Each is hashed with HASH_SECRET before it reaches the limiter: no raw
 * user id or address is ever a key, and every key has the same short length whatever the platform sent.
 */
export interface RateLimitSubject {
  /** The asker, as `platform:id` (a platform user id, or an adapter's opaque userId). */
  user?: string | undefined;
  /** The community, as `platform:communityId`. */
  community?: string | undefined;
  /** An anonymous caller's address (CF-Connecting-IP). */
  ip?: string | undefined;
}

export type RateLimitVerdict = { limited: false } | { limited: true; scope: keyof RateLimitSubject; retryAfterSeconds: number };

/**
 * The period of every limit in wrangler.toml (`simple = { limit, period = 60 }`). The binding does not
 * say when its window ends, so Retry-After is the whole period: never too early.
 */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

const LIMITERS = { user: "ANSWER_LIMIT_USER", community: "ANSWER_LIMIT_COMMUNITY", ip: "ANSWER_LIMIT_IP" } as const;

/**
 * Counts the request against each of its limits in turn (user, then community, then address) and stops
 * at the first one it is over. A limiter that is missing or fails lets the request through, logged:
 * a person asking for help must not be refused because a counter is unavailable.
 */
export async function checkRateLimits(env: Env, subject: RateLimitSubject): Promise<RateLimitVerdict> {
  for (const scope of ["user", "community", "ip"] as const) {
    const value = subject[scope];
    const limiter = (env as Partial<Env>)[LIMITERS[scope]];
    if (!value || !limiter) continue;
    try {
      const key = await limiterKey(env.HASH_SECRET, scope, value);
      const { success } = await limiter.limit({ key });
      if (!success) return { limited: true, scope, retryAfterSeconds: RATE_LIMIT_PERIOD_SECONDS };
    } catch (error) {
      logFault(`ratelimit.${scope}`, error);
    }
  }
  return { limited: false };
}

/**
 * Limiter keys already worked out, by secret and subject: a community's key serves every one of its
 * members' questions, and members ask again. Bounded (ids and their hashes, never messages).
 */
const limiterKeysBySecret = new Map<string, Map<string, Promise<string>>>();
const MAX_REMEMBERED_KEYS = 10_000;

function limiterKey(secret: string, scope: keyof RateLimitSubject, value: string): Promise<string> {
  let keys = limiterKeysBySecret.get(secret);
  if (!keys || keys.size >= MAX_REMEMBERED_KEYS) {
    // One secret in use at a time (tests may use several): start afresh rather than keep every one.
    limiterKeysBySecret.clear();
    keys = new Map();
    limiterKeysBySecret.set(secret, keys);
  }
  const subject = `${scope}:${value}`;
  let key = keys.get(subject);
  if (!key) {
    key = hmacBase64Url(secret, subject).then((hash) => `${scope}:${hash}`);
    keys.set(subject, key);
    key.catch(() => keys.delete(subject));
  }
  return key;
}
