import type { SlackLog } from "../../shared/slack/web-api.ts";
import { logFault } from "../log.ts";
import { SlackApiError } from "./web-api.ts";

/** Slack's error code is worth keeping (channel_not_found, not_in_channel…); it never holds a message. */
export function logSlackFault(scope: string, error: unknown): void {
  if (error instanceof SlackApiError) console.error(JSON.stringify({ level: "error", scope, error: error.name, code: error.code }));
  else logFault(scope, error);
}

export const logSlackEvent: SlackLog = (event, detail) => console.error(JSON.stringify({ level: "warn", event, ...detail }));
