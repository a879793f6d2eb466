import { FOLLOW_UP_PREFIX, MORE_PREFIX } from "../render/discord.ts";
import { TELL_ME_MORE, TOPIC_ID } from "../render/tell-me-more.ts";
import { ABOUT_COMMAND, ASK_COMMAND, ASK_QUESTION_OPTION, RESOURCES_COMMAND } from "./commands.ts";

/** What a slash command or a button asks Alliance to do, whichever mode (HTTP or gateway) delivered it. */
export type DiscordAction =
  /** `topic`: "Tell me more" on a short answer, which asks for that topic's whole answer. */
  { kind: "ask"; question: string; source: "command" | "button"; topic?: string } | { kind: "resources" } | { kind: "about" } | { kind: "unknown" };

export interface CommandOption {
  name: string;
  value?: unknown;
}

export function actionForCommand(name: string, options: readonly CommandOption[] = []): DiscordAction {
  if (name === ASK_COMMAND) {
    const value = options.find((option) => option.name === ASK_QUESTION_OPTION)?.value;
    const question = typeof value === "string" ? value.trim() : "";
    // An empty question (Discord allows spaces) is met with the introduction rather than an error.
    return question ? { kind: "ask", question, source: "command" } : { kind: "about" };
  }
  if (name === RESOURCES_COMMAND) return { kind: "resources" };
  if (name === ABOUT_COMMAND) return { kind: "about" };
  return { kind: "unknown" };
}

/** A follow-up button carries its question in its custom_id, "Tell me more" its topic (see renderDiscordMessage). */
export function actionForButton(customId: string): DiscordAction {
  if (customId.startsWith(MORE_PREFIX)) {
    const topic = customId.slice(MORE_PREFIX.length);
    return TOPIC_ID.test(topic) ? { kind: "ask", question: TELL_ME_MORE, source: "button", topic } : { kind: "unknown" };
  }
  if (!customId.startsWith(FOLLOW_UP_PREFIX)) return { kind: "unknown" };
  const question = customId.slice(FOLLOW_UP_PREFIX.length).trim();
  return question ? { kind: "ask", question, source: "button" } : { kind: "unknown" };
}
