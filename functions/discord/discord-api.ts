import type { DiscordMessage } from "../../shared/render/discord.ts";
import { VERSION } from "../version.ts";

/** Thrown for a non-2xx reply from Discord; carries the status only (never a message body). */
export class DiscordApiError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`Discord API answered ${status}`);
    this.name = "DiscordApiError";
    this.status = status;
  }
}

/** Posts a message to a channel as the bot (`DISCORD_TOKEN`) through `DISCORD_API_BASE`. */
export async function postChannelMessage(
  env: { DISCORD_API_BASE: string; DISCORD_TOKEN: string },
  channelId: string,
  message: Partial<DiscordMessage>,
): Promise<void> {
  const response = await fetch(`${env.DISCORD_API_BASE.replace(/\/+$/, "")}/channels/${channelId}/messages`, {
    method: "POST",
    headers: {
      authorization: `Bot ${env.DISCORD_TOKEN.trim()}`,
      "content-type": "application/json",
      "user-agent": `DiscordBot (alliance, ${VERSION})`,
    },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new DiscordApiError(response.status);
}
