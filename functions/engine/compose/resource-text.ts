import type { Copy } from "../../../shared/content/copy/copy.ts";
import type { Resource } from "../../../shared/schemas/answer.ts";
import { markdownUrl } from "../../../shared/render/resource-line.ts";
import type { ExtraResource } from "../../../shared/schemas/community-config.ts";

/** How to reach a line, in words: "call **116 123** or text **988**", "text **SHOUT to 85258**". */
export function howToReach(resource: Resource, copy: Copy): string {
  const ways: string[] = [];
  if (resource.phone) ways.push(copy.contact.call(`**${resource.phone}**`));
  const text = textRoute(resource, copy);
  if (text) ways.push(text);
  if (ways.length === 0 && resource.url) ways.push(copy.contact.goTo(markdownUrl(resource.url)));
  return copy.words.or(ways);
}

/** Only the written routes to a line: "text **988**", "message **+65 6669 1771** on WhatsApp"; "" when it has none. */
export function textRoute(resource: Resource, copy: Copy): string {
  const ways: string[] = [];
  if (resource.sms) ways.push(copy.contact.text(`**${resource.sms}**`));
  if (resource.whatsapp) ways.push(copy.contact.messageOnWhatsApp(`**${resource.whatsapp}**`));
  return copy.words.or(ways);
}

/**
 * The community's own resources that a reply adds after its built-in lines: a same-named one (a moderator's
 * "Samaritans") never repeats or replaces a built-in line.
 */
export function communityExtras(extras: readonly ExtraResource[], builtIn: readonly Resource[]): ExtraResource[] {
  const present = new Set(builtIn.map((resource) => resource.name.toLowerCase()));
  return extras.filter((extra) => !present.has(extra.name.toLowerCase()));
}

/** A community's own resource in the contract's shape, marked with the region the reply is for. */
export function communityResource(extra: ExtraResource, region: string): Resource {
  const resource: Resource = { name: extra.name, region };
  if (extra.phone) resource.phone = extra.phone;
  if (extra.url) resource.url = extra.url;
  return resource;
}
