// Public API: `triage(message, pack = ENGLISH)` → a crisis or redirect reason, or null (the knowledge base may answer);
// `explainTriage(message, pack)` (explain.ts) → per clause, the cues that fired and the checks that cancelled others.
import type { CrisisReason, RedirectReason } from "../../../shared/schemas/answer.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import { compiledPack } from "./compiled-pack.ts";
import { type CueTrace, type Finding, findCues, MessageScan } from "./find-cues.ts";
import { ENGLISH, type TriagePack } from "./packs.ts";

export type TriageResult = { kind: "crisis"; reason: CrisisReason } | { kind: "redirect"; reason: RedirectReason } | null;

/** When a message carries several kinds of risk, the reply leads with the writer's own safety. */
export const CRISIS_PRIORITY: readonly CrisisReason[] = ["suicide_self_harm", "abuse_danger", "harm_to_others", "someone_else_at_risk"];
const [FIRST_PRIORITY] = CRISIS_PRIORITY;

/**
 * Crisis wins over everything, then redirects; null means the knowledge base may answer. `readRedirects`, asked
 * only when no crisis cue held: whether the redirect cues are wanted at all (a reading that only needs the risk
 * skips them when they could not change it); without it they always are.
 */
export function triage(message: NormalisedMessage, pack: TriagePack = ENGLISH, trace?: CueTrace, readRedirects?: () => boolean): TriageResult {
  const compiled = compiledPack(pack);
  const { crisis: crisisGroups, redirect: redirectGroups, index } = compiled;
  // A reading that may leave the redirects unread scans by the crisis cues' gates alone, then by the redirects' if it wants them.
  const scan = new MessageScan(message, readRedirects ? compiled.crisisIndex : index);
  // Explaining, every cue is traced: a decisive first finding does not cut the scan short.
  const exhaustive = trace ? (trace.exhaustive ?? true) : false;
  const decisive = exhaustive ? () => false : ({ cue, reason }: Finding<CrisisReason>) => !cue.family && reason === FIRST_PRIORITY;
  const crisis = crisisReason(findCues(scan, crisisGroups, decisive, trace));
  if (crisis) {
    // VERA-MH reads "asking for a friend", "for a story" as the writer's own risk.
    return { kind: "crisis", reason: crisis === "someone_else_at_risk" && pack.conditions.PROJECTION.test(message.folded) ? "suicide_self_harm" : crisis };
  }
  if (readRedirects && !readRedirects()) return null;
  const redirect = findCues(
    readRedirects ? new MessageScan(message, compiled.redirectIndex, { wordsOf: scan }) : scan,
    redirectGroups,
    () => !exhaustive,
    trace,
  )[0];
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
