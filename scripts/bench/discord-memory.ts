// The gateway bot's memory per 1,000 servers (docs/discord.md): a fake Discord gateway in this process
// recommends one shard per 1,000 servers and sends each a GUILD_CREATE; the bot (internal sharding, its
// real client options) runs in a child process, and reports its heap and RSS once every shard is ready,
// after a full garbage collection. `npx node scripts/bench/discord-memory.ts [servers…]`.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createDiscordBot } from "../../bot/discord/client.ts";
import { type FakeGuildShape, startFakeDiscordGateway } from "../../test/support/fake-discord-gateway.ts";

/** A mid-sized community server: channels and roles as such servers have; members arrive only as the bot (no members intent). */
const SHAPE: FakeGuildShape = { channels: 30, roles: 15, memberCount: 400 };

interface Sample {
  servers: number;
  shards: number;
  heapMiB: number;
  rssMiB: number;
  readyMs: number;
}

if (process.argv[2] === "--child") {
  const [apiUrl, servers] = [process.argv[3]!, Number(process.argv[4])];
  const gc = (globalThis as { gc?: () => void }).gc!;
  const started = Date.now();
  const bot = createDiscordBot({ token: "fake.token.value", apiUrl: "http://127.0.0.1:9", apiKey: "k" }, () => {}, { rest: { api: apiUrl } });
  const ready = new Promise<void>((resolve) => bot.client.once("clientReady", () => resolve()));
  const log = console.log;
  console.log = () => {};
  await bot.start();
  await ready;
  const readyMs = Date.now() - started;
  if (bot.client.guilds.cache.size !== servers) throw new Error(`expected ${servers} servers, the bot has ${bot.client.guilds.cache.size}`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  gc();
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  log(JSON.stringify({ servers, shards: bot.client.ws.shards.size, heapMiB: heapUsed / 2 ** 20, rssMiB: rss / 2 ** 20, readyMs } satisfies Sample));
  await bot.stop();
  process.exit(0);
} else {
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n >= 0);
  const samples: Sample[] = [];
  for (const servers of counts.length > 0 ? counts : [10, 1_000, 3_000, 5_000]) {
    const gateway = await startFakeDiscordGateway({ guilds: servers, shards: Math.max(1, Math.ceil(servers / 1_000)), shape: SHAPE });
    // The child runs while this process serves the gateway, so it is spawned asynchronously.
    const child = await new Promise<string>((resolve, reject) => {
      const proc = spawn(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--child", gateway.apiUrl, String(servers)], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      proc.stdout.on("data", (chunk) => (out += chunk));
      proc.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`the bot exited with ${code}`))));
    });
    await gateway.close();
    const sample = JSON.parse(child.trim().split("\n").at(-1)!) as Sample;
    samples.push(sample);
    console.log(
      `${servers.toLocaleString("en")} servers, ${sample.shards} shard(s): heap ${sample.heapMiB.toFixed(1)} MiB, RSS ${sample.rssMiB.toFixed(1)} MiB, all shards ready in ${(sample.readyMs / 1000).toFixed(1)} s`,
    );
  }
  const [first, last] = [samples[0]!, samples.at(-1)!];
  if (samples.length > 1 && last.servers > first.servers) {
    const per = (key: "heapMiB" | "rssMiB") => ((last[key] - first[key]) / (last.servers - first.servers)) * 1_000;
    console.log(
      `Per 1,000 servers (${first.servers.toLocaleString("en")} → ${last.servers.toLocaleString("en")}): heap +${per("heapMiB").toFixed(1)} MiB, RSS +${per("rssMiB").toFixed(1)} MiB (servers of ${SHAPE.channels} channels and ${SHAPE.roles} roles).`,
    );
  }
}
