import type { Answer, AnswerDetail } from "../../../shared/schemas/answer.ts";
import { customAnswerTopic, type ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import { findTopic } from "../../knowledge/find-topic.ts";
import type { RetrievedMatch } from "../retrieve/retrieve.ts";

/**
 * The reply for a matched topic and the follow-ups whose topics the community has not disabled. Short (the
 * default): the topic's lead, and in `more` its title and whole answer, as the community extends it. Full: that
 * whole answer as the text. A community's own words (custom answers, replaced topics) are posted as written.
 */
export function composeAnswer(match: ComposedMatch, config: ResolvedCommunityConfig, detail: AnswerDetail = "short"): Answer {
  if (match.source === "custom") {
    const { id, title, answer } = match.answer;
    return { kind: "answer", topic: customAnswerTopic(id), reason: null, resources: [], text: withTitle(title, answer), followUps: [] };
  }
  const base: Pick<Answer, "kind" | "topic" | "reason" | "resources"> = { kind: "answer", topic: match.topic, reason: null, resources: [] };
  const topic = findTopic(match.topic, match.language);
  if (!topic) throw new Error(`No topic ${match.topic}`);
  const override = config.topicOverrides[topic.id];
  const whole = withTitle(topic.title, !override ? topic.text : override.mode === "replace" ? override.text : `${topic.text}\n\n${override.text}`);
  const disabled = new Set(config.disabledTopics);
  const followUps = topic.followUps.filter((followUp) => !disabled.has(followUp.topic)).map((followUp) => followUp.question);
  if (detail === "full" || override?.mode === "replace") return { ...base, text: whole, followUps };
  return { ...base, text: topic.lead, followUps, more: whole };
}

/** What compose needs of a match: a topic and its knowledge base's language, or the community's answer itself. */
export type ComposedMatch =
  | Pick<Extract<RetrievedMatch, { source: "topic" }>, "source" | "topic" | "language">
  | Pick<Extract<RetrievedMatch, { source: "custom" }>, "source" | "answer">;

function withTitle(title: string, text: string): string {
  return `**${title}**\n\n${text}`;
}
