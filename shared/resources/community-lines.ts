import type { DirectoryWords } from "../content/copy/copy.ts";
import type { Resource } from "../schemas/answer.ts";
import type { ExtraResource } from "../schemas/community-config.ts";
import { nameIn } from "./in-language.ts";

/**
 * The community's own lines that a reply adds after its built-in ones: a same-named one (a moderator's
 * "Samaritans") never repeats or replaces a built-in line. In a reply in another language the built-in lines
 * carry that language's names (`words`), so a moderator's line named as the directory names it in English
 * is matched by its name in the reply's language too.
 */
export function communityExtras(extras: readonly ExtraResource[], builtIn: readonly Resource[], words?: DirectoryWords): ExtraResource[] {
  const present = new Set(builtIn.map((resource) => resource.name.toLowerCase()));
  const named = (extra: ExtraResource) =>
    present.has(extra.name.toLowerCase()) || (words !== undefined && present.has(nameIn(extra.name, words).toLowerCase()));
  return extras.filter((extra) => !named(extra));
}

/**
 * A community's own line in the contract's shape, marked with the region the reply is for ("INT" when none is
 * known). The one converter of an extra resource: `withDescription` puts the moderator's description in `hours`,
 * which `/resources` shows and crisis and redirect replies do not (their text names the line instead).
 */
export function communityResource(extra: ExtraResource, region: string | null, { withDescription = false } = {}): Resource {
  const resource: Resource = { name: extra.name, region: region ?? "INT" };
  if (extra.phone) resource.phone = extra.phone;
  if (extra.url) resource.url = extra.url;
  if (withDescription && extra.description) resource.hours = extra.description;
  return resource;
}
