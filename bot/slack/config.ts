/** How the Slack bot connects: Socket Mode (no public URL) unless SLACK_MODE=http. */
export interface SlackBotConfig {
  mode: "socket" | "http";
  /**
   * "single" (or unset): one workspace, SLACK_BOT_TOKEN. "worker" (SLACK_INSTALLS=worker): every workspace that
   * installed the app with Add to Slack on the Worker, each answered with its own token, which the bot
   * asks the Worker for (Bolt's `authorize`).
   */
  installs?: "single" | "worker";
  /** Only in "single" installs mode. */
  botToken?: string;
  /** Socket Mode's app-level token (xapp-…, scope connections:write). */
  appToken?: string;
  /** HTTP mode: verifies Slack's request signatures. */
  signingSecret?: string;
  /** HTTP mode: where Slack's requests arrive (all at /slack/events). */
  port: number;
  answerApiUrl: string;
  answerApiKey: string;
  /** Slack's Web API base; only tests and proxies change it. */
  slackApiUrl?: string;
}

export class SlackBotConfigError extends Error {
  constructor(problems: string[]) {
    super(`Alliance's Slack bot cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee docs/slack.md.`);
    this.name = "SlackBotConfigError";
  }
}

/** Reads the bot's configuration, naming every missing or malformed variable at once (never their values). */
export function readSlackBotConfig(env: Record<string, string | undefined>): SlackBotConfig {
  const problems: string[] = [];
  const value = (name: string, hint: string, valid: (v: string) => boolean = () => true): string => {
    const v = env[name]?.trim() ?? "";
    if (v === "") problems.push(`${name} is not set (${hint})`);
    else if (!valid(v)) problems.push(`${name} does not look right (${hint})`);
    return v;
  };
  const mode = env.SLACK_MODE?.trim() || "socket";
  if (mode !== "socket" && mode !== "http") problems.push(`SLACK_MODE must be "socket" (the default) or "http"`);
  const installs = env.SLACK_INSTALLS?.trim() || "single";
  if (installs !== "single" && installs !== "worker")
    problems.push(`SLACK_INSTALLS must be "single" (the default: SLACK_BOT_TOKEN) or "worker" (every workspace that added the app on the Worker)`);
  let botToken: string | undefined;
  if (installs !== "worker") {
    botToken = value("SLACK_BOT_TOKEN", "OAuth & Permissions → Bot User OAuth Token, starts with xoxb-", (v) => v.startsWith("xoxb-"));
  } else if (env.SLACK_BOT_TOKEN?.trim()) {
    problems.push("SLACK_BOT_TOKEN must not be set with SLACK_INSTALLS=worker (each workspace's token comes from the Worker)");
  }
  const answerApiUrl = value("ANSWER_API_URL", "the Worker's URL, e.g. https://alliance.example.workers.dev", isHttpUrl);
  const answerApiKey = value("ANSWER_API_KEY", "the Worker's ANSWER_API_KEY secret");
  const config: SlackBotConfig = {
    mode: mode === "http" ? "http" : "socket",
    installs: installs === "worker" ? "worker" : "single",
    port: 3000,
    answerApiUrl,
    answerApiKey,
  };
  if (botToken !== undefined) config.botToken = botToken;
  if (config.mode === "socket") {
    config.appToken = value("SLACK_APP_TOKEN", "Basic Information → App-Level Tokens, scope connections:write, starts with xapp-", (v) =>
      v.startsWith("xapp-"),
    );
  } else {
    config.signingSecret = value("SLACK_SIGNING_SECRET", "Basic Information → App Credentials → Signing Secret");
    const port = Number(env.PORT?.trim() || "3000");
    if (!Number.isInteger(port) || port < 0 || port > 65_535) problems.push("PORT must be a port number (default 3000)");
    config.port = port;
  }
  if (env.SLACK_API_URL?.trim()) config.slackApiUrl = value("SLACK_API_URL", "Slack's Web API base, normally unset", isHttpUrl);
  if (problems.length > 0) throw new SlackBotConfigError(problems);
  return config;
}

function isHttpUrl(v: string): boolean {
  return URL.canParse(v) && /^https?:$/.test(new URL(v).protocol);
}
