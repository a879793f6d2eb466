import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/** Secrets for the Worker under test: fixed, obviously fake values. */
export const TEST_SECRETS = {
  ANSWER_API_KEY: "test-answer-key",
  ADMIN_TOKEN: "test-admin-token",
  HASH_SECRET: "test-hash-secret",
  DISCORD_PUBLIC_KEY: "0".repeat(64),
  SLACK_SIGNING_SECRET: "test-slack-signing-secret",
  SLACK_BOT_TOKEN: "xoxb-test",
};

export default defineConfig(async () => {
  const migrations = await readD1Migrations("functions/storage/migrations");
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: { bindings: { ...TEST_SECRETS, TEST_MIGRATIONS: migrations } },
            }),
          ],
          test: {
            name: "worker",
            include: ["test/workers/**/*.test.ts"],
            setupFiles: ["test/workers/apply-migrations.ts"],
          },
        },
        {
          test: {
            name: "node",
            environment: "node",
            include: ["test/node/**/*.test.ts"],
          },
        },
        {
          // The moderator page in headless Chromium against the Worker under wrangler's dev server.
          test: {
            name: "browser",
            environment: "node",
            include: ["test/browser/**/*.test.ts"],
            testTimeout: 30_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
