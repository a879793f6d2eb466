// `npm start`: local secrets (and a Discord key pair of this machine's own), migrated local D1, then the
// Worker in workerd on 127.0.0.1:$PORT (8787), and once it is ready, where to point a browser or curl.
import { spawn, spawnSync } from "node:child_process";
import { optionalSecretArgs, prepareDevVars } from "./dev-vars.ts";
import { localD1Summary } from "./local-d1-summary.ts";

const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };
const port = process.env.PORT ?? "8787";
const origin = `http://127.0.0.1:${port}`;

for (const line of prepareDevVars()) console.log(line);

// Wrangler redraws its migration table once per migration: one line here, its whole output only when it fails.
const migrate = spawnSync("wrangler", ["d1", "migrations", "apply", "DB", "--local"], {
  encoding: "utf8",
  env: { ...env, CI: "true" },
});
if (migrate.status !== 0) {
  process.stdout.write(migrate.stdout ?? "");
  process.stderr.write(migrate.stderr ?? "");
  process.exit(migrate.status ?? 1);
}
console.log(localD1Summary(migrate.stdout));

const devArgs = ["dev", "--ip", "127.0.0.1", "--port", port, "--show-interactive-dev-session=false"];
const dev = spawn("wrangler", [...devArgs, ...optionalSecretArgs()], { stdio: ["inherit", "pipe", "inherit"], env });
let announced = false;
dev.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (announced || !chunk.toString().includes("Ready on")) return;
  announced = true;
  console.log(`\n  Chat page   ${origin}/\n  Moderators  ${origin}/admin\n  API         POST ${origin}/v1/answer\n`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
