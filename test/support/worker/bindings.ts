import { env } from "cloudflare:workers";
import { nowTimestamp, signDiscord } from "./discord-interactions.ts";
import { fetchSettled } from "./slack.ts";

/** The Worker's bindings with wrangler.toml's real rate limits (the rest of the suite runs with raised ones). */
export function withRealLimits(bindings: Env = env): Env {
  return {
    ...bindings,
    ANSWER_LIMIT_USER: env.TEST_ANSWER_LIMIT_USER,
    ANSWER_LIMIT_COMMUNITY: env.TEST_ANSWER_LIMIT_COMMUNITY,
    ANSWER_LIMIT_IP: env.TEST_ANSWER_LIMIT_IP,
  };
}

/** A request through the Worker's real fetch with these bindings, resolved after its waitUntil work. */
export function fetchWith(bindings: Env, path: string, init?: RequestInit): Promise<Response> {
  return fetchSettled(new Request(`http://alliance.test${path}`, init), bindings);
}

export function postJsonWith(bindings: Env, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetchWith(bindings, path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

/** Signs an interaction as Discord does and posts it with these bindings. */
export async function postInteractionWith(bindings: Env, interaction: unknown): Promise<Response> {
  const body = JSON.stringify(interaction);
  const timestamp = nowTimestamp();
  const headers = { "content-type": "application/json", "x-signature-ed25519": await signDiscord(body, timestamp), "x-signature-timestamp": timestamp };
  return fetchWith(bindings, "/discord/interactions", { method: "POST", headers, body });
}

/**
 * A D1 that is down: every query rejects (or, with `throwOnPrepare`, preparing throws at once), the
 * way an unreachable database fails. The error message quotes the query's values on lines of their
 * own, as SQLite's can, so a log that kept any of the message would show them.
 */
export function brokenD1(options: { throwOnPrepare?: boolean } = {}): D1Database {
  const fail = (values: unknown[] = []) => new Error(["D1_ERROR: Network connection lost.", ...values.map(String)].join("\n"));
  const statement = (values: unknown[] = []): D1PreparedStatement =>
    ({
      bind: (...bound: unknown[]) => statement(bound),
      first: () => Promise.reject(fail(values)),
      run: () => Promise.reject(fail(values)),
      all: () => Promise.reject(fail(values)),
      raw: () => Promise.reject(fail(values)),
    }) as unknown as D1PreparedStatement;
  return {
    prepare: () => {
      if (options.throwOnPrepare) throw fail();
      return statement();
    },
    batch: (statements: D1PreparedStatement[]) => Promise.reject(fail([statements.length])),
    exec: () => Promise.reject(fail()),
    dump: () => Promise.reject(fail()),
    withSession: () => {
      throw fail();
    },
  } as unknown as D1Database;
}
