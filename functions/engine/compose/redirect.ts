import type { Copy } from "../../../shared/content/copy/copy.ts";
import { en } from "../../../shared/content/copy/en.ts";
import type { SignpostSupport } from "../../../shared/resources/api.ts";
import { communityExtras, communityResource } from "../../../shared/resources/community-lines.ts";
import type { Answer, RedirectReason, Resource } from "../../../shared/schemas/answer.ts";
import type { ExtraResource } from "../../../shared/schemas/community-config.ts";

/**
 * A redirect: a warm reason why a professional is the right person, the route to one in the user's
 * region (for misconduct, the body that takes complaints), and what the bot can help with instead.
 * The directory's signpost sentence comes in the copy's language (shared/resources/in-language.ts).
 */
export function composeRedirect(reason: RedirectReason, signpost: SignpostSupport, extras: readonly ExtraResource[], copy: Copy = en): Answer {
  const reply = copy.redirect[reason];
  const region = signpost.resources[0]?.region ?? "INT";
  const resources: Resource[] = [
    ...signpost.resources,
    ...communityExtras(extras, signpost.resources, copy.directory).map((extra) => communityResource(extra, region)),
  ];
  return {
    kind: "redirect",
    topic: null,
    reason,
    text: `${reply.why} ${signpost.text}\n\n${reply.offer}`,
    resources,
    followUps: [...reply.followUps],
  };
}
