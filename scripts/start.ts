// `npm start`: local secrets, migrated local D1, then the Worker in workerd on 127.0.0.1:$PORT (8787).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync } from "node:fs";

const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const port = process.env.PORT ?? "8787";

if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("Created .dev.vars from .dev.vars.example (development secrets for this machine only).");
}

function wrangler(args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync("wrangler", args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

wrangler(["d1", "migrations", "apply", "DB", "--local"], { CI: "true" });
wrangler(["dev", "--ip", "127.0.0.1", "--port", port, "--show-interactive-dev-session=false"]);
