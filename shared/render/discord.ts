import type { Answer } from "../schemas/answer.ts";
import { contactParts } from "./resource-line.ts";
import { truncate } from "./truncate.ts";

/** Discord's limits (https://discord.com/developers/docs/resources/message). */
export const DISCORD_LIMITS = { content: 2_000, embedFieldValue: 1_024, embedFields: 25, buttonLabel: 80, customId: 100, buttonsPerRow: 5 };
export const EPHEMERAL_FLAG = 1 << 6;
export const FOLLOW_UP_PREFIX = "alliance:ask:";

export interface DiscordMessage {
  content: string;
  embeds: { title?: string; color?: number; fields: { name: string; value: string }[] }[];
  components: { type: 1; components: { type: 2; style: 2; label: string; custom_id: string }[] }[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

/** An Answer as a Discord message: text, resources as an embed, follow-ups as buttons; never pings anyone. */
export function renderDiscordMessage(answer: Answer, options: { ephemeral?: boolean } = {}): DiscordMessage {
  const fields = answer.resources.slice(0, DISCORD_LIMITS.embedFields).map((resource) => ({
    name: truncate(resource.hours ? `${resource.name} (${resource.hours})` : resource.name, 256),
    value: truncate(contactParts(resource).join(" · ") || resource.region, DISCORD_LIMITS.embedFieldValue),
  }));
  const buttons = answer.followUps.slice(0, DISCORD_LIMITS.buttonsPerRow).map((question) => ({
    type: 2 as const,
    style: 2 as const,
    label: truncate(question, DISCORD_LIMITS.buttonLabel),
    custom_id: truncate(`${FOLLOW_UP_PREFIX}${question}`, DISCORD_LIMITS.customId),
  }));
  return {
    content: truncate(answer.text, DISCORD_LIMITS.content),
    embeds: fields.length > 0 ? [{ title: answer.kind === "crisis" ? "Talk to someone now" : "Where to get support", color: 0x5865f2, fields }] : [],
    components: buttons.length > 0 ? [{ type: 1, components: buttons }] : [],
    allowed_mentions: { parse: [] },
    ...(options.ephemeral ? { flags: EPHEMERAL_FLAG } : {}),
  };
}
