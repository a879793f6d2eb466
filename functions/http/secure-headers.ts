import type { MiddlewareHandler } from "hono";

/**
 * The headers Hono's `secureHeaders()` sets with its defaults, written out: its options machinery
 * (CSP builders, nonces, permissions policies, none of which the Worker uses) is 1 KiB of the bundle,
 * and these are set on every response that does not set its own.
 */
export const SECURE_HEADERS: readonly (readonly [string, string])[] = [
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=15552000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

export const secureHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  // A route's own stricter value (the moderator page's X-Frame-Options: DENY) stands.
  for (const [name, value] of SECURE_HEADERS) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  c.res.headers.delete("X-Powered-By");
};
