import type { Answer, AnswerDetail } from "../../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import { findTopic } from "../../knowledge/find-topic.ts";
import { CUSTOM_PREFIX, type TopicMatch } from "../retrieve/retrieve.ts";

/**
 * The reply for a matched topic and the follow-ups whose topics the community has not disabled. Short (the
 * default): the topic's lead, and in `more` its title and whole answer, as the community extends it. Full: that
 * whole answer as the text. A community's own words (custom answers, replaced topics) are posted as written.
 */
export function composeAnswer(match: Pick<TopicMatch, "topic" | "language">, config: ResolvedCommunityConfig, detail: AnswerDetail = "short"): Answer {
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
  const whole = withTitle(topic.title, !override ? topic.text : override.mode === "replace" ? override.text : `${topic.text}\n\n${override.text}`);
  const disabled = new Set(config.disabledTopics);
  const followUps = topic.followUps.filter((followUp) => !disabled.has(followUp.topic)).map((followUp) => followUp.question);
  if (detail === "full" || override?.mode === "replace") return { ...base, text: whole, followUps };
  return { ...base, text: topic.lead, followUps, more: whole };
}

function withTitle(title: string, text: string): string {
  return `**${title}**\n\n${text}`;
}
