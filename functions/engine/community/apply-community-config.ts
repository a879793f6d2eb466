import type { Answer, Resource } from "../../../shared/schemas/answer.ts";
import type { ExtraResource, ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import { composeOutOfScope } from "../compose/out-of-scope.ts";
import { matchCustomAnswer } from "./match-custom-answer.ts";

export const CUSTOM_TOPIC_PREFIX = "custom:";

/**
 * What a community's moderators configured, applied to the engine's answer. Triage has already
 * run, so crisis and redirect replies stay what they are: they only gain the community's extra
 * resources after the built-in ones, which are never removed.
 */
export function applyCommunityConfig(answer: Answer, text: string, config: ResolvedCommunityConfig): Answer {
  if (answer.kind === "crisis" || answer.kind === "redirect") return withExtraResources(answer, config);
  const custom = matchCustomAnswer(text, config.customAnswers);
  if (custom) {
    return { kind: "answer", topic: `${CUSTOM_TOPIC_PREFIX}${custom.id}`, reason: null, text: custom.answer, resources: [], followUps: [] };
  }
  if (answer.kind !== "answer" || answer.topic === null) return answer;
  if (config.disabledTopics.includes(answer.topic)) return composeOutOfScope();
  const override = config.topicOverrides[answer.topic];
  if (!override) return answer;
  return { ...answer, text: override.mode === "replace" ? override.text : `${answer.text}\n\n${override.text}` };
}

function withExtraResources(answer: Answer, config: ResolvedCommunityConfig): Answer {
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
