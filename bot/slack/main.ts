// `npm run bot:slack`: the Slack bot, in Socket Mode unless SLACK_MODE=http.

import { slackErrorCode } from "../../shared/slack/web-api.ts";
import { createSlackBot } from "./app.ts";
import { readSlackBotConfig, SlackBotConfigError } from "./config.ts";

function fail(error: unknown): never {
  console.error(error instanceof SlackBotConfigError ? error.message : `Alliance's Slack bot could not start: ${slackErrorCode(error)}.`);
  process.exit(1);
}

let config: ReturnType<typeof readSlackBotConfig>;
try {
  config = readSlackBotConfig(process.env);
} catch (error) {
  fail(error);
}

const bot = createSlackBot(config);
// A fault in one reply must never take the bot down for everyone; it is logged without message text.
process.on("unhandledRejection", (error) => console.error(JSON.stringify({ event: "slack.fault", scope: "unhandled", code: slackErrorCode(error) })));

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`Alliance's Slack bot is stopping (${signal}).`);
    bot.stop().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  });
}

try {
  const port = await bot.start();
  console.log(
    config.mode === "socket" ? "Alliance's Slack bot is connected (Socket Mode)." : `Alliance's Slack bot is listening on port ${port} (POST /slack/events).`,
  );
} catch (error) {
  fail(error);
}
