import type { TestProject } from "vitest/node";
import { startFakeDiscordApi } from "./fake-discord-api.ts";

declare module "vitest" {
  interface ProvidedContext {
    fakeDiscordApi: string;
  }
}

/** Starts the fake Discord API once for the Worker tests; vitest.config.ts passes its URL as DISCORD_API_BASE. */
export default async function setup(project: TestProject) {
  const server = await startFakeDiscordApi();
  project.provide("fakeDiscordApi", server.url);
  return () => server.close();
}
