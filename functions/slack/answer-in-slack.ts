import { languageOfLocale } from "../../shared/content/languages.ts";
import { fallbackAnswer } from "../../shared/fallback.ts";
import { rateLimitedAnswer } from "../../shared/rate-limited.ts";
import type { SlackRenderOptions } from "../../shared/render/slack.ts";
import type { Answer } from "../../shared/schemas/answer.ts";
import { type AdapterSettings, adapterSettings, DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import { deliverAnswer } from "../../shared/slack/deliver.ts";
import { createMemberLocale } from "../../shared/slack/member-locale.ts";
import { moreRequested, type SlackQuestion } from "../../shared/slack/question.ts";
import type { SlackWebApi } from "../../shared/slack/web-api.ts";
import { answerQuestion, type BackgroundWork } from "../service/answer-question.ts";
import { claimSlackEvent } from "../storage/slack-events.ts";
import { botTokenFor, forgetBotToken } from "./bot-tokens.ts";
import { logSlackEvent, logSlackFault } from "./log.ts";
import { memberContext } from "./member-context.ts";
import { SlackApiError, slackWebApi } from "./web-api.ts";

/** Slack's answers to a token that no longer works: this isolate forgets it at once. */
const DEAD_TOKEN_CODES = new Set(["token_revoked", "invalid_auth", "account_inactive", "not_authed"]);
/**
 * Look-ups that must not hold a reply back (the member's locale, the thread's recent messages): a slash
 * command is answered within Slack's 3 seconds, and past this an event's message is judged alone.
 */
const QUICK_LOOKUP_MS = 1_500;

/** A workspace's Web API: `call` to post, `quick.call` for the look-ups a reply must not wait long for. */
export interface WorkspaceApi extends SlackWebApi {
  quick: SlackWebApi;
}

/**
 * The Web API with this workspace's bot token (its install's, or SLACK_BOT_TOKEN), or null when
 * nobody may answer it (not installed, or uninstalled): logged by team id, and nothing else.
 */
export async function workspaceApi(env: Env, teamId: string): Promise<WorkspaceApi | null> {
  const token = await botTokenFor(env, teamId);
  if (!token) {
    logSlackEvent("slack.not_installed", { team: teamId });
    return null;
  }
  const forgettingDeadTokens = (api: SlackWebApi): SlackWebApi => ({
    async call(method, body) {
      try {
        return await api.call(method, body);
      } catch (error) {
        if (error instanceof SlackApiError && DEAD_TOKEN_CODES.has(error.code)) forgetBotToken(teamId);
        throw error;
      }
    },
  });
  return { ...forgettingDeadTokens(slackWebApi(env, token)), quick: forgettingDeadTokens(slackWebApi(env, token, QUICK_LOOKUP_MS)) };
}

/**
 * An Events API delivery, in the background after the 200: once per event id, then answered in Slack
 * with the token of the workspace the event came through (`tokenTeamId`), the member's recent messages
 * in the thread read first as context.
 */
export async function answerSlackEvent(
  env: Env,
  ctx: BackgroundWork,
  eventId: string,
  question: SlackQuestion,
  tokenTeamId: string,
  botUserId?: string,
): Promise<void> {
  try {
    const api = await workspaceApi(env, tokenTeamId);
    if (!api || !(await firstDelivery(env.DB, eventId))) return;
    const context = await memberContext(api.quick, question, botUserId);
    await answerInSlack(env, ctx, api, context.length > 0 ? { ...question, context } : question);
  } catch (error) {
    logSlackFault("slack.event", error);
  }
}

/** Without D1 a retried delivery may be answered twice; better that than a member left unanswered. */
async function firstDelivery(db: D1Database, eventId: string): Promise<boolean> {
  try {
    return await claimSlackEvent(db, eventId);
  } catch (error) {
    logSlackFault("slack.event_claim", error);
    return true;
  }
}

/** Answers through the service and posts the reply (and any moderators' alert) with the workspace's token. */
export async function answerInSlack(env: Env, ctx: BackgroundWork, api: WorkspaceApi, question: SlackQuestion, render?: SlackRenderOptions): Promise<void> {
  const { answer, settings, replyTo } = await answerOrFallback(env, ctx, question, api.quick);
  await deliverAnswer(api, replyTo, answer, settings, { log: logSlackEvent, ...(render ? { render } : {}) });
}

export interface SlackAnswer {
  answer: Answer;
  settings: AdapterSettings;
  /** The question as the reply should treat it: the rate-limit notice goes only to the member. */
  replyTo: SlackQuestion;
}

/** Per isolate: a member's locale is looked up once every few minutes. */
const memberLocale = createMemberLocale({ onFault: (error) => logSlackFault("slack.users_info", error) });

/**
 * The service's answer and the community's settings, within the member's and the workspace's rate
 * limits (past one, a private note saying when to ask again; a crisis is always answered); if the
 * service fails, the shared fallback (never silence).
 */
export async function answerOrFallback(env: Env, ctx: BackgroundWork, question: SlackQuestion, lookups: SlackWebApi): Promise<SlackAnswer> {
  const limits = { user: `slack:${question.userId}`, community: `slack:${question.teamId}` };
  const locale = await memberLocale(lookups, question.teamId, question.userId);
  try {
    const asked = {
      text: question.text,
      platform: "slack" as const,
      communityId: question.teamId,
      ...(locale ? { locale } : {}),
      ...(question.context?.length ? { context: [...question.context] } : {}),
      ...moreRequested(question),
    };
    const outcome = await answerQuestion(env, ctx, asked, limits);
    if (outcome.kind === "rate_limited") {
      const answer = rateLimitedAnswer(outcome.retryAfterSeconds, outcome.language ?? languageOfLocale(locale));
      return { answer, settings: adapterSettings(DEFAULT_CONFIG), replyTo: { ...question, mustBePrivate: true } };
    }
    return { answer: outcome.answer, settings: adapterSettings(outcome.config), replyTo: question };
  } catch (error) {
    const settings = adapterSettings(DEFAULT_CONFIG);
    logSlackFault("slack.answer", error);
    return { answer: fallbackAnswer({ locale }), settings, replyTo: question };
  }
}
