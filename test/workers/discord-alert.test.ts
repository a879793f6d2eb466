import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import type { Interaction } from "../../shared/discord/interaction.ts";
import type { Answer } from "../../shared/schemas/answer.ts";
import { resolveConfig } from "../../shared/schemas/community-config.ts";
import { planCrisisAlert, sendCrisisAlert } from "../../functions/discord/crisis-alert.ts";

const CRISIS: Answer = {
  kind: "crisis",
  topic: null,
  reason: "suicide_self_harm",
  text: "I'm really glad you told me.",
  resources: [{ name: "Samaritans", phone: "116 123", region: "GB", hours: "24/7" }],
  followUps: [],
};
const IN_GUILD: Interaction = {
  id: "900000000000000001",
  type: 2,
  guild_id: "111111111111111111",
  channel_id: "222222222222222222",
  member: { user: { id: "333333333333333333" } },
  data: { name: "ask", options: [{ name: "question", value: "words that must never reach moderators" }] },
};
const ALERTS_ON = resolveConfig({ alertChannelId: "777777777777777777" });

type Recorded = { method: string; url: string; headers: Record<string, string>; body: string };

async function recordedAt(path: string): Promise<Recorded[]> {
  const response = await fetch(`${env.DISCORD_API_BASE}/__requests`);
  return ((await response.json()) as Recorded[]).filter((request) => request.url === path);
}

describe("crisis alerts to the moderators' channel (Discord HTTP interactions)", () => {
  it("are planned only after a crisis reply in a server whose moderators chose a channel", () => {
    expect(planCrisisAlert(IN_GUILD, CRISIS, ALERTS_ON)).toMatchObject({ channelId: "777777777777777777" });
    expect(planCrisisAlert(IN_GUILD, { ...CRISIS, kind: "redirect", reason: "medication" }, ALERTS_ON)).toBeNull();
    expect(planCrisisAlert(IN_GUILD, CRISIS, resolveConfig(undefined))).toBeNull();
    const inDm = { ...IN_GUILD, guild_id: undefined, member: undefined, user: { id: "333333333333333333" } };
    expect(planCrisisAlert(inDm, CRISIS, ALERTS_ON)).toBeNull();
  });

  it("link to the place and name the member, never quote them, never ping", () => {
    const alert = planCrisisAlert({ ...IN_GUILD, message: { id: "666666666666666666" } }, CRISIS, ALERTS_ON)!;
    expect(alert.message.content).toContain("https://discord.com/channels/111111111111111111/222222222222222222/666666666666666666");
    expect(alert.message.content).toContain("<@333333333333333333>");
    expect(alert.message.content).not.toContain("words that must never");
    expect(alert.message.allowed_mentions).toEqual({ parse: [] });
  });

  it("are posted through Discord's REST API with the bot token, from workerd to the (fake) API", async () => {
    const alert = planCrisisAlert(IN_GUILD, CRISIS, ALERTS_ON)!;
    await sendCrisisAlert(env, alert);
    const [request, ...more] = await recordedAt("/channels/777777777777777777/messages");
    expect(more).toEqual([]);
    expect(request).toMatchObject({ method: "POST", headers: { authorization: "Bot test-discord-bot-token" } });
    expect(JSON.parse(request!.body)).toEqual(alert.message);
  });

  it("log Discord's refusal by status without throwing, and are skipped without a bot token", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await sendCrisisAlert(env, { ...planCrisisAlert(IN_GUILD, CRISIS, ALERTS_ON)!, channelId: "403000000000000000" });
      expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([expect.stringContaining('"status":403')]);
      await sendCrisisAlert({ ...env, DISCORD_TOKEN: "" }, { ...planCrisisAlert(IN_GUILD, CRISIS, ALERTS_ON)!, channelId: "888888888888888888" });
      expect(warnings).toHaveBeenCalledOnce();
      expect(await recordedAt("/channels/888888888888888888/messages")).toEqual([]);
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  });
});
