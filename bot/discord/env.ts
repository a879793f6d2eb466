export interface DiscordBotEnv {
  token: string;
  apiUrl: string;
  apiKey: string;
}

const HELP: Record<keyof typeof NAMES, string> = {
  DISCORD_TOKEN: "the bot token (Discord Developer Portal → your application → Bot → Reset Token)",
  ANSWER_API_URL: "where the Worker runs, e.g. https://alliance.example.workers.dev or http://127.0.0.1:8787",
  ANSWER_API_KEY: "the Worker's ANSWER_API_KEY secret",
};
const NAMES = { DISCORD_TOKEN: "token", ANSWER_API_URL: "apiUrl", ANSWER_API_KEY: "apiKey" } as const;

/** The gateway bot's settings from the environment; a clear error naming every missing or invalid variable. */
export function readDiscordBotEnv(env: Record<string, string | undefined>): DiscordBotEnv {
  const problems: string[] = [];
  const values: Partial<DiscordBotEnv> = {};
  for (const [name, key] of Object.entries(NAMES) as [keyof typeof NAMES, keyof DiscordBotEnv][]) {
    const value = env[name]?.trim();
    if (!value) problems.push(`${name} is not set: ${HELP[name]}.`);
    else values[key] = value;
  }
  if (values.apiUrl && !/^https?:\/\/[^/\s]+/.test(values.apiUrl)) problems.push(`ANSWER_API_URL must be an http(s) URL: ${HELP.ANSWER_API_URL}.`);
  if (problems.length > 0) throw new Error(`The Discord bot cannot start.\n  ${problems.join("\n  ")}`);
  return values as DiscordBotEnv;
}
