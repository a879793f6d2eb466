import type { Copy } from "../../../shared/content/copy/copy.ts";
import { en } from "../../../shared/content/copy/en.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import { smallTalk } from "./small-talk.ts";

/**
 * The reply when no topic fits: small talk gets its short reply (a greeting, with the questions to try), anything
 * else says what Alliance can help with. A language whose copy has no small-talk replies greets and thanks with its intro.
 */
export function composeOutOfScope(text = "", copy: Copy = en): Answer {
  const { intro, openings, followUps } = copy.outOfScope;
  const base = { kind: "out_of_scope" as const, topic: null, reason: null, resources: [] };
  const talk = smallTalk(text, copy.language);
  const short =
    talk === null || talk === "about" ? undefined : (copy.smallTalk ?? (talk === "greeting" || talk === "thanks" ? undefined : en.smallTalk))?.[talk];
  if (short === undefined) {
    const opening = talk === "greeting" || talk === "thanks" || talk === "about" ? openings[talk] : openings.unknown;
    return { ...base, text: opening + intro, followUps: [...followUps] };
  }
  return { ...base, text: short, followUps: talk === "greeting" ? [...followUps] : [] };
}
