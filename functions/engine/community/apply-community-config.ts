import type { Answer, Resource } from "../../../shared/schemas/answer.ts";
import type { ExtraResource, ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";

/**
 * The community's own resources, added after the built-in ones to crisis and redirect replies
 * (which are never removed or reordered). Retrieval applies the rest of the config itself:
 * custom answers, topic overrides and disabled topics.
 */
export function applyCommunityConfig(answer: Answer, config: ResolvedCommunityConfig): Answer {
  if (answer.kind !== "crisis" && answer.kind !== "redirect") return answer;
  const present = new Set(answer.resources.map((resource) => resource.name));
  const extras = config.extraResources.filter((extra) => !present.has(extra.name)).map((extra) => asResource(extra, config.region));
  return extras.length > 0 ? { ...answer, resources: [...answer.resources, ...extras] } : answer;
}

function asResource(extra: ExtraResource, region: string | undefined): Resource {
  return {
    name: extra.name,
    region: region ?? "INT",
    ...(extra.phone ? { phone: extra.phone } : {}),
    ...(extra.url ? { url: extra.url } : {}),
  };
}
