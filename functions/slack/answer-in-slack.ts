import { languageOfLocale } from "../../shared/content/languages.ts";
import { fallbackAnswer } from "../../shared/fallback.ts";
import { rateLimitedAnswer } from "../../shared/rate-limited.ts";
import type { SlackRenderOptions } from "../../shared/render/slack.ts";
import type { Answer } from "../../shared/schemas/answer.ts";
import { adapterSettings, DEFAULT_CONFIG, type AdapterSettings } from "../../shared/schemas/community-config.ts";
import { deliverAnswer } from "../../shared/slack/deliver.ts";
import { createMemberLocale } from "../../shared/slack/member-locale.ts";
import type { SlackQuestion } from "../../shared/slack/question.ts";
import { answerQuestion, type BackgroundWork } from "../service/answer-question.ts";
import { RateLimitedError } from "../service/rate-limits.ts";
import { claimSlackEvent } from "../storage/slack-events.ts";
import { logSlackEvent, logSlackFault } from "./log.ts";
import { slackWebApi } from "./web-api.ts";

/** An Events API delivery, in the background after the 200: once per event id, then answered in Slack. */
export async function answerSlackEvent(env: Env, ctx: BackgroundWork, eventId: string, question: SlackQuestion): Promise<void> {
  try {
    if (!(await firstDelivery(env.DB, eventId))) return;
    await answerInSlack(env, ctx, question);
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

/** Answers through the service and posts the reply (and any moderators' alert) with the bot token. */
export async function answerInSlack(env: Env, ctx: BackgroundWork, question: SlackQuestion, render?: SlackRenderOptions): Promise<void> {
  const { answer, settings, replyTo } = await answerOrFallback(env, ctx, question);
  await deliverAnswer(slackWebApi(env), replyTo, answer, settings, { log: logSlackEvent, ...(render ? { render } : {}) });
}

export interface SlackAnswer {
  answer: Answer;
  settings: AdapterSettings;
  /** The question as the reply should treat it: the rate-limit notice goes only to the member. */
  replyTo: SlackQuestion;
}

/** Per isolate: a member's locale is looked up once every few minutes. */
const memberLocale = createMemberLocale({ onFault: (error) => logSlackFault("slack.users_info", error) });
/** A slash command is answered within Slack's 3 seconds, so the look-up gets little of them. */
const LOCALE_LOOKUP_MS = 1_500;

/**
 * The service's answer and the community's settings, within the member's and the workspace's rate
 * limits (past one, a private note saying when to ask again; a crisis is always answered); if the
 * service fails, the shared fallback (never silence).
 */
export async function answerOrFallback(env: Env, ctx: BackgroundWork, question: SlackQuestion): Promise<SlackAnswer> {
  const limits = { user: `slack:${question.userId}`, community: `slack:${question.teamId}` };
  const locale = await memberLocale(slackWebApi(env, LOCALE_LOOKUP_MS), question.teamId, question.userId);
  try {
    const asked = { text: question.text, platform: "slack" as const, communityId: question.teamId, ...(locale ? { locale } : {}) };
    const { answer, config } = await answerQuestion(env, ctx, asked, limits);
    return { answer, settings: adapterSettings(config), replyTo: question };
  } catch (error) {
    const settings = adapterSettings(DEFAULT_CONFIG);
    if (error instanceof RateLimitedError) {
      const answer = rateLimitedAnswer(error.retryAfterSeconds, error.language ?? languageOfLocale(locale));
      return { answer, settings, replyTo: { ...question, mustBePrivate: true } };
    }
    logSlackFault("slack.answer", error);
    return { answer: fallbackAnswer({ locale }), settings, replyTo: question };
  }
}
