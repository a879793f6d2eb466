/**
 * The slice of Slack's Web API the reply logic needs: the Worker implements it with fetch, the Bolt
 * app with its WebClient. A call that Slack answers with `ok: false` throws.
 */
export interface SlackWebApi {
  call(
    method: "chat.postMessage" | "chat.postEphemeral" | "chat.getPermalink" | "conversations.replies" | "conversations.history" | "users.info",
    body: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
}

/** Adapters log faults and counts, never message text. */
export type SlackLog = (event: string, detail: Record<string, unknown>) => void;

/** Slack's error codes are a fixed vocabulary; anything else is reported as "unknown". */
export function slackErrorCode(error: unknown): string {
  const code =
    (error as { data?: { error?: unknown } } | null)?.data?.error ??
    (error as { code?: unknown } | null)?.code ??
    (error instanceof Error ? error.name : undefined);
  return typeof code === "string" && /^[a-z_.A-Z0-9]{1,60}$/.test(code) ? code : "unknown";
}
