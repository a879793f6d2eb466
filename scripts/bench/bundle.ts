import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface Bundle {
  directory: string;
  /** The entry module wrangler would upload. */
  script: string;
  bytes: number;
  gzipBytes: number;
}

/** The deployable bundle, exactly as `wrangler deploy` would upload it (minified per wrangler.toml). */
export function buildBundle(): Bundle {
  const directory = mkdtempSync(join(tmpdir(), "alliance-bench-"));
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
  const build = spawnSync("wrangler", ["deploy", "--dry-run", "--outdir", directory], { env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stdout}\n${build.stderr}`);
  const script = join(directory, "index.js");
  const source = readFileSync(script);
  // Level 6, as wrangler reports "gzip" for an upload.
  return { directory, script, bytes: source.length, gzipBytes: gzipSync(source).length };
}
