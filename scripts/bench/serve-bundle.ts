import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { unstable_readConfig, unstable_splitSqlQuery } from "wrangler";
import { startMiniflare, type MiniflareInstance } from "./miniflare.ts";

/** Obviously fake secrets for the local server. */
export const BENCH_SECRETS = {
  ANSWER_API_KEY: "bench-answer-key",
  ADMIN_TOKEN: "bench-admin-token",
  HASH_SECRET: "bench-hash-secret",
  DISCORD_PUBLIC_KEY: "0".repeat(64),
  DISCORD_TOKEN: "",
  SLACK_SIGNING_SECRET: "bench-slack-signing-secret",
  SLACK_BOT_TOKEN: "xoxb-bench",
};

export interface WorkerSettings {
  compatibilityDate: string;
  compatibilityFlags: string[];
  vars: Record<string, string>;
  migrationsDir: string;
}

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
  };
}

export interface ServedWorker {
  /** workerd's socket for the Worker itself, with no Miniflare entry worker or proxy in front. */
  url: URL;
  mf: MiniflareInstance;
}

/**
 * The built bundle in workerd through Miniflare's API: an in-memory local D1 with the migrations
 * applied, the secrets set, and a direct socket to the Worker on loopback.
 */
export async function serveBundle(script: string, settings: WorkerSettings): Promise<ServedWorker> {
  const mf = await startMiniflare({
    name: "alliance",
    modules: true,
    modulesRoot: dirname(script),
    scriptPath: script,
    compatibilityDate: settings.compatibilityDate,
    compatibilityFlags: settings.compatibilityFlags,
    bindings: { ...settings.vars, ...BENCH_SECRETS },
    d1Databases: { DB: "bench" },
    unsafeDirectSockets: [{ host: "127.0.0.1", port: 0 }],
    handleStructuredLogs: () => undefined,
  });
  await applyMigrations(mf, settings.migrationsDir);
  return { url: await mf.unsafeGetDirectURL(), mf };
}

/** The D1 migrations, in order, on the instance's DB (in memory: every run starts empty). */
export async function applyMigrations(mf: MiniflareInstance, migrationsDir: string): Promise<void> {
  const db = await mf.getD1Database("DB");
  const migrations = readdirSync(migrationsDir).filter((name) => name.endsWith(".sql")).sort();
  for (const migration of migrations) {
    for (const statement of unstable_splitSqlQuery(readFileSync(join(migrationsDir, migration), "utf8"))) {
      await db.prepare(statement).run();
    }
  }
}
