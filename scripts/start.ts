// `npm start`: local secrets (and a Discord key pair of this machine's own), migrated local D1, then the
// Worker in workerd on 127.0.0.1:$PORT (8787).
import { spawnSync } from "node:child_process";
import { optionalSecretArgs, prepareDevVars } from "./dev-vars.ts";

const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const port = process.env.PORT ?? "8787";

for (const line of prepareDevVars()) console.log(line);

function wrangler(args: string[], extraEnv: Record<string, string> = {}): void {
  const result = spawnSync("wrangler", args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

wrangler(["d1", "migrations", "apply", "DB", "--local"], { CI: "true" });
wrangler(["dev", "--ip", "127.0.0.1", "--port", port, "--show-interactive-dev-session=false", ...optionalSecretArgs()]);
