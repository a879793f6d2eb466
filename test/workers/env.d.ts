import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}

declare module "vitest" {
  interface ProvidedContext {
    /** The loopback URL of the fake Discord API (test/node/support/discord-api-global-setup.ts). */
    fakeDiscordApi: string;
  }
}
