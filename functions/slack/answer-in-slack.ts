import { fallbackAnswer } from "../../shared/fallback.ts";
import type { SlackRenderOptions } from "../../shared/render/slack.ts";
import type { Answer } from "../../shared/schemas/answer.ts";
import { adapterSettings, DEFAULT_CONFIG, type AdapterSettings } from "../../shared/schemas/community-config.ts";
import { deliverAnswer } from "../../shared/slack/deliver.ts";
import type { SlackQuestion } from "../../shared/slack/question.ts";
import { answerQuestion, type BackgroundWork } from "../service/answer-question.ts";
import { claimSlackEvent } from "../storage/slack-events.ts";
import { logSlackEvent, logSlackFault } from "./log.ts";
import { slackWebApi } from "./web-api.ts";

/** An Events API delivery, in the background after the 200: once per event id, then answered in Slack. */
export async function answerSlackEvent(env: Env, ctx: BackgroundWork, eventId: string, question: SlackQuestion): Promise<void> {
  try {
    if (!(await claimSlackEvent(env.DB, eventId))) return;
    await answerInSlack(env, ctx, question);
  } catch (error) {
    logSlackFault("slack.event", error);
  }
}

/** Answers through the service and posts the reply (and any moderators' alert) with the bot token. */
export async function answerInSlack(env: Env, ctx: BackgroundWork, question: SlackQuestion, render?: SlackRenderOptions): Promise<void> {
  const { answer, settings } = await answerOrFallback(env, ctx, question);
  await deliverAnswer(slackWebApi(env), question, answer, settings, { log: logSlackEvent, ...(render ? { render } : {}) });
}

/** The service's answer and the community's settings; if the service fails, the shared fallback (never silence). */
export async function answerOrFallback(env: Env, ctx: BackgroundWork, question: SlackQuestion): Promise<{ answer: Answer; settings: AdapterSettings }> {
  try {
    const { answer, config } = await answerQuestion(env, ctx, { text: question.text, platform: "slack", communityId: question.teamId });
    return { answer, settings: adapterSettings(config) };
  } catch (error) {
    logSlackFault("slack.answer", error);
    return { answer: fallbackAnswer(), settings: adapterSettings(DEFAULT_CONFIG) };
  }
}
