import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

describe("npm run bot:discord", () => {
  it("exits with a clear error naming each missing variable", async () => {
    const run = promisify(execFile)(process.execPath, ["bot/discord/main.ts"], { env: { PATH: process.env.PATH ?? "", ANSWER_API_URL: "http://127.0.0.1:1" } });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/DISCORD_TOKEN is not set[\s\S]*ANSWER_API_KEY is not set/) });
    await expect(run).rejects.toMatchObject({ stderr: expect.not.stringContaining("ANSWER_API_URL") });
  });
});
