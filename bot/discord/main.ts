// `npm run bot:discord`: the gateway bot. Needs DISCORD_TOKEN, ANSWER_API_URL and ANSWER_API_KEY.
import { createDiscordBot } from "./client.ts";
import { readDiscordBotEnv } from "./env.ts";
import { faultName } from "./ports.ts";

let config: ReturnType<typeof readDiscordBotEnv>;
try {
  config = readDiscordBotEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const bot = createDiscordBot(config);
// A fault in one reply must never take the bot down for everyone else.
process.on("unhandledRejection", (reason) => console.error(JSON.stringify({ event: "discord.unhandled", fault: faultName(reason) })));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`${signal}: finishing replies in progress, then disconnecting.`);
    void bot.stop().then(() => process.exit(0));
  });
}

try {
  await bot.start();
} catch (error) {
  console.error(describeLoginError(error));
  await bot.stop();
  process.exit(1);
}

function describeLoginError(error: unknown): string {
  const text = error instanceof Error ? `${error.name} ${error.message} ${"code" in error ? String(error.code) : ""}` : String(error);
  if (/disallowed intents|4014/i.test(text)) {
    return "Discord refused the MessageContent intent. Enable it: Developer Portal → your application → Bot → Privileged Gateway Intents → Message Content Intent.";
  }
  if (/TokenInvalid|invalid token|401/i.test(text))
    return "Discord rejected DISCORD_TOKEN. Reset it in Developer Portal → your application → Bot, and set it again.";
  return `Could not connect to Discord (${faultName(error)}). Check the network and DISCORD_TOKEN.`;
}
