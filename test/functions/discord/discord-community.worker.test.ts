import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../../functions/index.ts";
import { type DiscordMessage, EPHEMERAL_FLAG } from "../../../shared/render/discord.ts";
import { bearer, createCommunity, putConfig } from "../../support/worker/communities-support.ts";
import { commandInteraction, nowTimestamp, postInteraction, signDiscord } from "../../support/worker/discord-interactions.ts";

let next = 0;
/** A fresh guild id (a snowflake), so tests stay independent. */
function guildId(): string {
  next += 1;
  return `${Date.now()}${String(next).padStart(4, "0")}`;
}

async function communityWith(config: Record<string, unknown>): Promise<string> {
  const id = guildId();
  const token = await createCommunity("discord", id);
  expect((await putConfig("discord", id, config, bearer(token))).status).toBe(200);
  return id;
}

function inGuild(interaction: ReturnType<typeof commandInteraction>, id: string) {
  return { ...interaction, guild_id: id };
}

async function messageFrom(response: Response): Promise<DiscordMessage> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: DiscordMessage }).data;
}

const CRISIS_TEXT = "where is the weekly support call, i want to kill myself tonight";
describe("Discord interactions follow the community's config in D1", () => {
  it("answers /ask with the server's own custom answer", async () => {
    const answer = "Our peer support call is every Thursday at 19:00 UK time in the #voice-support channel.";
    const id = await communityWith({
      customAnswers: [{ id: "weekly-call", title: "Our weekly support call", answer, sampleQuestions: ["where is our weekly support call"] }],
    });
    const ask = commandInteraction("ask", [{ name: "question", type: 3, value: "Where is our weekly support call?" }]);
    expect((await messageFrom(await postInteraction(inGuild(ask, id)))).content).toBe(`**Our weekly support call**\n\n${answer}`);
  });

  it("makes /resources private when the moderators ask for private crisis replies", async () => {
    const id = await communityWith({ crisisReplyPrivately: true });
    expect((await messageFrom(await postInteraction(inGuild(commandInteraction("resources"), id)))).flags).toBe(EPHEMERAL_FLAG);
    expect((await messageFrom(await postInteraction(inGuild(commandInteraction("resources"), guildId())))).flags).toBeUndefined();
  });

  it("answers /resources for the community's region, with its own lines after the built-in ones", async () => {
    const id = await communityWith({ region: "GB", extraResources: [{ name: "Our peer line", phone: "+44 20 7946 0000" }] });
    const interaction = { ...inGuild(commandInteraction("resources"), id), locale: "en-US" };
    const names = (await messageFrom(await postInteraction(interaction))).embeds[0]!.fields.map((field) => field.name);
    expect(names[0]).toMatch(/^Samaritans/);
    expect(names).toContain("Our peer line");
  });

  it("answers a crisis /ask privately and alerts the moderators' channel with a link, never the words", async () => {
    const id = await communityWith({ crisisReplyPrivately: true, alertChannelId: "777000000000000001" });
    const body = JSON.stringify(inGuild(commandInteraction("ask", [{ name: "question", type: 3, value: CRISIS_TEXT }]), id));
    const timestamp = nowTimestamp();
    const request = new Request("http://alliance.test/discord/interactions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-signature-ed25519": await signDiscord(body, timestamp), "x-signature-timestamp": timestamp },
      body,
    });
    const ctx = createExecutionContext();
    const response = await worker.fetch(request, env, ctx);
    await waitOnExecutionContext(ctx);
    const message = await messageFrom(response);
    expect(message.flags).toBe(EPHEMERAL_FLAG);
    expect(message.embeds[0]!.fields.length).toBeGreaterThan(0);
    const recorded = (await (await fetch(`${env.DISCORD_API_BASE}/__requests`)).json()) as { url: string; body: string }[];
    const alert = recorded.find((r) => r.url === "/channels/777000000000000001/messages");
    expect(alert?.body).toContain(`https://discord.com/channels/${id}/`);
    expect(alert?.body).not.toContain("kill myself");
  });
});
