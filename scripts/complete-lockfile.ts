// The npm registry mirror this project is built against lacks workerd's macOS and Windows
// binaries, so npm leaves them out of package-lock.json and `npm ci` then refuses the lockfile.
// This adds the missing optional platform entries (os/cpu-gated, so Linux skips them and other
// systems fetch them from the real registry). Run after regenerating the lockfile.
import { readFileSync, writeFileSync } from "node:fs";

const PLATFORMS: Record<string, { os: string; cpu: string }> = {
  "@cloudflare/workerd-darwin-64": { os: "darwin", cpu: "x64" },
  "@cloudflare/workerd-darwin-arm64": { os: "darwin", cpu: "arm64" },
  "@cloudflare/workerd-linux-64": { os: "linux", cpu: "x64" },
  "@cloudflare/workerd-linux-arm64": { os: "linux", cpu: "arm64" },
  "@cloudflare/workerd-windows-64": { os: "win32", cpu: "x64" },
};

type Entry = { version: string; dev?: boolean; optionalDependencies?: Record<string, string> } & Record<string, unknown>;
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, Entry> };
let added = 0;

for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path.endsWith("node_modules/workerd")) continue;
  const parent = path.slice(0, -"workerd".length);
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const platform = PLATFORMS[name];
    if (!platform) continue;
    const candidates = [`${path}/node_modules/${name}`, `${parent}${name}`, `node_modules/${name}`];
    if (candidates.some((candidate) => lock.packages[candidate]?.version === version)) continue;
    const target = lock.packages[`${parent}${name}`] ? `${path}/node_modules/${name}` : `${parent}${name}`;
    lock.packages[target] = {
      version,
      cpu: [platform.cpu],
      ...(entry.dev ? { dev: true } : {}),
      license: "Apache-2.0",
      optional: true,
      os: [platform.os],
      engines: { node: ">=16" },
    };
    added += 1;
  }
}

lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
