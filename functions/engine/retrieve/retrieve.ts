import type { ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";

export interface TopicMatch {
  topic: string;
  score: number;
}

/** The best knowledge-base topic for the message, or null below the confidence threshold. */
export function retrieve(_message: NormalisedMessage, _config: ResolvedCommunityConfig): TopicMatch | null {
  return null;
}
