import type { Copy } from "../../../shared/content/copy/copy.ts";
import { en } from "../../../shared/content/copy/en.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import { smallTalk } from "./small-talk.ts";

/** The reply when no topic fits: says what Alliance can help with; greetings and thanks get the same intro. */
export function composeOutOfScope(text = "", copy: Copy = en): Answer {
  const { intro, openings, followUps } = copy.outOfScope;
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text: openings[smallTalk(text) ?? "unknown"] + intro,
    resources: [],
    followUps: [...followUps],
  };
}
