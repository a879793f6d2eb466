import * as z from "zod/mini";
import { type CommunityConfig, CommunityConfigSchema } from "../../shared/schemas/community-config.ts";
import { describeIssue } from "../../shared/schemas/describe-issue.ts";

/** A problem with one setting: `path` names it as the API does (e.g. ["extraResources", 0, "url"]). */
/** The largest config body read: a config with every list full is far over the 32 KiB answer limit. */
export const MAX_CONFIG_BYTES = 256 * 1024;

export interface ConfigIssue {
  path: (string | number)[];
  message: string;
}

export type ConfigValidation = { ok: true; config: CommunityConfig } | { ok: false; issues: ConfigIssue[] };

// Unknown top-level fields are refused, so a misspelt setting is an error rather than silently dropped.
const StrictConfigSchema = z.strictObject(CommunityConfigSchema.shape);

/** The schema, then what it cannot say alone: topics that exist, unique custom answers, listed channels. */
export function validateCommunityConfig(input: unknown, knownTopics: ReadonlySet<string>): ConfigValidation {
  const parsed = StrictConfigSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toConfigIssue) };
  const config = parsed.data;
  const issues: ConfigIssue[] = [];
  (config.disabledTopics ?? []).forEach((topic, index) => {
    if (!knownTopics.has(topic)) issues.push({ path: ["disabledTopics", index], message: `names no knowledge-base topic ("${topic}")` });
  });
  for (const topic of Object.keys(config.topicOverrides ?? {})) {
    if (!knownTopics.has(topic)) issues.push({ path: ["topicOverrides", topic], message: `names no knowledge-base topic ("${topic}")` });
  }
  const seen = new Set<string>();
  (config.customAnswers ?? []).forEach((custom, index) => {
    if (seen.has(custom.id)) issues.push({ path: ["customAnswers", index, "id"], message: `repeats the id "${custom.id}"` });
    seen.add(custom.id);
  });
  if (config.channels?.mode === "listed" && (config.channels.ids ?? []).length === 0) {
    issues.push({ path: ["channels", "ids"], message: "needs at least one channel id when the bot speaks only in listed channels" });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (config.disabledTopics) config.disabledTopics = [...new Set(config.disabledTopics)];
  return { ok: true, config };
}

export function describeConfigIssue(issue: ConfigIssue): string {
  return issue.path.length > 0 ? `Field "${issue.path.join(".")}": ${issue.message}.` : `Body: ${issue.message}.`;
}

function toConfigIssue(issue: z.core.$ZodIssue): ConfigIssue {
  const path = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
  if (issue.code === "invalid_key") return { path, message: "must be a topic id: lower-case letters, digits and dashes" };
  return { path, message: describeIssue(issue) };
}
