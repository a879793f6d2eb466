import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../shared/discord/commands.ts";
import { startFakeDiscordApi } from "../support/fake-discord-api.ts";

const run = promisify(execFile);
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => Promise.all(servers.splice(0).map((s) => s.close())));

async function fakeDiscord() {
  const server = await startFakeDiscordApi();
  servers.push(server);
  return server;
}

/** Runs `npm run discord:register`'s script as a real process with only the given environment. */
function register(env: Record<string, string>) {
  return run(process.execPath, ["scripts/discord-register.ts"], { env: { PATH: process.env.PATH ?? "", ...env } });
}

describe("npm run discord:register", () => {
  it("PUTs the shared command list globally with the bot token", async () => {
    const discord = await fakeDiscord();
    const { stdout } = await register({ DISCORD_APPLICATION_ID: "123", DISCORD_TOKEN: "bot-token", DISCORD_API_BASE: discord.url });
    expect(stdout).toContain("globally");
    expect(discord.requests).toHaveLength(1);
    expect(discord.requests[0]).toMatchObject({ method: "PUT", url: "/applications/123/commands", headers: { authorization: "Bot bot-token" } });
    expect(JSON.parse(discord.requests[0]!.body)).toEqual(COMMANDS);
  });

  it("registers in one server with DISCORD_GUILD_ID", async () => {
    const discord = await fakeDiscord();
    await register({ DISCORD_APPLICATION_ID: "123", DISCORD_TOKEN: "bot-token", DISCORD_GUILD_ID: "456", DISCORD_API_BASE: discord.url });
    expect(discord.requests[0]).toMatchObject({ method: "PUT", url: "/applications/123/guilds/456/commands" });
  });

  it("names what is missing and exits non-zero, without calling Discord", async () => {
    const discord = await fakeDiscord();
    await expect(register({ DISCORD_APPLICATION_ID: "123", DISCORD_API_BASE: discord.url })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("DISCORD_TOKEN"),
    });
    expect(discord.requests).toHaveLength(0);
  });

  it("reports Discord's refusal and exits non-zero", async () => {
    const discord = await fakeDiscord();
    await expect(register({ DISCORD_APPLICATION_ID: "not-a-snowflake", DISCORD_TOKEN: "t", DISCORD_API_BASE: discord.url })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Discord answered 404"),
    });
  });
});

describe("the command definitions", () => {
  it("fit Discord's rules: lower-case names, short descriptions, unique names", () => {
    const names = COMMANDS.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of COMMANDS) {
      expect(command.name).toMatch(/^[a-z0-9_-]{1,32}$/);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const option of command.options ?? []) expect(option.description.length).toBeLessThanOrEqual(100);
    }
  });
});
