import { type SlackMessage, slackLink } from "./slack.ts";

/**
 * The moderators' heads-up that a member was given crisis resources: where, and a link to the
 * message when there is one. Never the member's words, never their name.
 */
export function renderSlackCrisisAlert(where: { channelId: string; permalink?: string | undefined }): SlackMessage {
  const channel = /^[A-Z0-9]+$/.test(where.channelId) ? `<#${where.channelId}>` : "a channel";
  const link = where.permalink && /^https:\/\/\S+$/.test(where.permalink) ? ` ${slackLink(where.permalink, "Open the message")}` : "";
  const text =
    `:rotating_light: Alliance just shared crisis resources with a member in ${channel}.${link} ` +
    "Someone from the team may want to check in with them, kindly and privately.";
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}
