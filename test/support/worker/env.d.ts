import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      /** wrangler.toml's real limits (the Worker's own bindings are raised for the rest of the suite). */
      TEST_ANSWER_LIMIT_USER: RateLimit;
      TEST_ANSWER_LIMIT_COMMUNITY: RateLimit;
      TEST_ANSWER_LIMIT_IP: RateLimit;
    }
  }
}

declare module "vitest" {
  interface ProvidedContext {
    /** The loopback URL of the fake Discord API (test/support/discord-api-global-setup.ts). */
    fakeDiscordApi: string;
    /** The loopback URL of the fake Slack Web API (test/support/fake-slack-global-setup.ts). */
    fakeSlackUrl: string;
  }
}
