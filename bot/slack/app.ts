import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import { FOLLOW_UP_ACTION, MORE_ACTION, RESOURCE_LINK_ACTION } from "../../shared/render/slack.ts";
import { SlackBlockActionsSchema, SlackCommandSchema, SlackMessageEventSchema } from "../../shared/schemas/slack.ts";
import { slashCommandUsage } from "../../shared/slack/command-reply.ts";
import { createMemberLocale } from "../../shared/slack/member-locale.ts";
import { conversationTurn, questionFromAction, questionFromCommand, questionFromEvent } from "../../shared/slack/question.ts";
import { type SlackLog, type SlackWebApi, slackErrorCode } from "../../shared/slack/web-api.ts";
import { createAnswerClient } from "../core/answer-client.ts";
import { createConversationMemory } from "../core/conversation-memory.ts";
import { createCooldown } from "../core/cooldown.ts";
import { createSettingsClient } from "../core/settings-client.ts";
import type { SlackBotConfig } from "./config.ts";
import { createSlackResponder } from "./respond.ts";
import { createWorkerInstallations } from "./worker-installations.ts";

type WebClient = App["client"];

export interface SlackBotOptions {
  log?: SlackLog;
  /** Retries of the Worker call; tests shorten the backoff. */
  answerBackoffMs?: number;
  /** How long to wait for the Worker before the fallback (5 s); tests shorten it. */
  answerTimeoutMs?: number;
}

/**
 * The Bolt app: thin wiring from Slack's events, `/ask`, follow-up and "Tell me more" buttons to the responder.
 * Every listener acknowledges first, catches everything and logs faults without message text.
 */
export function createSlackBot(config: SlackBotConfig, options: SlackBotOptions = {}) {
  const log = options.log ?? defaultLog;
  const answerClientOptions = {
    apiUrl: config.answerApiUrl,
    apiKey: config.answerApiKey,
    log,
    ...(options.answerBackoffMs === undefined ? {} : { backoffMs: options.answerBackoffMs }),
    ...(options.answerTimeoutMs === undefined ? {} : { timeoutMs: options.answerTimeoutMs }),
  };
  const responder = createSlackResponder({
    ask: createAnswerClient(answerClientOptions),
    settingsFor: createSettingsClient({ apiUrl: config.answerApiUrl, apiKey: config.answerApiKey }),
    cooldown: createCooldown(),
    log,
    memberLocale: createMemberLocale({ onFault: (error) => log("slack.users_info_failed", { code: slackErrorCode(error) }) }),
  });
  // Each member's last messages per channel (or thread), in memory only, sent as `context` (docs/conversations.md).
  const conversations = createConversationMemory();
  const installations = config.installs === "worker" ? createWorkerInstallations({ apiUrl: config.answerApiUrl, apiKey: config.answerApiKey, log }) : null;
  const app = new App({
    ...(installations ? { authorize: installations.authorize } : { token: config.botToken }),
    ...(config.mode === "socket" ? { socketMode: true, appToken: config.appToken } : { signingSecret: config.signingSecret }),
    deferInitialization: true,
    logLevel: LogLevel.WARN,
    clientOptions: {
      ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
      timeout: 5_000,
      retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
    },
  });

  const guard = (scope: string, work: () => Promise<void>) => work().catch((error: unknown) => log("slack.fault", { scope, code: slackErrorCode(error) }));

  for (const type of ["app_mention", "message"] as const) {
    app.event(type, async ({ event, body, context, client }) => {
      const parsed = SlackMessageEventSchema.safeParse(event);
      if (!parsed.success) return;
      const where = { teamId: body.team_id ?? context.teamId, botUserId: context.botUserId };
      const turn = conversationTurn(parsed.data, where);
      const earlier = turn ? conversations.record(turn.key, turn.text) : [];
      const question = questionFromEvent(parsed.data, where);
      if (question) await guard(`slack.${type}`, () => responder.reply(webApi(client), { ...question, context: earlier }));
    });
  }

  app.command("/ask", async ({ command, ack, respond, client }) => {
    await ack();
    await guard("slack.command", async () => {
      const parsed = SlackCommandSchema.parse(command);
      const question = questionFromCommand(parsed);
      if (!question) await respond(slashCommandUsage(parsed.command));
      else await responder.command(webApi(client), question, respond);
    });
  });

  app.action({ action_id: new RegExp(`^${FOLLOW_UP_ACTION}_`) }, async ({ ack, body, client }) => {
    await ack();
    await guard("slack.follow_up", async () => {
      const question = questionFromAction(SlackBlockActionsSchema.parse(body));
      if (question) await responder.reply(webApi(client), question, { question: question.text });
    });
  });
  if (installations) {
    // Slack sends these to the app's own connection (here, not to the Worker), whose copy of the token must go at once.
    app.event("app_uninstalled", async ({ body }) => {
      if (body.team_id) await guard("slack.uninstall", () => installations.forget(body.team_id, "app_uninstalled"));
    });
    app.event("tokens_revoked", async ({ event, body }) => {
      if (body.team_id && (event.tokens.bot?.length ?? 0) > 0) await guard("slack.uninstall", () => installations.forget(body.team_id, "tokens_revoked"));
    });
  }

  app.action({ action_id: MORE_ACTION }, async ({ ack, body, client }) => {
    await ack();
    await guard("slack.more", async () => {
      const question = questionFromAction(SlackBlockActionsSchema.parse(body));
      if (question) await responder.reply(webApi(client), question);
    });
  });
  // Link buttons open their URL in the browser; Slack still sends the press, which only needs an ack.
  app.action({ action_id: new RegExp(`^${RESOURCE_LINK_ACTION}_`) }, async ({ ack }) => ack());

  app.error(async (error) => log("slack.fault", { scope: "bolt", code: slackErrorCode(error) }));

  return {
    app,
    /** Checks the token with Slack (auth.test), then connects; in HTTP mode, resolves with the port. */
    async start(): Promise<number | undefined> {
      await app.init();
      if (config.mode === "socket") {
        await app.start();
        return undefined;
      }
      const server = await app.start(config.port);
      return (server.address() as AddressInfo).port;
    },
    stop: () => app.stop(),
  };
}

function webApi(client: WebClient): SlackWebApi {
  return { call: async (method, body) => (await client.apiCall(method, body)) as unknown as Record<string, unknown> };
}

function defaultLog(event: string, detail: Record<string, unknown>): void {
  console.error(JSON.stringify({ event, ...detail }));
}
