import { renderSlackMessage, type SlackMessage, type SlackRenderOptions } from "../render/slack.ts";
import { renderSlackCrisisAlert } from "../render/slack-alert.ts";
import type { Answer } from "../schemas/answer.ts";
import type { AdapterSettings } from "../schemas/community-config.ts";
import type { SlackQuestion } from "./question.ts";
import { planReply } from "./reply-plan.ts";
import { type SlackLog, type SlackWebApi, slackErrorCode } from "./web-api.ts";

/**
 * Posts an answer where `planReply` says (in the thread, or only to the member), then alerts the
 * moderators about a crisis. The reply failing throws; the alert failing is logged, never thrown,
 * because the member has been answered.
 */
export async function deliverAnswer(
  api: SlackWebApi,
  question: SlackQuestion,
  answer: Answer,
  settings: AdapterSettings,
  options: { log: SlackLog; render?: SlackRenderOptions },
): Promise<void> {
  const plan = planReply(answer, settings, question);
  await postReply(api, question, renderSlackMessage(answer, options.render), plan.visibility, plan.threadTs);
  if (plan.alert && settings.alertChannelId) await alertModerators(api, settings.alertChannelId, question, options.log);
}

export async function postReply(
  api: SlackWebApi,
  question: SlackQuestion,
  message: SlackMessage,
  visibility: "public" | "private",
  threadTs?: string,
): Promise<void> {
  const body = { channel: question.channelId, text: message.text, blocks: message.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) };
  if (visibility === "private") await api.call("chat.postEphemeral", { ...body, user: question.userId });
  else await api.call("chat.postMessage", { ...body, unfurl_links: false, unfurl_media: false });
}

export async function alertModerators(api: SlackWebApi, alertChannelId: string, question: SlackQuestion, log: SlackLog): Promise<void> {
  let permalink: string | undefined;
  if (question.messageTs) {
    try {
      const result = await api.call("chat.getPermalink", { channel: question.channelId, message_ts: question.messageTs });
      permalink = typeof result.permalink === "string" ? result.permalink : undefined;
    } catch (error) {
      log("slack.permalink_failed", { code: slackErrorCode(error) });
    }
  }
  try {
    const alert = renderSlackCrisisAlert({ channelId: question.channelId, permalink });
    await api.call("chat.postMessage", { channel: alertChannelId, ...alert, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    log("slack.alert_failed", { code: slackErrorCode(error) });
  }
}
