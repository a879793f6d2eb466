import type { Answer } from "./schemas/answer.ts";

/**
 * What an adapter posts when the Worker cannot answer (down, slow, broken): never silence, and
 * always a way to reach a person. Regional lines are added by the resource directory.
 */
export function fallbackAnswer(): Answer {
  return {
    kind: "out_of_scope",
    topic: null,
    reason: null,
    text:
      "Sorry, I can't reach my answers right now. Please try again in a little while.\n\n" +
      "If you are struggling or not safe right now, please contact your local emergency number, or find a free, " +
      "confidential helpline in your country at findahelpline.com. You deserve support from a person.",
    resources: [{ name: "Find A Helpline", url: "https://findahelpline.com", region: "INT", hours: "directory of lines" }],
    followUps: [],
  };
}
