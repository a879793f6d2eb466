import { copyFor } from "../content/copy/index.ts";
import type { Language } from "../content/languages.ts";
import type { Answer } from "../schemas/answer.ts";

/** `/about`, and the reply to a mention with no question in it. */
export function aboutAnswer(language?: Language | null): Answer {
  const copy = copyFor(language);
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text: copy.about.text,
    resources: [],
    followUps: [...copy.about.followUps],
    language: copy.language,
  };
}
