import { copyFor } from "../content/copy/index.ts";
import type { Answer } from "../schemas/answer.ts";
import { contactParts } from "./resource-line.ts";
import { offersMore } from "./tell-me-more.ts";
import { truncate } from "./truncate.ts";

/** Discord's limits (https://discord.com/developers/docs/resources/message). */
export const DISCORD_LIMITS = {
  content: 2_000,
  embedTitle: 256,
  embedFieldName: 256,
  embedFieldValue: 1_024,
  embedFields: 25,
  embedTotal: 6_000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
};
export const EPHEMERAL_FLAG = 1 << 6;
export const FOLLOW_UP_PREFIX = "alliance:ask:";
/** "Tell me more" carries the topic whose whole answer it asks for. */
export const MORE_PREFIX = "alliance:more:";
const QUOTE_CHARS = 200;

type Field = { name: string; value: string };
/** Style 1 (primary) for "Tell me more", 2 (secondary) for follow-ups. */
type Button = { type: 2; style: 1 | 2; label: string; custom_id: string };

export interface DiscordMessage {
  content: string;
  embeds: { title?: string; color?: number; fields: Field[] }[];
  components: { type: 1; components: Button[] }[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

export interface DiscordRenderOptions {
  /** Only the asker sees it (interaction replies only; a channel message cannot be ephemeral). */
  ephemeral?: boolean;
  /** A question to quote above the answer, e.g. the follow-up button that was pressed. */
  quote?: string;
}

/** An Answer as a Discord message: text, resources as an embed, "Tell me more" and follow-ups as buttons; never pings anyone. */
export function renderDiscordMessage(answer: Answer, options: DiscordRenderOptions = {}): DiscordMessage {
  const quote = options.quote ? `> ${truncate(options.quote.replace(/\s+/g, " ").trim(), QUOTE_CHARS)}\n\n` : "";
  const fields = resourceFields(answer);
  const more: Button[] = offersMore(answer)
    ? [{ type: 2, style: 1, label: copyFor(answer.language).labels.tellMeMore, custom_id: `${MORE_PREFIX}${answer.topic}` }]
    : [];
  const buttons = [...more, ...followUpButtons(answer.followUps, DISCORD_LIMITS.buttonsPerRow - more.length)];
  return {
    content: truncate(quote + answer.text, DISCORD_LIMITS.content),
    embeds: fields.length > 0 ? [{ title: embedTitle(answer), color: answer.kind === "crisis" ? 0xe67e22 : 0x5865f2, fields }] : [],
    components: buttons.length > 0 ? [{ type: 1, components: buttons }] : [],
    allowed_mentions: { parse: [] },
    ...(options.ephemeral ? { flags: EPHEMERAL_FLAG } : {}),
  };
}

/** The resources' heading, in the answer's language. */
function embedTitle(answer: Answer): string {
  const titles = copyFor(answer.language).labels.resourcesTitle;
  return answer.kind === "crisis" ? titles.crisis : answer.kind === "check_in" ? titles.checkIn : titles.other;
}

/** One field per resource, stopping before the embed would pass Discord's size limits (the most important come first). */
function resourceFields(answer: Answer): Field[] {
  const fields: Field[] = [];
  const copy = copyFor(answer.language);
  let total = embedTitle(answer).length;
  for (const resource of answer.resources) {
    const field = {
      name: truncate(resource.hours ? `${resource.name} (${resource.hours})` : resource.name, DISCORD_LIMITS.embedFieldName),
      value: truncate(contactParts(resource, copy).join(" · ") || resource.region, DISCORD_LIMITS.embedFieldValue),
    };
    total += field.name.length + field.value.length;
    if (fields.length === DISCORD_LIMITS.embedFields || total > DISCORD_LIMITS.embedTotal) break;
    fields.push(field);
  }
  return fields;
}

/** Discord rejects a whole message whose custom_ids repeat, so repeats (after truncation) are dropped. */
function followUpButtons(followUps: readonly string[], max: number): Button[] {
  const buttons: Button[] = [];
  const seen = new Set<string>();
  for (const raw of followUps) {
    const question = raw.replace(/\s+/g, " ").trim();
    const customId = truncate(`${FOLLOW_UP_PREFIX}${question}`, DISCORD_LIMITS.customId);
    if (!question || seen.has(customId)) continue;
    seen.add(customId);
    buttons.push({ type: 2, style: 2, label: truncate(question, DISCORD_LIMITS.buttonLabel), custom_id: customId });
    if (buttons.length === max) break;
  }
  return buttons;
}
