import type { CrisisReason, RedirectReason } from "../../../shared/schemas/answer.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import { PROJECTION } from "./crisis/conditions.ts";
import { CRISIS_GROUPS, CRISIS_PRIORITY } from "./crisis/index.ts";
import { CueIndex, findCues, type Finding, MessageScan } from "./find-cues.ts";
import { CUE_GATES } from "./generated/cue-gates.ts";
import { REDIRECT_GROUPS } from "./redirect/index.ts";

export type TriageResult =
  | { kind: "crisis"; reason: CrisisReason }
  | { kind: "redirect"; reason: RedirectReason }
  | null;

/** Built on the first message rather than at start-up (most of an isolate's start-up is spent before any answer). */
let index: CueIndex | undefined;
const [FIRST_PRIORITY] = CRISIS_PRIORITY;

/** Crisis wins over everything, then redirects; null means the knowledge base may answer. */
export function triage(message: NormalisedMessage): TriageResult {
  const scan = new MessageScan(message, (index ??= new CueIndex([CRISIS_GROUPS, REDIRECT_GROUPS], CUE_GATES)));
  const crisis = crisisReason(findCues(scan, CRISIS_GROUPS, ({ cue, reason }) => !cue.family && reason === FIRST_PRIORITY));
  if (crisis) {
    // VERA-MH reads "asking for a friend", "for a story" as the writer's own risk.
    return { kind: "crisis", reason: crisis === "someone_else_at_risk" && PROJECTION.test(message.folded) ? "suicide_self_harm" : crisis };
  }
  const redirect = findCues(scan, REDIRECT_GROUPS, () => true)[0];
  return redirect ? { kind: "redirect", reason: redirect.reason } : null;
}

/**
 * One strong cue is a crisis. Weak cues (hopelessness, exhaustion, wanting escape, feeling a burden,
 * unrelenting depression) are a crisis only when two different families appear together.
 */
function crisisReason(findings: readonly Finding<CrisisReason>[]): CrisisReason | null {
  const reasons = new Set<CrisisReason>();
  const weak = new Map<string, CrisisReason>();
  for (const { cue, reason } of findings) {
    if (cue.family) weak.set(cue.family, reason);
    else reasons.add(reason);
  }
  if (weak.size >= 2) for (const reason of weak.values()) reasons.add(reason);
  return CRISIS_PRIORITY.find((reason) => reasons.has(reason)) ?? null;
}
