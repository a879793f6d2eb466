import type { Platform } from "../security/platform-secrets.ts";
import { ApiError } from "./api-error.ts";

const PLATFORM_NAMES: Record<Platform, string> = { discord: "Discord interactions", slack: "Slack requests", slack_install: "Slack installs (Add to Slack)" };

const reported = new Set<string>();

/**
 * Refuses a request to a platform whose secrets are unusable: a 503 saying why. The reason is logged
 * once per isolate (it names a setting, never a secret's value or anything from the request).
 */
export function refusePlatform(platform: Platform, reason: string): never {
  if (!reported.has(reason)) {
    reported.add(reason);
    console.error(JSON.stringify({ level: "error", scope: `${platform}.config`, refused: reason }));
  }
  throw new ApiError(503, "misconfigured", `${PLATFORM_NAMES[platform]} are off on this Alliance: ${reason}.`);
}
