import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleModule {
  /** Its file in the bundle's directory. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface Bundle {
  directory: string;
  /** The entry module wrangler would upload. */
  script: string;
  /** Everything it would upload, each gzipped alone: the entry module, then the data modules it imports (`.bin`). */
  modules: BundleModule[];
  /** Their sums: the data modules count against the budget as the script does. */
  bytes: number;
  gzipBytes: number;
}

/** The deployable bundle, exactly as `wrangler deploy` would upload it (minified per wrangler.toml), data modules included. */
export function buildBundle(): Bundle {
  const directory = mkdtempSync(join(tmpdir(), "alliance-bench-"));
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
  const build = spawnSync("wrangler", ["deploy", "--dry-run", "--outdir", directory], { env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${build.stdout}\n${build.stderr}`);
  const script = join(directory, "index.js");
  const modules = [script, ...dataModulePaths(script)].map((path) => {
    const source = readFileSync(path);
    // Level 6, as wrangler reports "gzip" for an upload.
    return { path, bytes: source.length, gzipBytes: gzipSync(source).length };
  });
  const sum = (key: "bytes" | "gzipBytes") => modules.reduce((total, module) => total + module[key], 0);
  return { directory, script, modules, bytes: sum("bytes"), gzipBytes: sum("gzipBytes") };
}

/** The data modules wrangler wrote beside the entry module (`<hash>-<name>.bin`, a `Data` module each). */
export function dataModulePaths(script: string): string[] {
  const directory = dirname(script);
  return readdirSync(directory)
    .filter((name) => name.endsWith(".bin") || name.endsWith(".txt"))
    .sort()
    .map((name) => join(directory, name));
}

/** The bundle as Miniflare's `modules` list: the entry module, then its data modules. */
export function bundleModules(script: string): { type: "ESModule" | "Data" | "Text"; path: string; contents: string | Uint8Array }[] {
  return [
    { type: "ESModule", path: script, contents: readFileSync(script, "utf8") },
    ...dataModulePaths(script).map((path) =>
      path.endsWith(".txt")
        ? { type: "Text" as const, path, contents: readFileSync(path, "utf8") }
        : { type: "Data" as const, path, contents: new Uint8Array(readFileSync(path)) },
    ),
  ];
}
