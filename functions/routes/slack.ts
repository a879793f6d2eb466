import { Hono } from "hono/tiny";
import { SlackBlockActionsSchema, SlackCommandSchema, SlackEnvelopeSchema, SlackMessageEventSchema } from "../../shared/schemas/slack.ts";
import { slashCommandReply, slashCommandUsage } from "../../shared/slack/command-reply.ts";
import { alertModerators } from "../../shared/slack/deliver.ts";
import { questionFromAction, questionFromCommand, questionFromEvent } from "../../shared/slack/question.ts";
import type { AppEnv } from "../env.ts";
import { answerInSlack, answerOrFallback, answerSlackEvent } from "../slack/answer-in-slack.ts";
import { logSlackEvent, logSlackFault } from "../slack/log.ts";
import { formFields, isSslCheck, parseSlack, parseSlackJson, readSlackBody, verifySlackRequest } from "../slack/slack-request.ts";
import { slackWebApi } from "../slack/web-api.ts";

/**
 * Slack's Events API, slash commands and interactivity. Each request goes raw body → (ssl_check) →
 * signature → replay (an empty 200) → parse → dispatch; slow work runs after the 200, because Slack
 * waits at most 3 seconds.
 */
export const slackRoutes = new Hono<AppEnv>()
  .post("/slack/events", async (c) => {
    const body = await readSlackBody(c);
    if ((await verifySlackRequest(c, body)).replay) return c.body(null, 200);
    const envelope = parseSlack(SlackEnvelopeSchema, parseSlackJson(body));
    if (envelope.type === "url_verification") return c.json({ challenge: envelope.challenge ?? "" });
    const event = SlackMessageEventSchema.safeParse(envelope.event);
    if (envelope.type !== "event_callback" || !envelope.event_id || !event.success) return c.body(null, 200);
    const botUserId = envelope.authorizations?.[0]?.user_id;
    const question = questionFromEvent(event.data, { teamId: envelope.team_id, botUserId });
    if (question) c.executionCtx.waitUntil(answerSlackEvent(c.env, c.executionCtx, envelope.event_id, question));
    return c.body(null, 200);
  })
  .post("/slack/commands", async (c) => {
    const body = await readSlackBody(c);
    if (isSslCheck(body)) return c.body(null, 200);
    if ((await verifySlackRequest(c, body)).replay) return c.body(null, 200);
    const command = parseSlack(SlackCommandSchema, formFields(body));
    const question = questionFromCommand(command);
    if (!question) return c.json(slashCommandUsage(command.command));
    const { answer, settings, replyTo } = await answerOrFallback(c.env, c.executionCtx, question);
    const { reply, alert } = slashCommandReply(answer, settings, replyTo);
    if (alert && settings.alertChannelId) {
      c.executionCtx.waitUntil(alertModerators(slackWebApi(c.env), settings.alertChannelId, question, logSlackEvent));
    }
    return c.json(reply);
  })
  .post("/slack/interactions", async (c) => {
    const body = await readSlackBody(c);
    if ((await verifySlackRequest(c, body)).replay) return c.body(null, 200);
    const payload = SlackBlockActionsSchema.safeParse(parseSlackJson(formFields(body).payload ?? ""));
    const question = payload.success ? questionFromAction(payload.data) : null;
    if (question) {
      // A follow-up's question is echoed above its answer; "Tell me more" continues the answer above it.
      const work = answerInSlack(c.env, c.executionCtx, question, question.topic ? {} : { question: question.text });
      c.executionCtx.waitUntil(work.catch((error) => logSlackFault("slack.interaction", error)));
    }
    return c.body(null, 200);
  });
