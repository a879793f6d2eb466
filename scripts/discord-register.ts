// `npm run discord:register`: sends Alliance's slash commands (shared/discord/commands.ts) to Discord,
// globally or, with DISCORD_GUILD_ID, to one server (handy while testing).
import { COMMANDS } from "../shared/discord/commands.ts";

export interface RegisterOptions {
  applicationId: string;
  token: string;
  guildId?: string | undefined;
  apiBase?: string | undefined;
}

/** One PUT replaces the whole command list, so running it again is safe. */
export async function registerCommands(options: RegisterOptions): Promise<string> {
  const base = (options.apiBase || "https://discord.com/api/v10").replace(/\/+$/, "");
  const scope = options.guildId ? `/guilds/${options.guildId}` : "";
  const url = `${base}/applications/${options.applicationId}${scope}/commands`;
  const response = await fetch(url, {
    method: "PUT",
    headers: { authorization: `Bot ${options.token}`, "content-type": "application/json" },
    body: JSON.stringify(COMMANDS),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`Discord answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  return url;
}

if (import.meta.main) {
  const { DISCORD_APPLICATION_ID, DISCORD_TOKEN, DISCORD_GUILD_ID, DISCORD_API_BASE } = process.env;
  const missing = Object.entries({ DISCORD_APPLICATION_ID, DISCORD_TOKEN }).filter(([, value]) => !value?.trim());
  if (missing.length > 0) {
    console.error(
      `Set ${missing.map(([name]) => name).join(" and ")} (Discord Developer Portal → your application: ` +
        "General Information → Application ID; Bot → Reset Token). DISCORD_GUILD_ID registers to one server only.",
    );
    process.exit(1);
  }
  try {
    await registerCommands({
      applicationId: DISCORD_APPLICATION_ID!.trim(),
      token: DISCORD_TOKEN!.trim(),
      guildId: DISCORD_GUILD_ID?.trim(),
      apiBase: DISCORD_API_BASE,
    });
    const names = COMMANDS.map((command) => `/${command.name}`).join(", ");
    console.log(`Registered ${names} ${DISCORD_GUILD_ID ? `in server ${DISCORD_GUILD_ID}` : "globally"}.`);
  } catch (error) {
    console.error(`Could not register the commands. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
