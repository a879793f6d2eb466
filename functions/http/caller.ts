import type { Context } from "hono";
import { ApiError } from "./api-error.ts";
import { constantTimeEqual } from "./constant-time.ts";

export type Caller = { kind: "adapter" } | { kind: "anonymous" };

/**
 * Adapters authenticate with `Authorization: Bearer <ANSWER_API_KEY>`; no header means anonymous,
 * any other Authorization header is a 401 (a wrong key must never fall back to anonymous).
 */
export function identifyCaller(c: Context<{ Bindings: Env }>): Caller {
  const header = c.req.header("authorization");
  if (header === undefined) return { kind: "anonymous" };
  const token = bearerToken(header);
  if (token !== null && constantTimeEqual(token, c.env.ANSWER_API_KEY)) return { kind: "adapter" };
  throw new ApiError(401, "unauthorized", "The adapter key is not valid.", { "WWW-Authenticate": "Bearer" });
}

export function bearerToken(header: string): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}
