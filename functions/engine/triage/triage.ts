import type { CrisisReason, RedirectReason } from "../../../shared/schemas/answer.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";

export type TriageResult =
  | { kind: "crisis"; reason: CrisisReason }
  | { kind: "redirect"; reason: RedirectReason }
  | null;

/** Crisis wins over everything, then redirects; null means the knowledge base may answer. */
export function triage(_message: NormalisedMessage): TriageResult {
  return null;
}
