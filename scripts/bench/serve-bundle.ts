import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { unstable_readConfig, unstable_splitSqlQuery } from "wrangler";
import { bundleModules } from "./bundle.ts";
import { machineLocalLimitersEntry } from "./machine-local-limiters.ts";
import { type MiniflareInstance, startMiniflare } from "./miniflare.ts";

/** Obviously fake secrets for the local server (the bench sends nothing to the Discord routes, so no Discord key). */
export const BENCH_SECRETS = {
  ANSWER_API_KEY: "bench-answer-key",
  ADMIN_TOKEN: "bench-admin-token",
  HASH_SECRET: "bench-hash-secret",
  SLACK_SIGNING_SECRET: "bench-slack-signing-secret",
  SLACK_BOT_TOKEN: "xoxb-bench",
};

export interface WorkerSettings {
  compatibilityDate: string;
  compatibilityFlags: string[];
  vars: Record<string, string>;
  migrationsDir: string;
  /** The Rate Limiting bindings' names, namespaces and periods. */
  rateLimits: { name: string; namespaceId: string; periodSeconds: number }[];
}

/**
 * Every limit of wrangler.toml is configured, as in production (each answer pays for its checks), but so
 * high that the benchmark is never refused.
 */
export const BENCH_RATE_LIMIT = 1_000_000_000;

/** What wrangler.toml says the Worker runs with. */
export function readWorkerSettings(): WorkerSettings {
  const config = unstable_readConfig({ config: "wrangler.toml" });
  const database = config.d1_databases.find((binding: { binding: string; migrations_dir?: string }) => binding.binding === "DB");
  if (!config.compatibility_date || !database?.migrations_dir) throw new Error("wrangler.toml needs a compatibility_date and the DB binding's migrations_dir");
  return {
    compatibilityDate: config.compatibility_date,
    compatibilityFlags: config.compatibility_flags,
    vars: Object.fromEntries(Object.entries(config.vars).map(([name, value]) => [name, String(value)])),
    migrationsDir: database.migrations_dir,
    rateLimits: config.ratelimits.map(({ name, namespace_id, simple }: { name: string; namespace_id: string; simple: { period: number } }) => ({
      name,
      namespaceId: namespace_id,
      periodSeconds: simple.period,
    })),
  };
}

/** The Worker's name in workerd (its inspector target is `/core:user:<name>`). */
export const WORKER_NAME = "alliance";

export interface ServedWorker {
  /** workerd's socket for the Worker itself, with no Miniflare entry worker or proxy in front. */
  url: URL;
  mf: MiniflareInstance;
}

/**
 * How the Rate Limiting bindings are served: counted on the machine as Cloudflare counts them (see
 * machine-local-limiters.ts), by Miniflare's Durable Object simulator, or not bound (the Worker then
 * skips its checks).
 */
export type Limiters = "machine-local" | "miniflare" | "none";

/**
 * The built bundle in workerd through Miniflare's API: an in-memory local D1 with the migrations
 * applied, the secrets set, the rate limiters bound as `limiters` says, and a direct socket to the
 * Worker on loopback.
 */
export async function serveBundle(
  script: string,
  settings: WorkerSettings,
  limiters: Limiters = "machine-local",
  { limit = BENCH_RATE_LIMIT, inspector = false }: { limit?: number; inspector?: boolean } = {},
): Promise<ServedWorker> {
  const mf = await startMiniflare({
    name: WORKER_NAME,
    modulesRoot: dirname(script),
    ...(limiters === "machine-local"
      ? {
          modules: [
            {
              type: "ESModule",
              path: join(dirname(script), "bench-entry.js"),
              contents: machineLocalLimitersEntry(
                script,
                settings.rateLimits.map(({ name, periodSeconds }) => ({ name, limit, periodSeconds })),
              ),
            },
            ...bundleModules(script),
          ],
        }
      : { modules: bundleModules(script) }),
    compatibilityDate: settings.compatibilityDate,
    compatibilityFlags: settings.compatibilityFlags,
    bindings: { ...settings.vars, ...BENCH_SECRETS },
    d1Databases: { DB: "bench" },
    ratelimits: Object.fromEntries(
      (limiters === "miniflare" ? settings.rateLimits : []).map(({ name, namespaceId, periodSeconds }) => [
        name,
        { namespace_id: namespaceId, simple: { limit, period: periodSeconds } },
      ]),
    ),
    unsafeDirectSockets: [{ host: "127.0.0.1", port: 0 }],
    ...(inspector ? { inspectorPort: 0 } : {}),
    handleStructuredLogs: () => undefined,
  });
  await applyMigrations(mf, settings.migrationsDir);
  return { url: await mf.unsafeGetDirectURL(), mf };
}

/** The D1 migrations, in order, on the instance's DB (in memory: every run starts empty). */
export async function applyMigrations(mf: MiniflareInstance, migrationsDir: string): Promise<void> {
  const db = await mf.getD1Database("DB");
  const migrations = readdirSync(migrationsDir)
    .filter((name) => name.endsWith(".sql"))
    .sort();
  for (const migration of migrations) {
    for (const statement of unstable_splitSqlQuery(readFileSync(join(migrationsDir, migration), "utf8"))) {
      await db.prepare(statement).run();
    }
  }
}
