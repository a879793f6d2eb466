import type { SlackWebApi } from "../../shared/slack/web-api.ts";

/** A Slack Web API call that failed; `code` is Slack's error code (or http_<status>), never message text. */
export class SlackApiError extends Error {
  readonly code: string;
  constructor(method: string, code: string) {
    super(`Slack ${method} failed: ${code}`);
    this.name = "SlackApiError";
    this.code = code;
  }
}

/** Read methods take form-encoded arguments (Slack reads JSON bodies only on write methods). */
const FORM_METHODS = new Set(["users.info", "conversations.replies", "conversations.history"]);

/** Slack's Web API over fetch, with a workspace's bot token, at `SLACK_API_BASE` (tests point it at a local fake). */
export function slackWebApi(env: Pick<Env, "SLACK_API_BASE">, botToken: string, timeoutMs = 5_000): SlackWebApi {
  const base = slackApiBase(env);
  return {
    async call(method, body) {
      const form = FORM_METHODS.has(method);
      const response = await fetch(`${base}/${method}`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${botToken}`,
          "content-type": form ? "application/x-www-form-urlencoded" : "application/json; charset=utf-8",
        },
        body: form ? new URLSearchParams(Object.entries(body).map(([key, value]) => [key, String(value)])).toString() : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel();
        throw new SlackApiError(method, `http_${response.status}`);
      }
      const result = (await response.json()) as Record<string, unknown>;
      if (result.ok !== true) throw new SlackApiError(method, typeof result.error === "string" ? result.error : "unknown");
      return result;
    },
  };
}

export function slackApiBase(env: Pick<Env, "SLACK_API_BASE">): string {
  return env.SLACK_API_BASE.replace(/\/+$/, "");
}
