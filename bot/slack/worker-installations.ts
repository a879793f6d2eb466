import type { AuthorizeResult, AuthorizeSourceData } from "@slack/bolt";
import type { SlackLog } from "../../shared/slack/web-api.ts";

/** Why Bolt may not answer an event: its workspace has not installed Alliance (or the Worker is unreachable). */
export class WorkspaceNotAuthorizedError extends Error {
  readonly code: string;
  constructor(code: string) {
    super(`workspace not authorized: ${code}`);
    this.name = "WorkspaceNotAuthorizedError";
    this.code = code;
  }
}

export interface WorkerInstallationsOptions {
  apiUrl: string;
  apiKey: string;
  log: SlackLog;
  /** How long an opened token is kept in memory (60 s): an uninstall seen here clears it at once. */
  cacheMs?: number;
  timeoutMs?: number;
  now?: () => number;
}

const MAX_CACHED = 1_000;

/**
 * Bolt's `authorize` for many workspaces, backed by the Worker's installs ("Add to Slack"): each event's
 * team's bot token comes from `GET /v1/slack/installations/:teamId` (the adapter key), kept in memory
 * briefly and never written anywhere. An uninstall seen in Socket Mode (which the Worker never sees) is
 * passed on with `DELETE` of the same URL.
 */
export function createWorkerInstallations(options: WorkerInstallationsOptions) {
  const { apiUrl, apiKey, log, cacheMs = 60_000, timeoutMs = 5_000, now = Date.now } = options;
  const cache = new Map<string, { result: AuthorizeResult; until: number }>();
  const urlFor = (teamId: string) => new URL(`/v1/slack/installations/${encodeURIComponent(teamId)}`, apiUrl);
  const headers = { authorization: `Bearer ${apiKey}` };

  async function authorize(source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult> {
    const teamId = source.teamId;
    if (!teamId) throw new WorkspaceNotAuthorizedError("enterprise_install");
    const hit = cache.get(teamId);
    if (hit && hit.until > now()) return hit.result;
    const response = await fetch(urlFor(teamId), { headers, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      await response.body?.cancel();
      log(response.status === 404 ? "slack.not_installed" : "slack.fault", { scope: "slack.authorize", team: teamId, status: response.status });
      throw new WorkspaceNotAuthorizedError(response.status === 404 ? "not_installed" : `worker_http_${response.status}`);
    }
    const body = (await response.json()) as { teamId?: unknown; botUserId?: unknown; botToken?: unknown };
    if (typeof body.botToken !== "string" || !body.botToken.startsWith("xoxb-") || typeof body.botUserId !== "string") {
      throw new WorkspaceNotAuthorizedError("worker_bad_reply");
    }
    const result: AuthorizeResult = { botToken: body.botToken, botUserId: body.botUserId, teamId };
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(teamId, { result, until: now() + cacheMs });
    return result;
  }

  /** Forgets the workspace's token here and asks the Worker to delete it. */
  async function forget(teamId: string, reason: string): Promise<void> {
    cache.delete(teamId);
    const response = await fetch(urlFor(teamId), { method: "DELETE", headers, signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    log("slack.uninstalled", { team: teamId, reason, workerStatus: response.status });
  }

  return { authorize, forget };
}
