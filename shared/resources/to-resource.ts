import type { Resource } from "../schemas/answer.ts";
import type { DeployedEntry } from "./schema.ts";

/** A directory entry in the contract's Resource shape (sources stay in the data, not in replies). */
export function toResource(entry: DeployedEntry, region: string): Resource {
  const resource: Resource = { name: entry.name, region };
  if (entry.phone) resource.phone = entry.phone;
  if (entry.sms) resource.sms = entry.sms;
  if (entry.url) resource.url = entry.url;
  if (entry.hours) resource.hours = entry.hours;
  return resource;
}
