import { copyFor } from "../content/copy/index.ts";
import type { Language } from "../content/languages.ts";
import { renderSlackMessage, type SlackMessage } from "../render/slack.ts";
import type { Answer } from "../schemas/answer.ts";
import type { AdapterSettings } from "../schemas/community-config.ts";
import type { SlackQuestion } from "./question.ts";
import { planReply } from "./reply-plan.ts";

export type SlashCommandReply = SlackMessage & { response_type: "ephemeral" | "in_channel" };

/** `/ask`'s reply: in the channel, or only to the member when `planReply` says private; and whether to alert. */
export function slashCommandReply(answer: Answer, settings: AdapterSettings, question: SlackQuestion): { reply: SlashCommandReply; alert: boolean } {
  const plan = planReply(answer, settings, question);
  return { reply: { response_type: plan.visibility === "private" ? "ephemeral" : "in_channel", ...renderSlackMessage(answer) }, alert: plan.alert };
}

/** `/ask` with nothing after it: how to use it, only to the member. */
export function slashCommandUsage(command: string, language?: Language | null): SlashCommandReply {
  const text = copyFor(language).interactions.slashCommandUsage(command);
  return { response_type: "ephemeral", text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}
