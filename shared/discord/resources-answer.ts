import { fallbackAnswer } from "../fallback.ts";
import type { Answer } from "../schemas/answer.ts";

export const RESOURCES_TEXT =
  "If you are struggling or not safe right now, you deserve support from a person, and help is available now. " +
  "These lines are free and confidential. If you might act on thoughts of harming yourself or someone else, " +
  "call your local emergency number now, and if you can, reach out to someone who can be with you.\n\n" +
  "I'm a bot, so I can't talk it through with you, but I'm still here if you want to ask me something.";

/** `/resources`: the crisis and support lines of the shared directory, introduced warmly. */
export function resourcesAnswer(): Answer {
  return { kind: "out_of_scope", topic: null, reason: null, text: RESOURCES_TEXT, resources: fallbackAnswer().resources, followUps: [] };
}
