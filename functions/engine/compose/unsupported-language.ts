import type { Copy } from "../../../shared/content/copy/copy.ts";
import type { CrisisSupport } from "../../../shared/resources/api.ts";
import { asResource } from "../../../shared/resources/to-resource.ts";
import type { Answer, Resource } from "../../../shared/schemas/answer.ts";
import { linesParagraph } from "./crisis-lines-text.ts";
import { emergencyToCall } from "./emergency-text.ts";

/**
 * A message in a language Alliance cannot read gets its English reply with a note saying which languages
 * it answers in, and, as the message might be a crisis, the region's lines and emergency number. A crisis
 * or check-in (a signal in one of the five languages) keeps its reply and gets the note at the end.
 */
export function withUnsupportedNote(answer: Answer, support: CrisisSupport, copy: Copy): Answer {
  const { note, linesIntro } = copy.unsupported;
  if (answer.kind === "crisis" || answer.kind === "check_in") return { ...answer, text: `${answer.text}\n\n${note}` };
  const danger = `${copy.crisis.voice.suicide_self_harm.danger(emergencyToCall(support.emergency, "suicide_self_harm", copy))}.`;
  const present = new Set(answer.resources.map((resource) => resource.name.toLowerCase()));
  const lines: Resource[] = [...support.lines.map(asResource), ...support.international].filter((line) => !present.has(line.name.toLowerCase()));
  return {
    ...answer,
    text: `${note}\n\n${answer.text}\n\n${linesParagraph(support, copy, linesIntro)} ${danger}`,
    resources: [...lines, ...answer.resources],
  };
}
