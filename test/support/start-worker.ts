import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unstable_startWorker } from "wrangler";

export interface RunningWorker {
  url: string;
  /** The V8 inspector's address, when started with `inspector: true` (the load test reads the heap there). */
  inspectorUrl?: string;
  stop(): Promise<void>;
}

/**
 * The Worker as `npm start` runs it (wrangler's dev server, workerd, local D1), but on a free port
 * with a fresh temporary D1 state that the migrations are applied to first.
 */
export async function startWorker(secrets: Record<string, string>, options: { seedSql?: string; inspector?: boolean } = {}): Promise<RunningWorker> {
  // No network: wrangler would otherwise try to fetch Request.cf and send metrics.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
  process.env.WRANGLER_SEND_METRICS = "false";
  const state = mkdtempSync(join(tmpdir(), "alliance-browser-"));
  const env = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
  const migrate = spawnSync("wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], { env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`Applying the migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
  if (options.seedSql) {
    const file = join(state, "seed.sql");
    writeFileSync(file, options.seedSql);
    const seed = spawnSync("wrangler", ["d1", "execute", "DB", "--local", "--persist-to", state, "--file", file], { env, encoding: "utf8" });
    if (seed.status !== 0) throw new Error(`Seeding D1 failed:\n${seed.stdout}\n${seed.stderr}`);
  }
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    bindings: Object.fromEntries(Object.entries(secrets).map(([name, value]) => [name, { type: "plain_text", value }])),
    dev: {
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: options.inspector ? { hostname: "127.0.0.1", port: 0 } : false,
      persist: state,
      watch: false,
      logLevel: "warn",
    },
  });
  await worker.ready;
  const url = (await worker.url).origin;
  const inspectorUrl = options.inspector ? (await worker.inspectorUrl)?.origin : undefined;
  return {
    url,
    ...(inspectorUrl ? { inspectorUrl } : {}),
    async stop() {
      await worker.dispose();
      rmSync(state, { recursive: true, force: true });
    },
  };
}
