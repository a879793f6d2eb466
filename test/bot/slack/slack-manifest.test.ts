import { describe, expect, it } from "vitest";
import manifest from "../../../bot/slack/manifest.json" with { type: "json" };
import { httpManifest, withInstallRedirect } from "../../../bot/slack/manifest.ts";
import { questionFromEvent } from "../../../shared/slack/question.ts";

describe("the Slack app manifest", () => {
  it("asks for exactly the scopes Alliance uses, in Socket Mode, with /ask and interactivity", () => {
    expect(manifest.oauth_config.scopes.bot.toSorted()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "im:history",
      "im:read",
      "im:write",
      "users:read",
    ]);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/ask"]);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it("subscribes only to events the bot answers, and to the two that end an install (its token is deleted)", () => {
    const samples: Record<string, object> = {
      app_mention: { type: "app_mention", channel: "C1", channel_type: "channel" },
      "message.im": { type: "message", channel: "D1", channel_type: "im" },
    };
    const revoking = ["app_uninstalled", "tokens_revoked"];
    expect(manifest.settings.event_subscriptions.bot_events.toSorted()).toEqual([...Object.keys(samples), ...revoking].toSorted());
    for (const sample of Object.values(samples)) {
      expect(questionFromEvent({ user: "U1", ts: "1.1", text: "hi", ...sample } as never, { teamId: "T1", botUserId: "UBOT" })).not.toBeNull();
    }
  });

  it("points HTTP delivery at the Worker's three routes, or the Bolt receiver's one", () => {
    const worker = httpManifest(manifest, "https://alliance.example.workers.dev", "worker");
    expect(worker.settings.socket_mode_enabled).toBe(false);
    expect(worker.settings.event_subscriptions).toEqual({
      bot_events: manifest.settings.event_subscriptions.bot_events,
      request_url: "https://alliance.example.workers.dev/slack/events",
    });
    expect(worker.oauth_config).toEqual({ scopes: manifest.oauth_config.scopes, redirect_urls: ["https://alliance.example.workers.dev/slack/oauth/callback"] });
    expect(worker.settings.interactivity.request_url).toBe("https://alliance.example.workers.dev/slack/interactions");
    expect(worker.features.slash_commands[0]!.url).toBe("https://alliance.example.workers.dev/slack/commands");
    const bolt = httpManifest(manifest, "https://bot.example.org", "bolt");
    expect(new Set([bolt.settings.event_subscriptions.request_url, bolt.settings.interactivity.request_url, bolt.features.slash_commands[0]!.url])).toEqual(
      new Set(["https://bot.example.org/slack/events"]),
    );
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(bolt.oauth_config).not.toHaveProperty("redirect_urls");
  });

  it("--socket: Socket Mode, with Add to Slack's redirect at the Worker", () => {
    const socket = withInstallRedirect(manifest, "https://alliance.example.workers.dev");
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.oauth_config.redirect_urls).toEqual(["https://alliance.example.workers.dev/slack/oauth/callback"]);
  });
});
