import { copyFor } from "../content/copy/index.ts";
import type { Language } from "../content/languages.ts";
import { rateLimitedAnswer } from "../rate-limited.ts";
import { type DiscordMessage, renderDiscordMessage } from "../render/discord.ts";
import type { Answer } from "../schemas/answer.ts";
import { aboutAnswer } from "./about.ts";
import type { DiscordAction } from "./actions.ts";
import { repliesPrivately } from "./reply-policy.ts";
import { type ResourcesFor, resourcesAnswer } from "./resources-answer.ts";

/**
 * The replies to slash commands and buttons, the same whether the Worker or the gateway bot received them,
 * in the member's language (`language`: from the interaction's locale, else the community's default).
 "Tell me more"
 * shows the whole answer to the member who pressed it alone, so the channel keeps the short one.
 */
export function askReply(answer: Answer, action: Extract<DiscordAction, { kind: "ask" }>, crisisReplyPrivately: boolean): DiscordMessage {
  const more = action.topic !== undefined;
  return renderDiscordMessage(answer, {
    ephemeral: more || repliesPrivately(answer.kind, crisisReplyPrivately),
    // A button's question is ours (a follow-up), so it is safe to show; a member's own words are not repeated.
    ...(action.source === "button" && !more ? { quote: action.question } : {}),
  });
}

export function resourcesReply(where: ResourcesFor, crisisReplyPrivately: boolean): DiscordMessage {
  return renderDiscordMessage(resourcesAnswer(where), { ephemeral: repliesPrivately("resources", crisisReplyPrivately) });
}

export function aboutReply(language?: Language | null): DiscordMessage {
  return renderDiscordMessage(aboutAnswer(language), { ephemeral: true });
}

export function unknownActionReply(language?: Language | null): DiscordMessage {
  return renderDiscordMessage({ ...aboutAnswer(language), text: copyFor(language).interactions.unknownAction, followUps: [] }, { ephemeral: true });
}

/** A copy of an interaction already answered: a private note, nothing new. */
export function alreadyAnsweredReply(language?: Language | null): DiscordMessage {
  return renderDiscordMessage(
    { ...aboutAnswer(language), text: copyFor(language).interactions.alreadyAnswered, resources: [], followUps: [] },
    { ephemeral: true },
  );
}

/** Past a rate limit (never for a crisis): when to ask again, only to the member. */
export function rateLimitedReply(retryAfterSeconds: number, language?: Language | null): DiscordMessage {
  return renderDiscordMessage(rateLimitedAnswer(retryAfterSeconds, language), { ephemeral: true });
}
