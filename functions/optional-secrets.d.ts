// Secrets the Worker can do without, so not in wrangler.toml's `[secrets] required` (which `wrangler types`
// turns into the generated Env, and which `wrangler deploy` insists on).
interface OptionalSecrets {
  /** The Discord bot token: crisis alerts are posted to the moderators' channel with it, skipped when unset. */
  DISCORD_TOKEN?: string;
}

interface Env extends OptionalSecrets {}
declare namespace Cloudflare {
  interface Env extends OptionalSecrets {}
}
