import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { type DiscordMessage, EPHEMERAL_FLAG } from "../../../shared/render/discord.ts";
import { type Answer, AnswerSchema } from "../../../shared/schemas/answer.ts";
import { PROPERTY_TIMEOUT_MS } from "../../support/fuzz-inputs.ts";
import { freshRateLimitWindow } from "../../support/rate-limit-window.ts";
import { postInteractionWith, postJsonWith, withRealLimits } from "../../support/worker/bindings.ts";
import { ADAPTER } from "../../support/worker/communities-support.ts";
import { commandInteraction } from "../../support/worker/discord-interactions.ts";
import { eventBody, form, postSlack, slackCalls, uniqueId } from "../../support/worker/slack.ts";

const LIMITED = withRealLimits();
const QUESTION = "why does my therapist say we?";
const CRISIS = "i want to kill myself tonight";
const WAIT = "Please try again in about 60 seconds";

beforeEach(() => freshRateLimitWindow(), 15_000);

function anonymous(text: string, ip: string, extra: Record<string, unknown> = {}) {
  return postJsonWith(LIMITED, "/v1/answer", { text, platform: "web", ...extra }, { "cf-connecting-ip": ip });
}

function adapter(text: string, userId: string, communityId: string) {
  return postJsonWith(LIMITED, "/v1/answer", { text, platform: "discord", communityId, userId }, ADAPTER);
}

async function answerOf(response: Response): Promise<Answer> {
  expect(response.status).toBe(200);
  return AnswerSchema.parse(await response.json());
}

async function expectLimited(response: Response): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get("retry-after")).toBe("60");
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(await response.json()).toEqual({ error: { code: "rate_limited", message: expect.stringContaining("60 seconds") } });
}

async function usageCount(community: string): Promise<number> {
  const row = await env.DB.prepare("SELECT SUM(count) AS total FROM usage_daily WHERE community = ?1").bind(community).first<{ total: number | null }>();
  return row?.total ?? 0;
}

let address = 0;
function uniqueIp(): string {
  address += 1;
  return `198.51.100.${address}`;
}

describe("POST /v1/answer rate limits (wrangler.toml's limits, through the real binding)", () => {
  it("anonymous callers: 30 questions a minute per address, then a JSON 429 with Retry-After; other addresses are unaffected", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 30; i += 1) expect((await anonymous(QUESTION, ip)).status).toBe(200);
    await expectLimited(await anonymous(QUESTION, ip));
    expect((await answerOf(await anonymous(QUESTION, uniqueIp()))).kind).toBe("answer");
  });

  it("answers a crisis message past the limit, with resources, every time", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 30; i += 1) await anonymous(QUESTION, ip);
    await expectLimited(await anonymous(QUESTION, ip));
    for (let i = 0; i < 3; i += 1) {
      const answer = await answerOf(await anonymous(CRISIS, ip, { locale: "en-GB" }));
      expect(answer.kind).toBe("crisis");
      expect(answer.resources.length).toBeGreaterThan(0);
    }
  });

  it("adapters: 10 a minute per asker; others in the community go on; a crisis goes through; limited questions are not counted", async () => {
    const community = uniqueId("9");
    const user = uniqueId("user");
    for (let i = 0; i < 10; i += 1) expect((await adapter(QUESTION, user, community)).status).toBe(200);
    await expectLimited(await adapter(QUESTION, user, community));
    expect((await adapter(QUESTION, uniqueId("user"), community)).status).toBe(200);
    expect((await answerOf(await adapter(CRISIS, user, community))).kind).toBe("crisis");
    // 10 answers, another member's, and the crisis reply: the refused question is not in the insights.
    expect(await usageCount(`discord:${community}`)).toBe(12);
  });

  it(
    "adapters: 240 a minute per community, which anonymous callers naming it cannot use up",
    async () => {
      const community = uniqueId("8");
      // Sent 40 and 10 at a time: one after another they would take long enough to cross the limiter's minute.
      const statuses = (requests: Promise<Response>[]) => Promise.all(requests).then((responses) => responses.map((response) => response.status));
      const anonymousNaming = Array.from({ length: 40 }, () => anonymous(QUESTION, uniqueIp(), { platform: "discord", communityId: community }));
      expect(await statuses(anonymousNaming)).toEqual(Array(40).fill(200));
      for (let asker = 0; asker < 24; asker += 1) {
        const member = uniqueId("member");
        expect(await statuses(Array.from({ length: 10 }, () => adapter("hi", member, community)))).toEqual(Array(10).fill(200));
      }
      await expectLimited(await adapter(QUESTION, uniqueId("member"), community));
      expect((await answerOf(await adapter(CRISIS, uniqueId("member"), community))).kind).toBe("crisis");
      expect((await adapter(QUESTION, uniqueId("member"), uniqueId("7"))).status).toBe(200);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it("keys the limiter with HMAC-hashed user ids and addresses, never the raw values", async () => {
    const keys: string[] = [];
    const recording = (limiter: RateLimit): RateLimit => ({
      limit: (options) => {
        keys.push(options.key);
        return limiter.limit(options);
      },
    });
    const bindings = { ...LIMITED, ANSWER_LIMIT_USER: recording(LIMITED.ANSWER_LIMIT_USER), ANSWER_LIMIT_IP: recording(LIMITED.ANSWER_LIMIT_IP) };
    const user = uniqueId("raw-user-id");
    const ip = uniqueIp();
    await postJsonWith(bindings, "/v1/answer", { text: QUESTION, platform: "slack", communityId: "T1", userId: user }, ADAPTER);
    await postJsonWith(bindings, "/v1/answer", { text: QUESTION, platform: "slack", communityId: "T1", userId: user }, ADAPTER);
    await postJsonWith(bindings, "/v1/answer", { text: QUESTION, platform: "web" }, { "cf-connecting-ip": ip });
    expect(keys).toHaveLength(3);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[0]).toMatch(/^user:[\w-]{43}$/);
    expect(keys[2]).toMatch(/^ip:[\w-]{43}$/);
    expect(keys.join(" ")).not.toContain(user);
    expect(keys.join(" ")).not.toContain(ip);
  });

  it("lets questions through when the limiter fails, logging the fault by name only", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing: RateLimit = { limit: () => Promise.reject(new Error(`limiter down for ${QUESTION}`)) };
    const response = await postJsonWith({ ...LIMITED, ANSWER_LIMIT_IP: failing }, "/v1/answer", { text: QUESTION, platform: "web" });
    expect((await answerOf(response)).kind).toBe("answer");
    const logged = errors.mock.calls.flat().join("\n");
    expect(logged).toContain('"scope":"ratelimit.ip"');
    expect(logged).not.toContain(QUESTION);
    errors.mockRestore();
  });
});

describe("Discord interactions past the limit", () => {
  function ask(text: string, userId: string) {
    const interaction = commandInteraction("ask", [{ name: "question", type: 3, value: text }]);
    return { ...interaction, guild_id: "123456789012345678", member: { user: { id: userId } } };
  }
  let member = 400_000_000_000_000_000n;
  const uniqueMember = () => String((member += 1n));

  async function message(response: Response): Promise<DiscordMessage> {
    expect(response.status).toBe(200);
    const body = (await response.json()) as { type: number; data: DiscordMessage };
    expect(body.type).toBe(4);
    return body.data;
  }

  it("tells the member privately when to ask again (a 429 would show 'interaction failed'), and still answers a crisis", async () => {
    const user = uniqueMember();
    for (let i = 0; i < 10; i += 1) expect((await message(await postInteractionWith(LIMITED, ask(QUESTION, user)))).flags).toBeUndefined();
    const wait = await message(await postInteractionWith(LIMITED, ask(QUESTION, user)));
    expect(wait).toMatchObject({ flags: EPHEMERAL_FLAG, components: [], content: expect.stringContaining(WAIT) });
    const crisis = await message(await postInteractionWith(LIMITED, ask(CRISIS, user)));
    expect(crisis.embeds[0]!.fields.length).toBeGreaterThan(0);
    expect(crisis.content).not.toContain(WAIT);
    const resources = await message(await postInteractionWith(LIMITED, { ...ask("", user), data: { id: "1", name: "resources", type: 1, options: [] } }));
    expect(resources.embeds[0]!.fields.length).toBeGreaterThan(0);
  });
});

describe("Slack past the limit", () => {
  const team = "TLIMITS";

  function command(user: string, text: string) {
    return form({ team_id: team, channel_id: uniqueId("C"), user_id: user, command: "/ask", text, response_url: "https://hooks.slack.com/x", trigger_id: "1" });
  }

  function mention(user: string, channel: string, text: string) {
    return eventBody({ type: "app_mention", user, text: `<@UALLIANCE> ${text}`, channel, ts: "1700000000.000800", team }, { team_id: team });
  }

  it("/ask: the wait note only to the member, and a crisis answered in full", async () => {
    const user = uniqueId("U");
    for (let i = 0; i < 10; i += 1) expect((await postSlack("/slack/commands", command(user, QUESTION), { bindings: LIMITED })).status).toBe(200);
    const wait = (await (await postSlack("/slack/commands", command(user, QUESTION), { bindings: LIMITED })).json()) as { response_type: string; text: string };
    expect(wait).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining(WAIT) });
    const crisis = (await (await postSlack("/slack/commands", command(user, CRISIS), { bindings: LIMITED })).json()) as { text: string; blocks: unknown[] };
    expect(crisis.text).not.toContain(WAIT);
    expect(JSON.stringify(crisis.blocks)).toMatch(/988|116 123|findahelpline/);
  });

  it("mentions: a private wait note in the thread (chat.postEphemeral), then a crisis posted in full", async () => {
    const user = uniqueId("U");
    for (let i = 0; i < 10; i += 1) await postSlack("/slack/commands", command(user, QUESTION), { bindings: LIMITED });
    const channel = uniqueId("C");
    expect((await postSlack("/slack/events", mention(user, channel, QUESTION), { bindings: LIMITED })).status).toBe(200);
    expect((await postSlack("/slack/events", mention(user, channel, CRISIS), { bindings: LIMITED })).status).toBe(200);
    const calls = await slackCalls(channel);
    expect(calls.map((call) => call.method)).toEqual(["chat.postEphemeral", "chat.postMessage"]);
    expect(calls[0]!.params).toMatchObject({ user, thread_ts: "1700000000.000800", text: expect.stringContaining(WAIT) });
    expect(String(calls[1]!.params.text)).not.toContain(WAIT);
    expect(JSON.stringify(calls[1]!.params.blocks)).toMatch(/988|116 123|findahelpline/);
  });

  it("follow-up buttons: a private wait note", async () => {
    const user = uniqueId("U");
    for (let i = 0; i < 10; i += 1) await postSlack("/slack/commands", command(user, QUESTION), { bindings: LIMITED });
    const channel = uniqueId("C");
    const payload = {
      type: "block_actions",
      team: { id: team },
      user: { id: user, team_id: team },
      channel: { id: channel },
      container: { type: "message", message_ts: "1700000000.000900", is_ephemeral: false },
      message: { ts: "1700000000.000900" },
      actions: [{ action_id: "alliance_follow_up_0", value: "What is the therapeutic alliance?" }],
    };
    expect((await postSlack("/slack/interactions", form({ payload: JSON.stringify(payload) }), { bindings: LIMITED })).status).toBe(200);
    const calls = await slackCalls(channel);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "chat.postEphemeral", params: { user, text: expect.stringContaining(WAIT) } });
  });
});
