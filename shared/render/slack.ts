import type { Answer } from "../schemas/answer.ts";
import { contactParts } from "./resource-line.ts";
import { truncate } from "./truncate.ts";

/** Slack's limits (https://api.slack.com/reference/block-kit/blocks). */
export const SLACK_LIMITS = { sectionText: 3_000, fallbackText: 4_000, buttonText: 75, actionValue: 2_000, blocks: 50 };
export const FOLLOW_UP_ACTION = "alliance_follow_up";

export type SlackBlock = Record<string, unknown>;
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Markdown's **bold** and [label](url) in Slack's mrkdwn. */
export function markdownToMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/\*\*(.+?)\*\*/g, "*$1*")
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, "<$2|$1>");
}

/** An Answer as Block Kit: the text, resources as context, follow-ups as buttons, plus notification text. */
export function renderSlackMessage(answer: Answer): SlackMessage {
  const blocks: SlackBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: truncate(markdownToMrkdwn(answer.text), SLACK_LIMITS.sectionText) } },
  ];
  if (answer.resources.length > 0) {
    blocks.push({
      type: "context",
      elements: answer.resources.slice(0, 10).map((resource) => ({
        type: "mrkdwn",
        text: truncate(`*${escapeMrkdwn(resource.name)}*: ${escapeMrkdwn(contactParts(resource).join(" · "))}`, SLACK_LIMITS.sectionText),
      })),
    });
  }
  if (answer.followUps.length > 0) {
    blocks.push({
      type: "actions",
      elements: answer.followUps.slice(0, 5).map((question, index) => ({
        type: "button",
        action_id: `${FOLLOW_UP_ACTION}_${index}`,
        text: { type: "plain_text", text: truncate(question, SLACK_LIMITS.buttonText) },
        value: truncate(question, SLACK_LIMITS.actionValue),
      })),
    });
  }
  return { text: truncate(answer.text, SLACK_LIMITS.fallbackText), blocks };
}
