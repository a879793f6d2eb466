import type { Copy } from "../../../shared/content/copy/copy.ts";
import { markdownUrl } from "../../../shared/render/resource-line.ts";
import type { SupportLine } from "../../../shared/resources/api.ts";
import type { Resource } from "../../../shared/schemas/answer.ts";

/** A resource as a reply words it: a built-in line may have its own route in the reply's language. */
type Reachable = Resource & Pick<Partial<SupportLine>, "languageRoutes">;

/** How to reach a line, in words: "call **116 123** or text **988**", "text **SHOUT to 85258**". */
export function howToReach(resource: Reachable, copy: Copy): string {
  const ways: string[] = [];
  const call = callRoute(resource, copy);
  if (call) ways.push(call);
  const text = textRoute(resource, copy);
  if (text) ways.push(text);
  if (ways.length === 0 && resource.url) ways.push(copy.contact.goTo(markdownUrl(resource.url)));
  return copy.words.or(ways);
}

/** Only the spoken route: "call **988**", or in the line's own route for the reply's language "call **988** and press **2**"; "" when none. */
export function callRoute(resource: Reachable, copy: Copy): string {
  const route = resource.languageRoutes?.find((candidate) => candidate.language === copy.language && candidate.phone);
  if (route?.phone)
    return route.pressOption ? copy.contact.callAndPress(`**${route.phone}**`, `**${route.pressOption}**`) : copy.contact.call(`**${route.phone}**`);
  return resource.phone ? copy.contact.call(`**${resource.phone}**`) : "";
}

/** Only the written routes to a line: "text **988**", "message **+65 6669 1771** on WhatsApp"; "" when it has none. */
export function textRoute(resource: Reachable, copy: Copy): string {
  const ways: string[] = [];
  const route = resource.languageRoutes?.find((candidate) => candidate.language === copy.language && candidate.sms);
  if (route?.sms) ways.push(route.smsKeyword ? copy.contact.textKeyword(`**${route.smsKeyword}**`, `**${route.sms}**`) : copy.contact.text(`**${route.sms}**`));
  else if (resource.sms) ways.push(copy.contact.text(`**${resource.sms}**`));
  if (resource.whatsapp) ways.push(copy.contact.messageOnWhatsApp(`**${resource.whatsapp}**`));
  return copy.words.or(ways);
}
