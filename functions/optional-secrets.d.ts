// Secrets the Worker can do without, so not in wrangler.toml's `[secrets] required` (which `wrangler types`
// turns into the generated Env, and which `wrangler deploy` insists on). A platform whose secrets are unset
// or placeholders refuses every request to its routes (functions/security/platform-secrets.ts).
interface OptionalSecrets {
  /** The Discord application's public key (64 hex characters): verifies Discord HTTP interactions. */
  DISCORD_PUBLIC_KEY?: string;
  /** The Discord bot token: crisis alerts are posted to the moderators' channel with it, skipped when unset. */
  DISCORD_TOKEN?: string;
  /** The Slack app's signing secret: verifies requests to the Slack routes. */
  SLACK_SIGNING_SECRET?: string;
  /** The Slack bot token (xoxb-…): posts the Slack routes' replies. */
  SLACK_BOT_TOKEN?: string;
  /** "Add to Slack" (Basic Information → App Credentials): the app's client id, for OAuth v2 installs. */
  SLACK_CLIENT_ID?: string;
  /** The app's client secret: exchanges an install's code at oauth.v2.access. */
  SLACK_CLIENT_SECRET?: string;
  /** 32 random bytes, base64: seals installed workspaces' bot tokens in D1 (AES-GCM). */
  SLACK_TOKEN_KEY?: string;
  /** While rotating SLACK_TOKEN_KEY: the key before it, which still opens the tokens it sealed. */
  SLACK_TOKEN_KEY_PREVIOUS?: string;
}

interface Env extends OptionalSecrets {}
declare namespace Cloudflare {
  interface Env extends OptionalSecrets {}
}
