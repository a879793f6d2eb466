import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** The bot's user in the fake: messages mention it as `<@${FAKE_BOT_ID}>`. */
export const FAKE_BOT_ID = "900000000000000001";
const DISCORD_EPOCH = 1_420_070_400_000n;

export interface FakeGuildShape {
  channels: number;
  roles: number;
  memberCount: number;
}

/** A Discord snowflake for a sequence number, so guilds spread over shards as Discord's (id >> 22) % shards does. */
export function snowflake(sequence: number, timestamp = 1_700_000_000_000): string {
  return (((BigInt(timestamp) - DISCORD_EPOCH) << 22n) | BigInt(sequence % 4_194_304)).toString();
}

export function shardOf(guildId: string, shards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shards));
}

/**
 * Discord's gateway and the REST routes the gateway bot uses, on loopback: `GET /gateway/bot` recommends
 * `shards`, each shard's IDENTIFY is answered with READY and a GUILD_CREATE for every guild on that shard
 * ((id >> 22) % shards), heartbeats are acknowledged, and `dispatch` sends a MESSAGE_CREATE down the
 * shard that serves its guild, as Discord does. Replies posted over REST are recorded.
 */
export async function startFakeDiscordGateway(options: { guilds: number; shards: number; shape?: FakeGuildShape }) {
  const shape = options.shape ?? { channels: 8, roles: 5, memberCount: 50 };
  const guildIds = Array.from({ length: options.guilds }, (_, index) => snowflake(index * 4_096 + index + 1, 1_600_000_000_000 + index * 1_000));
  const identified: { shard: [number, number]; intents: number }[] = [];
  const posted: { channelId: string; body: Record<string, unknown> }[] = [];
  const sockets = new Map<number, WebSocket>();
  let sequence = 0;

  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const json = (status: number, value: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
      const url = request.url ?? "";
      if (url.endsWith("/gateway/bot")) {
        return json(200, {
          url: `ws://127.0.0.1:${port}`,
          shards: options.shards,
          session_start_limit: { total: 1_000, remaining: 1_000, reset_after: 0, max_concurrency: 16 },
        });
      }
      const channel = /\/channels\/(\d+)\/messages$/.exec(url);
      if (request.method === "POST" && channel) {
        const sent = JSON.parse(body || "{}") as Record<string, unknown>;
        posted.push({ channelId: channel[1]!, body: sent });
        return json(
          200,
          messagePayload({ id: snowflake(++sequence), channelId: channel[1]!, authorId: FAKE_BOT_ID, content: String(sent.content ?? ""), bot: true }),
        );
      }
      if (url.includes("/typing")) return response.writeHead(204).end();
      return json(404, { message: "404: Not Found", code: 0 });
    });
  });
  const gateway = new WebSocketServer({ server });
  gateway.on("connection", (socket) => {
    let sent = 0;
    const send = (payload: Record<string, unknown>) =>
      socket.send(JSON.stringify({ s: null, t: null, ...payload, ...(payload.op === 0 ? { s: ++sent } : {}) }));
    send({ op: 10, d: { heartbeat_interval: 45_000 } });
    socket.on("message", (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: { shard?: [number, number]; intents?: number } };
      if (packet.op === 1) return send({ op: 11 });
      if (packet.op !== 2) return;
      const [shardId, shardCount] = packet.d.shard ?? [0, 1];
      identified.push({ shard: [shardId, shardCount], intents: packet.d.intents ?? 0 });
      sockets.set(shardId, socket);
      const mine = guildIds.filter((id) => shardOf(id, shardCount) === shardId);
      send({
        op: 0,
        t: "READY",
        d: {
          v: 10,
          user: { id: FAKE_BOT_ID, username: "Alliance", discriminator: "0", global_name: null, avatar: null, bot: true },
          guilds: mine.map((id) => ({ id, unavailable: true })),
          session_id: `session-${shardId}`,
          resume_gateway_url: `ws://127.0.0.1:${port}`,
          shard: [shardId, shardCount],
          application: { id: FAKE_BOT_ID, flags: 0 },
        },
      });
      for (const id of mine) send({ op: 0, t: "GUILD_CREATE", d: guildPayload(id, shape) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    guildIds,
    identified,
    posted,
    /** A member's message in a guild's first channel, sent down the shard that serves the guild. */
    dispatch(message: { guildId: string; authorId: string; content: string; mentionsBot?: boolean }): string {
      const shardCount = identified[0]?.shard[1] ?? 1;
      const socket = sockets.get(shardOf(message.guildId, shardCount));
      if (!socket) throw new Error("no shard connected for that guild");
      const id = snowflake(++sequence);
      const payload: Record<string, unknown> = {
        ...messagePayload({ id, channelId: channelIdOf(message.guildId, 0), authorId: message.authorId, content: message.content, bot: false }),
        guild_id: message.guildId,
      };
      if (message.mentionsBot) payload.mentions = [{ id: FAKE_BOT_ID, username: "Alliance", discriminator: "0", global_name: null, avatar: null, bot: true }];
      socket.send(JSON.stringify({ op: 0, t: "MESSAGE_CREATE", s: 10_000 + sequence, d: payload }));
      return id;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of gateway.clients) client.terminate();
        gateway.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function channelIdOf(guildId: string, index: number): string {
  return (BigInt(guildId) + BigInt(index + 1)).toString();
}

function guildPayload(id: string, shape: FakeGuildShape) {
  return {
    id,
    name: `Community ${id.slice(-6)}`,
    icon: null,
    owner_id: "800000000000000001",
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    mfa_level: 0,
    premium_tier: 0,
    preferred_locale: "en-GB",
    features: [],
    roles: Array.from({ length: shape.roles }, (_, index) => ({
      id: index === 0 ? id : (BigInt(id) + 1_000n + BigInt(index)).toString(),
      name: index === 0 ? "@everyone" : `role ${index}`,
      color: 0,
      hoist: false,
      position: index,
      permissions: "1071698660929",
      managed: false,
      mentionable: false,
      flags: 0,
    })),
    emojis: [],
    stickers: [],
    channels: Array.from({ length: shape.channels }, (_, index) => ({
      id: channelIdOf(id, index),
      type: 0,
      name: `channel-${index}`,
      position: index,
      guild_id: id,
      permission_overwrites: [],
      topic: null,
      nsfw: false,
      rate_limit_per_user: 0,
      parent_id: null,
      last_message_id: null,
    })),
    threads: [],
    members: [
      {
        user: { id: FAKE_BOT_ID, username: "Alliance", discriminator: "0", global_name: null, avatar: null, bot: true },
        roles: [],
        joined_at: "2026-01-01T00:00:00.000Z",
        deaf: false,
        mute: false,
        flags: 0,
      },
    ],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    member_count: shape.memberCount,
    large: shape.memberCount > 250,
    joined_at: "2026-01-01T00:00:00.000Z",
    unavailable: false,
  };
}

function messagePayload(message: { id: string; channelId: string; authorId: string; content: string; bot: boolean }): Record<string, unknown> {
  return {
    id: message.id,
    channel_id: message.channelId,
    author: {
      id: message.authorId,
      username: message.bot ? "Alliance" : "member",
      discriminator: "0",
      global_name: null,
      avatar: null,
      ...(message.bot ? { bot: true } : {}),
    },
    content: message.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}
