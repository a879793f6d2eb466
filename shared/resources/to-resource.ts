import type { Resource } from "../schemas/answer.ts";
import type { SupportLine } from "./api.ts";
import type { DeployedEntry, DeployedLine } from "./schema.ts";

/** A directory entry in the contract's Resource shape (sources stay in the data, not in replies). */
export function toResource(entry: DeployedEntry | DeployedLine, region: string): Resource {
  const resource: Resource = { name: entry.name, region };
  if (entry.phone) resource.phone = entry.phone;
  if (entry.sms) resource.sms = entry.sms;
  if ("whatsapp" in entry && entry.whatsapp) resource.whatsapp = entry.whatsapp;
  if (entry.url) resource.url = entry.url;
  if (entry.hours) resource.hours = entry.hours;
  return resource;
}

/** A support line as the contract's Resource, without what only the reply's wording uses. */
export function asResource({ kind: _kind, open24h: _open24h, languageRoutes: _routes, ...resource }: SupportLine): Resource {
  return resource;
}
