import type { Resource } from "../schemas/answer.ts";

/** The ways to reach a resource, in the order people in distress most often use them. */
export function contactParts(resource: Resource): string[] {
  const parts: string[] = [];
  if (resource.phone) parts.push(`call ${resource.phone}`);
  if (resource.sms) parts.push(`text ${resource.sms}`);
  if (resource.whatsapp) parts.push(`WhatsApp ${resource.whatsapp}`);
  if (resource.url) parts.push(resource.url);
  return parts;
}
