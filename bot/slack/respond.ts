import { copyFor } from "../../shared/content/copy/index.ts";
import { type Language, languageOfLocale } from "../../shared/content/languages.ts";
import type { SlackMessage, SlackRenderOptions } from "../../shared/render/slack.ts";
import { type AnswerRequest, MAX_CONTEXT_CHARS, MAX_CONTEXT_MESSAGES } from "../../shared/schemas/answer.ts";
import type { AdapterSettings, CommunityPlatform } from "../../shared/schemas/community-config.ts";
import { type SlashCommandReply, slashCommandReply } from "../../shared/slack/command-reply.ts";
import { alertModerators, deliverAnswer, postReply } from "../../shared/slack/deliver.ts";
import type { MemberLocale } from "../../shared/slack/member-locale.ts";
import { moreRequested, type SlackQuestion } from "../../shared/slack/question.ts";
import type { SlackLog, SlackWebApi } from "../../shared/slack/web-api.ts";
import type { AnswerOutcome } from "../core/answer-client.ts";

export interface SlackResponderDeps {
  ask: (request: AnswerRequest, community?: { region?: string | undefined }) => Promise<AnswerOutcome>;
  settingsFor: (platform: CommunityPlatform, communityId: string | undefined) => Promise<AdapterSettings>;
  cooldown: { take(key: string, seconds: number): boolean };
  log: SlackLog;
  /** The member's Slack locale (`users.info`, cached): the reply language's tie-breaker and the notes' language. */
  memberLocale?: MemberLocale;
}

/** What the bot sends the Worker: the question, the workspace as community, Slack's opaque user id, the member's locale. */
export function answerRequestFor(question: SlackQuestion, locale?: string): AnswerRequest {
  const context = question.context?.slice(-MAX_CONTEXT_MESSAGES).map((text) => text.slice(0, MAX_CONTEXT_CHARS));
  return {
    text: question.text,
    platform: "slack",
    communityId: question.teamId,
    userId: question.userId,
    ...(locale ? { locale } : {}),
    ...(context?.length ? { context } : {}),
    ...moreRequested(question),
  };
}

/** A member past their cooldown gets this, privately, unless their message was a crisis. */
export function cooldownNotice(seconds: number, language?: Language | null): SlackMessage {
  const text = copyFor(language).cooldown(seconds);
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}

/** The cooldown never holds back a crisis reply, nor the fallback (it carries crisis resources). */
export function isHeldByCooldown(coolingDown: boolean, outcome: AnswerOutcome): boolean {
  return coolingDown && outcome.source !== "fallback" && outcome.answer.kind !== "crisis";
}

/**
 * The Bolt app's decisions, free of Bolt: settings, cooldown, the Worker's answer (or the shared
 * fallback), then the reply where the community wants it and the moderators' alert.
 */
export function createSlackResponder(deps: SlackResponderDeps) {
  async function answerFor(api: SlackWebApi, question: SlackQuestion) {
    const [settings, locale] = await Promise.all([
      deps.settingsFor("slack", question.teamId),
      deps.memberLocale ? deps.memberLocale(api, question.teamId, question.userId) : undefined,
    ]);
    // "Tell me more" continues an answer just given, so it neither waits for nor starts the member's cooldown.
    const coolingDown = question.topic === undefined && !deps.cooldown.take(`${question.teamId}:${question.userId}`, settings.cooldownSeconds);
    const outcome = await deps.ask(answerRequestFor(question, locale), settings);
    // The Worker's rate-limit note (never a crisis reply: those are never limited) goes only to the member.
    const replyTo = outcome.source === "rate_limited" ? { ...question, mustBePrivate: true } : question;
    const language = languageOfLocale(locale) ?? settings.defaultLanguage;
    return { answer: outcome.answer, settings, held: isHeldByCooldown(coolingDown, outcome), replyTo, language };
  }

  return {
    /** A mention, a DM or a tapped follow-up: posted with the Web API. */
    async reply(api: SlackWebApi, question: SlackQuestion, render?: SlackRenderOptions): Promise<void> {
      const { answer, settings, held, replyTo, language } = await answerFor(api, question);
      if (held) {
        await postReply(api, question, cooldownNotice(settings.cooldownSeconds, language), "private", question.threadTs);
        return;
      }
      await deliverAnswer(api, replyTo, answer, settings, { log: deps.log, ...(render ? { render } : {}) });
    },

    /** `/ask`: the reply for the command's response URL, and the moderators' alert if it was a crisis. */
    async command(api: SlackWebApi, question: SlackQuestion, respond: (reply: SlashCommandReply) => Promise<unknown>): Promise<void> {
      const { answer, settings, held, replyTo, language } = await answerFor(api, question);
      if (held) {
        await respond({ response_type: "ephemeral", ...cooldownNotice(settings.cooldownSeconds, language) });
        return;
      }
      const { reply, alert } = slashCommandReply(answer, settings, replyTo);
      await respond(reply);
      if (alert && settings.alertChannelId) await alertModerators(api, settings.alertChannelId, question, deps.log);
    },
  };
}
