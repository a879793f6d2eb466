import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { hmacBase64Url } from "../../crypto/tokens.ts";
import { constantTimeEqual } from "../../http/constant-time.ts";
import { findSession, type ModeratorSession, SESSION_TTL_MS } from "../../storage/sessions.ts";

/** `__Host-`: the browser keeps it only if Secure, host-only and Path=/, so no subdomain can plant one. */
export const SESSION_COOKIE = "__Host-alliance-session";

export interface SignedInSession extends ModeratorSession {
  id: string;
  /** The per-session token every form carries (an HMAC of the session id, so nothing more is stored). */
  csrfToken: string;
}

export function setSessionCookie(c: Context, sessionId: string): void {
  setCookie(c, SESSION_COOKIE, sessionId, { httpOnly: true, secure: true, sameSite: "Strict", path: "/", maxAge: SESSION_TTL_MS / 1000 });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: "Strict", path: "/" });
}

/** The signed-in moderator's session, or null. */
export async function currentSession(c: Context<{ Bindings: Env }>): Promise<SignedInSession | null> {
  const id = getCookie(c, SESSION_COOKIE);
  if (!id || id.length > 100) return null;
  const session = await findSession(c.env.DB, id);
  return session ? { ...session, id, csrfToken: await csrfTokenFor(c.env.HASH_SECRET, id) } : null;
}

export function csrfTokenFor(secret: string, sessionId: string): Promise<string> {
  return hmacBase64Url(secret, `csrf:${sessionId}`);
}

export function csrfTokenMatches(session: SignedInSession, given: string | null): boolean {
  return given !== null && constantTimeEqual(given, session.csrfToken);
}

/**
 * A form POST must come from this origin, whatever the CSRF token says: the Origin header, or
 * Sec-Fetch-Site where a browser sends `Origin: null` (privacy settings, some redirects) or none.
 */
export function isSameOrigin(c: Context): boolean {
  const origin = c.req.header("origin");
  if (origin !== undefined && origin !== "null") return origin === new URL(c.req.url).origin;
  return c.req.header("sec-fetch-site") === "same-origin";
}
