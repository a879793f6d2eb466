import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { configDefaults, defineConfig } from "vitest/config";
import { type Unstable_Config, unstable_readConfig } from "wrangler";
import DISCORD_TEST_KEYS from "./test/fixtures/discord-test-keys.json" with { type: "json" };

/** A test's runtime is its suffix: `*.worker.test.ts` in workerd, `*.browser.test.ts` drives Chromium, any other `*.test.ts` in Node. */
const WORKER_TESTS = "test/**/*.worker.test.ts";
const BROWSER_TESTS = "test/**/*.browser.test.ts";

/** Secrets for the Worker under test: fixed, obviously fake values. */
export const TEST_SECRETS = {
  ANSWER_API_KEY: "test-answer-key",
  ADMIN_TOKEN: "test-admin-token",
  HASH_SECRET: "test-hash-secret",
  DISCORD_PUBLIC_KEY: DISCORD_TEST_KEYS.signer.publicKey,
  DISCORD_TOKEN: "test-discord-bot-token",
  SLACK_SIGNING_SECRET: "test-slack-signing-secret",
  SLACK_BOT_TOKEN: "xoxb-test",
};

/**
 * The suite's requests share one client address and a few user ids, so the Worker under test gets
 * limits nobody reaches; the rate-limit tests swap in `TEST_<binding>`, with wrangler.toml's real limits.
 */
function testRateLimits() {
  const { ratelimits }: Pick<Unstable_Config, "ratelimits"> = unstable_readConfig({ config: "wrangler.toml" });
  return Object.fromEntries(
    ratelimits.flatMap(({ name, namespace_id, simple }) => [
      [name, { namespace_id, simple: { ...simple, limit: 1_000_000 } }],
      [`TEST_${name}`, { namespace_id: `test-${namespace_id}`, simple }],
    ]),
  );
}

export default defineConfig(async () => {
  const migrations = await readD1Migrations("functions/storage/migrations");
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest(({ inject }) => ({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                ratelimits: testRateLimits(),
                bindings: {
                  ...TEST_SECRETS,
                  TEST_MIGRATIONS: migrations,
                  DISCORD_API_BASE: inject("fakeDiscordApi"),
                  SLACK_API_BASE: `${inject("fakeSlackUrl")}/api`,
                },
              },
            })),
          ],
          test: {
            name: "worker",
            include: [WORKER_TESTS],
            setupFiles: ["test/support/worker/apply-migrations.ts"],
            globalSetup: ["test/support/discord-api-global-setup.ts", "test/support/fake-slack-global-setup.ts"],
          },
        },
        {
          test: {
            name: "node",
            environment: "node",
            include: ["test/**/*.test.ts"],
            exclude: [...configDefaults.exclude, WORKER_TESTS, BROWSER_TESTS],
          },
        },
        {
          // The moderator page in headless Chromium against the Worker under wrangler's dev server.
          test: {
            name: "browser",
            environment: "node",
            include: [BROWSER_TESTS],
            testTimeout: 30_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
