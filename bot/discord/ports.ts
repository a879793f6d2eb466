import type { CrisisAlert } from "../../shared/discord/crisis-alert.ts";
import type { DiscordMessage } from "../../shared/render/discord.ts";

/** What the handlers may do on Discord for one message; client.ts implements it with discord.js. */
export interface MessagePort {
  sendTyping(): Promise<void>;
  /** Replies in the message's channel. */
  reply(message: DiscordMessage): Promise<void>;
  /** Sends to the author's DMs; rejects when their DMs are closed. */
  sendDirect(message: DiscordMessage): Promise<void>;
  sendAlert(alert: CrisisAlert): Promise<void>;
}

/** What the handlers may do for one interaction (slash command or button) received over the gateway. */
export interface InteractionPort {
  /** Acknowledges within Discord's 3 seconds while the Worker answers ("Alliance is thinking…"). */
  defer(): Promise<void>;
  /** The reply; an ephemeral one (flags 64) is shown only to the member, even after a public deferral. */
  respond(message: DiscordMessage): Promise<void>;
  sendAlert(alert: CrisisAlert): Promise<void>;
}

export type Log = (event: string, detail: Record<string, unknown>) => void;

/** The name of what went wrong, never its message (Discord errors can quote what was sent). */
export function faultName(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && (typeof error.code === "number" || typeof error.code === "string")) {
    return `${error instanceof Error ? error.name : "Error"}:${error.code}`;
  }
  return error instanceof Error ? error.name : typeof error;
}
