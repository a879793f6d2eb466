import type { ConfigChange } from "../../shared/schemas/communities.ts";
import { type CommunityConfig, CommunityConfigSchema } from "../../shared/schemas/community-config.ts";

const FIELDS = Object.keys(CommunityConfigSchema.shape) as (keyof CommunityConfig)[];

/** The top-level settings that differ, with their values before and after (null when unset). */
export function configChanges(before: CommunityConfig, after: CommunityConfig): ConfigChange[] {
  return FIELDS.filter((field) => stableJson(before[field]) !== stableJson(after[field])).map((field) => ({
    field,
    before: before[field] ?? null,
    after: after[field] ?? null,
  }));
}

/** JSON with object keys sorted, so a reordered record is not reported as a change. */
function stableJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
