import { expect } from "vitest";
import type { CommunityConfig } from "../../../shared/schemas/community-config.ts";
import { fetchWorker, postJson } from "./fetch-worker.ts";

export const ADMIN = { authorization: "Bearer test-admin-token" };
export const ADAPTER = { authorization: "Bearer test-answer-key" };

let next = 0;
/** A community id no other test uses, so tests stay independent whatever order they run in. */
export function uniqueId(label: string): string {
  next += 1;
  return `${label}-${Date.now().toString(36)}-${next}`;
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** Creates a community through the API and returns its moderator token. */
export async function createCommunity(platform: "discord" | "slack", communityId: string, name = "Test community"): Promise<string> {
  const response = await postJson("/v1/communities", { platform, communityId, name }, ADMIN);
  expect(response.status).toBe(201);
  const { moderatorToken } = (await response.json()) as { moderatorToken: string };
  return moderatorToken;
}

export function configPath(platform: string, communityId: string, rest = "config"): string {
  return `/v1/communities/${platform}/${communityId}/${rest}`;
}

export function putConfig(platform: string, communityId: string, config: unknown, headers: Record<string, string>): Promise<Response> {
  return fetchWorker(configPath(platform, communityId), {
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(config),
  });
}

export async function getConfig(platform: string, communityId: string, headers: Record<string, string>): Promise<CommunityConfig> {
  const response = await fetchWorker(configPath(platform, communityId), { headers });
  expect(response.status).toBe(200);
  return (await response.json()) as CommunityConfig;
}
