import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { sendCrisisAlert } from "../../../functions/discord/crisis-alert.ts";
import { planCrisisAlert } from "../../../shared/discord/crisis-alert.ts";

const PLACE = { guildId: "111111111111111111", channelId: "222222222222222222", userId: "333333333333333333" };
const ALERT_CHANNEL = "777777777777777777";

type Recorded = { method: string; url: string; headers: Record<string, string>; body: string };

async function recordedAt(path: string): Promise<Recorded[]> {
  const response = await fetch(`${env.DISCORD_API_BASE}/__requests`);
  return ((await response.json()) as Recorded[]).filter((request) => request.url === path);
}

describe("crisis alerts to the moderators' channel", () => {
  it("are planned only after a crisis reply in a server whose moderators chose a channel", () => {
    expect(planCrisisAlert("crisis", ALERT_CHANNEL, PLACE)).toMatchObject({ channelId: ALERT_CHANNEL });
    expect(planCrisisAlert("redirect", ALERT_CHANNEL, PLACE)).toBeNull();
    expect(planCrisisAlert("crisis", undefined, PLACE)).toBeNull();
    expect(planCrisisAlert("crisis", ALERT_CHANNEL, { ...PLACE, guildId: undefined })).toBeNull();
  });

  it("link to the place and name the member, never ping", () => {
    const alert = planCrisisAlert("crisis", ALERT_CHANNEL, { ...PLACE, messageId: "666666666666666666" })!;
    expect(alert.message.content).toContain("https://discord.com/channels/111111111111111111/222222222222222222/666666666666666666");
    expect(alert.message.content).toContain("<@333333333333333333>");
    expect(alert.message.allowed_mentions).toEqual({ parse: [] });
  });

  it("are posted through Discord's REST API with the bot token, from workerd to the (fake) API", async () => {
    const alert = planCrisisAlert("crisis", ALERT_CHANNEL, PLACE)!;
    await sendCrisisAlert(env, alert);
    const [request, ...more] = await recordedAt(`/channels/${ALERT_CHANNEL}/messages`);
    expect(more).toEqual([]);
    expect(request).toMatchObject({ method: "POST", headers: { authorization: "Bot test-discord-bot-token" } });
    expect(JSON.parse(request!.body)).toEqual(alert.message);
  });

  it("log Discord's refusal by status without throwing, and are skipped without a bot token", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      await sendCrisisAlert(env, planCrisisAlert("crisis", "403000000000000000", PLACE)!);
      expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([expect.stringContaining('"status":403')]);
      await sendCrisisAlert({ ...env, DISCORD_TOKEN: "" }, planCrisisAlert("crisis", "888888888888888888", PLACE)!);
      expect(warnings).toHaveBeenCalledOnce();
      expect(await recordedAt("/channels/888888888888888888/messages")).toEqual([]);
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  });
});
