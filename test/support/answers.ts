import type { Answer } from "../../shared/schemas/answer.ts";

/** Worker replies the tests use: an ordinary answer and a crisis reply (docs/design.md's example). */
export const ANSWER: Answer = { kind: "answer", topic: "we-in-therapy", reason: null, text: "Many therapists say we…", resources: [], followUps: [] };

export const CRISIS: Answer = {
  kind: "crisis",
  topic: null,
  reason: "suicide_self_harm",
  text: "I'm really glad you told me.",
  resources: [{ name: "Samaritans", phone: "116 123", region: "GB", hours: "24/7" }],
  followUps: [],
};
