import type { Copy } from "../content/copy/copy.ts";
import { en } from "../content/copy/en.ts";
import type { Resource } from "../schemas/answer.ts";

/** The ways to reach a resource, in the order people in distress most often use them. */
export function contactParts(resource: Resource, copy: Copy = en): string[] {
  const parts: string[] = [];
  if (resource.phone) parts.push(copy.contact.call(resource.phone));
  if (resource.sms) parts.push(copy.contact.text(resource.sms));
  if (resource.whatsapp) parts.push(copy.contact.whatsapp(resource.whatsapp));
  if (resource.url) parts.push(markdownUrl(resource.url));
  return parts;
}

/**
 * A URL that Markdown (Discord's included) shows as one plain link: the characters it reads as syntax
 * (brackets, parentheses, `<`, `>`, `|`, `*`, backquotes, spaces) are percent-encoded, which web servers
 * read as the same characters, so no part of it can become a link label or formatting of its own.
 */
export function markdownUrl(url: string): string {
  return url.replace(/[()[\]<>|*`\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
