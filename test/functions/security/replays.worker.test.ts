import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { claimRequest } from "../../../functions/storage/seen-requests.ts";
import type { DiscordMessage } from "../../../shared/render/discord.ts";
import { fetchWith } from "../../support/worker/bindings.ts";
import { bearer, createCommunity, putConfig } from "../../support/worker/communities-support.ts";
import { commandInteraction, nowTimestamp, signDiscord } from "../../support/worker/discord-interactions.ts";
import { fetchSettled, form, nowSeconds, slackCalls, slackSignature, uniqueId } from "../../support/worker/slack.ts";

const CRISIS_TEXT = "i want to kill myself tonight";

let next = 0;
function guildId(): string {
  next += 1;
  return `${Date.now()}${String(next).padStart(4, "0")}`;
}

/** One signed request, sent as many times as asked: byte for byte what someone who captured it could resend. */
async function signedInteraction(interaction: unknown, timestamp = nowTimestamp()): Promise<() => Promise<Response>> {
  const body = JSON.stringify(interaction);
  const headers = { "content-type": "application/json", "x-signature-ed25519": await signDiscord(body, timestamp), "x-signature-timestamp": timestamp };
  return () => fetchWith(env, "/discord/interactions", { method: "POST", headers, body });
}

async function signedSlack(path: string, body: string, timestamp = String(nowSeconds())): Promise<() => Promise<Response>> {
  const contentType = path === "/slack/events" ? "application/json" : "application/x-www-form-urlencoded";
  const headers = { "content-type": contentType, "x-slack-request-timestamp": timestamp, "x-slack-signature": await slackSignature(body, timestamp) };
  return () => fetchSettled(new Request(`http://alliance.test${path}`, { method: "POST", headers, body }));
}

async function countedQuestions(community: string): Promise<number> {
  const row = await env.DB.prepare("SELECT COALESCE(SUM(count), 0) AS total FROM usage_daily WHERE community = ?1").bind(community).first<{ total: number }>();
  return row!.total;
}

async function alertsTo(channel: string): Promise<number> {
  const requests = (await (await fetch(`${env.DISCORD_API_BASE}/__requests`)).json()) as { url: string }[];
  return requests.filter((request) => request.url === `/channels/${channel}/messages`).length;
}

describe("a signed Discord interaction sent again gets nothing new", () => {
  it("a replayed crisis /ask: answered once, counted once, moderators alerted once; the copy gets a private note", async () => {
    const id = guildId();
    const alertChannel = guildId();
    const token = await createCommunity("discord", id);
    expect((await putConfig("discord", id, { alertChannelId: alertChannel }, bearer(token))).status).toBe(200);
    const send = await signedInteraction({ ...commandInteraction("ask", [{ name: "question", type: 3, value: CRISIS_TEXT }]), guild_id: id });

    const first = (await (await send()).json()) as { type: number; data: DiscordMessage };
    expect(first.data.embeds[0]?.title).toBe("Talk to someone now");
    for (let copy = 0; copy < 3; copy += 1) {
      const again = await send();
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({
        type: 4,
        data: expect.objectContaining({ content: "This request was already answered.", embeds: [], components: [], flags: 64 }),
      });
    }
    expect(await countedQuestions(`discord:${id}`)).toBe(1);
    expect(await alertsTo(alertChannel)).toBe(1);
  });

  it("remembers the interaction id in D1 (so every isolate knows it) until the signature would be stale, and nothing else", async () => {
    const interaction = commandInteraction("ask", [{ name: "question", type: 3, value: "why does my therapist say we" }]);
    const timestamp = nowTimestamp(-200);
    await (await signedInteraction(interaction, timestamp))();
    const rows = (await env.DB.prepare("SELECT * FROM seen_requests WHERE request_key = ?1").bind(`discord:${interaction.id}`).all()).results;
    expect(rows).toEqual([{ request_key: `discord:${interaction.id}`, expires_at: (Number(timestamp) + 300) * 1_000 }]);
  });

  it("PINGs (which change nothing) are answered every time", async () => {
    const send = await signedInteraction({ id: guildId(), application_id: "555", token: "t", version: 1, type: 1 });
    for (let i = 0; i < 2; i += 1) expect(await (await send()).json()).toEqual({ type: 1 });
  });
});

describe("a signed Slack request sent again gets an empty 200 (Slack never retries one) and nothing else", () => {
  it("/ask: the answer once, then empty acknowledgements", async () => {
    const body = form({
      team_id: uniqueId("T"),
      channel_id: uniqueId("C"),
      user_id: "UMEMBER",
      command: "/ask",
      text: "why does my therapist say we",
      response_url: "https://hooks.slack.com/x",
      trigger_id: "1",
    });
    const send = await signedSlack("/slack/commands", body);
    expect(await (await send()).json()).toMatchObject({ response_type: "in_channel" });
    for (let copy = 0; copy < 2; copy += 1) {
      const again = await send();
      expect(again.status).toBe(200);
      expect(await again.text()).toBe("");
    }
  });

  it("a url_verification: the challenge once; a follow-up button: one reply posted", async () => {
    const verification = await signedSlack("/slack/events", JSON.stringify({ type: "url_verification", challenge: uniqueId("c") }));
    expect(await (await verification()).json()).toHaveProperty("challenge");
    expect(await (await verification()).text()).toBe("");

    const channel = uniqueId("C");
    const payload = {
      type: "block_actions",
      user: { id: "UMEMBER" },
      team: { id: "TALLIANCE" },
      channel: { id: channel },
      message: { ts: "1700000000.000100" },
      container: { channel_id: channel, message_ts: "1700000000.000100" },
      actions: [{ action_id: "alliance_follow_up_0", value: "What is the therapeutic alliance?" }],
    };
    const press = await signedSlack("/slack/interactions", form({ payload: JSON.stringify(payload) }));
    for (let i = 0; i < 3; i += 1) expect((await press()).status).toBe(200);
    expect((await slackCalls(channel)).filter((call) => call.method === "chat.postMessage")).toHaveLength(1);
  });

  it("keeps the signature only, never the body", async () => {
    const text = `why does my therapist say we ${uniqueId("marker")}`;
    const body = form({
      team_id: uniqueId("T"),
      channel_id: uniqueId("C"),
      user_id: "UMEMBER",
      command: "/ask",
      text,
      response_url: "https://hooks.slack.com/x",
      trigger_id: "1",
    });
    const timestamp = String(nowSeconds());
    await (await signedSlack("/slack/commands", body, timestamp))();
    const signature = await slackSignature(body, timestamp);
    const rows = (await env.DB.prepare("SELECT * FROM seen_requests WHERE request_key = ?1").bind(`slack:${signature}`).all()).results;
    expect(rows).toHaveLength(1);
    expect(JSON.stringify((await env.DB.prepare("SELECT * FROM seen_requests").all()).results)).not.toContain(text.split(" ").at(-1));
  });
});

describe("seen_requests", () => {
  it("claims a key once, and prunes keys whose time has passed", async () => {
    const now = Date.now();
    await env.DB.prepare("INSERT INTO seen_requests (request_key, expires_at) VALUES ('slack:v0=lapsed', ?1)")
      .bind(now - 1)
      .run();
    expect(await claimRequest(env.DB, "discord:1", now + 60_000, now)).toBe(true);
    expect(await claimRequest(env.DB, "discord:1", now + 60_000, now)).toBe(false);
    expect(await env.DB.prepare("SELECT 1 FROM seen_requests WHERE request_key = 'slack:v0=lapsed'").first()).toBeNull();
  });

  it("two copies racing: exactly one is taken", async () => {
    const key = `discord:${guildId()}`;
    const claims = await Promise.all(Array.from({ length: 5 }, () => claimRequest(env.DB, key, Date.now() + 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
