/** Secrets every deployment needs; platform secrets are checked by the routes that use them. */
export const REQUIRED_SECRETS = ["ANSWER_API_KEY", "ADMIN_TOKEN", "HASH_SECRET"] as const;

export type AppEnv = { Bindings: Env };

/** The names of required secrets that are missing or blank. */
export function missingSecrets(env: object): string[] {
  const values = env as Record<string, unknown>;
  return REQUIRED_SECRETS.filter((name) => typeof values[name] !== "string" || (values[name] as string).trim() === "");
}

export function describeMissingSecrets(missing: readonly string[]): string {
  return (
    `Alliance is missing secret(s) ${missing.join(", ")}. ` +
    `Locally, copy .dev.vars.example to .dev.vars; when deployed, run "wrangler secret put <NAME>" for each.`
  );
}
