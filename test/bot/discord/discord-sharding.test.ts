import { afterEach, describe, expect, it, vi } from "vitest";
import { createDiscordBot } from "../../../bot/discord/client.ts";
import type { AdapterSettings } from "../../../shared/schemas/community-config.ts";
import { ANSWER } from "../../support/answers.ts";
import { FAKE_BOT_ID, shardOf, startFakeDiscordGateway } from "../../support/fake-discord-gateway.ts";
import { startFakeServer } from "../../support/fake-worker.ts";

const SETTINGS: AdapterSettings = { channels: { mode: "mentions" }, crisisReplyPrivately: false, cooldownSeconds: 5 };
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

describe('the gateway bot shards internally (shards: "auto") against a fake Discord gateway', () => {
  it("runs every shard Discord recommends in one process, and keeps each member's conversation and cooldown per server", async () => {
    const discord = await startFakeDiscordGateway({ guilds: 6, shards: 3 });
    const worker = await startFakeServer((request, response) => {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(request.url?.startsWith("/v1/communities/") ? SETTINGS : ANSWER));
    });
    const bot = createDiscordBot({ token: "fake.token.value", apiUrl: worker.url, apiKey: "k" }, () => {}, { rest: { api: discord.apiUrl } });
    closers.push(
      () => worker.close(),
      () => discord.close(),
      () => bot.stop(),
    );
    const ready = new Promise<void>((resolve) => bot.client.once("clientReady", () => resolve()));
    await bot.start();
    await ready;

    expect(discord.identified.map((shard) => shard.shard).sort()).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(bot.client.guilds.cache.size).toBe(6);
    // Two servers served by two different shards; the same member talks in both.
    const [first, second] = [discord.guildIds.find((id) => shardOf(id, 3) === 0)!, discord.guildIds.find((id) => shardOf(id, 3) === 2)!];
    discord.dispatch({ guildId: first, authorId: "700000000000000001", content: "lost my job today, everything's falling apart" });
    discord.dispatch({ guildId: second, authorId: "700000000000000001", content: "nice weather today" });
    discord.dispatch({ guildId: first, authorId: "700000000000000001", content: `<@${FAKE_BOT_ID}> which bridge in town is the highest?`, mentionsBot: true });
    discord.dispatch({ guildId: second, authorId: "700000000000000001", content: `<@${FAKE_BOT_ID}> what is the therapeutic alliance?`, mentionsBot: true });
    await vi.waitFor(() => expect(discord.posted).toHaveLength(2), { timeout: 5_000 });

    const asks = worker.requests.filter((request) => request.url === "/v1/answer").map((request) => JSON.parse(request.body));
    expect(asks.find((ask) => ask.communityId === first)).toMatchObject({
      text: "which bridge in town is the highest?",
      context: ["lost my job today, everything's falling apart"],
    });
    // The cooldown is per server: answered in the second server although the member was just answered in the first.
    expect(asks.find((ask) => ask.communityId === second)).toMatchObject({ text: "what is the therapeutic alliance?", context: ["nice weather today"] });
    expect(discord.posted.map((post) => post.body.content)).toEqual([ANSWER.text, ANSWER.text]);
  });
});
