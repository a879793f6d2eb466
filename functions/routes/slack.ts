import { Hono } from "hono/tiny";
import { SlackBlockActionsSchema, SlackCommandSchema, SlackEnvelopeSchema, SlackMessageEventSchema } from "../../shared/schemas/slack.ts";
import { slashCommandReply, slashCommandUsage } from "../../shared/slack/command-reply.ts";
import { alertModerators } from "../../shared/slack/deliver.ts";
import { questionFromAction, questionFromCommand, questionFromEvent } from "../../shared/slack/question.ts";
import type { AppEnv } from "../env.ts";
import { answerInSlack, answerOrFallback, answerSlackEvent, workspaceApi } from "../slack/answer-in-slack.ts";
import { logSlackEvent, logSlackFault } from "../slack/log.ts";
import { formFields, isSslCheck, parseSlack, parseSlackJson, readSlackBody, verifySlackRequest } from "../slack/slack-request.ts";
import { forgetWorkspace, isRevokingEvent } from "../slack/uninstall.ts";

/**
 * Slack's Events API, slash commands and interactivity. Each request goes raw body → (ssl_check) →
 * signature → replay (an empty 200) → parse → dispatch; slow work runs after the 200, because Slack
 * waits at most 3 seconds. Each reply is posted with the token of the workspace it came from (its
 * install's, or SLACK_BOT_TOKEN); a workspace with neither is answered by nobody.
 */
export const slackRoutes = new Hono<AppEnv>()
  .post("/slack/events", async (c) => {
    const body = await readSlackBody(c);
    if ((await verifySlackRequest(c, body)).replay) return c.body(null, 200);
    const envelope = parseSlack(SlackEnvelopeSchema, parseSlackJson(body));
    if (envelope.type === "url_verification") return c.json({ challenge: envelope.challenge ?? "" });
    const tokenTeamId = envelope.authorizations?.[0]?.team_id ?? envelope.team_id;
    if (envelope.type === "event_callback" && envelope.team_id && isRevokingEvent(envelope.event)) {
      await forgetWorkspace(c.env.DB, envelope.team_id, (envelope.event as { type: string }).type);
      return c.body(null, 200);
    }
    const event = SlackMessageEventSchema.safeParse(envelope.event);
    if (envelope.type !== "event_callback" || !envelope.event_id || !event.success) return c.body(null, 200);
    const botUserId = envelope.authorizations?.[0]?.user_id;
    const question = questionFromEvent(event.data, { teamId: envelope.team_id, botUserId });
    if (question) c.executionCtx.waitUntil(answerSlackEvent(c.env, c.executionCtx, envelope.event_id, question, tokenTeamId ?? question.teamId, botUserId));
    return c.body(null, 200);
  })
  .post("/slack/commands", async (c) => {
    const body = await readSlackBody(c);
    if (isSslCheck(body)) return c.body(null, 200);
    if ((await verifySlackRequest(c, body)).replay) return c.body(null, 200);
    const command = parseSlack(SlackCommandSchema, formFields(body));
    const api = await workspaceApi(c.env, command.team_id);
    if (!api) return c.body(null, 200);
    const question = questionFromCommand(command);
    if (!question) return c.json(slashCommandUsage(command.command));
    const { answer, settings, replyTo } = await answerOrFallback(c.env, c.executionCtx, question, api.quick);
    const { reply, alert } = slashCommandReply(answer, settings, replyTo);
    if (alert && settings.alertChannelId) {
      c.executionCtx.waitUntil(alertModerators(api, settings.alertChannelId, question, logSlackEvent));
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
      const work = async () => {
        const api = await workspaceApi(c.env, question.teamId);
        if (api) await answerInSlack(c.env, c.executionCtx, api, question, question.topic ? {} : { question: question.text });
      };
      c.executionCtx.waitUntil(work().catch((error) => logSlackFault("slack.interaction", error)));
    }
    return c.body(null, 200);
  });
