import type { Answer } from "../../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import { findTopic } from "../../knowledge/find-topic.ts";
import { CUSTOM_PREFIX, type TopicMatch } from "../retrieve/retrieve.ts";

/**
 * The reply for a matched topic: its title and answer (as the community overrides it) and the
 * follow-ups whose topics the community has not disabled. Custom answers are posted as written.
 */
export function composeAnswer(match: TopicMatch, config: ResolvedCommunityConfig): Answer {
  const base: Pick<Answer, "kind" | "topic" | "reason" | "resources"> = { kind: "answer", topic: match.topic, reason: null, resources: [] };
  if (match.topic.startsWith(CUSTOM_PREFIX)) {
    const id = match.topic.slice(CUSTOM_PREFIX.length);
    const custom = config.customAnswers.find((answer) => answer.id === id);
    if (!custom) throw new Error(`No custom answer ${id}`);
    return { ...base, text: withTitle(custom.title, custom.answer), followUps: [] };
  }
  const topic = findTopic(match.topic, match.language);
  if (!topic) throw new Error(`No topic ${match.topic}`);
  const override = config.topicOverrides[topic.id];
  const text = !override ? topic.text : override.mode === "replace" ? override.text : `${topic.text}\n\n${override.text}`;
  const disabled = new Set(config.disabledTopics);
  return {
    ...base,
    text: withTitle(topic.title, text),
    followUps: topic.followUps.filter((followUp) => !disabled.has(followUp.topic)).map((followUp) => followUp.question),
  };
}

function withTitle(title: string, text: string): string {
  return `**${title}**\n\n${text}`;
}
