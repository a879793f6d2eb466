import type { NormalisedMessage } from "../normalise/normalise.ts";
import { compiledPack } from "./compiled-pack.ts";
import type { Cue } from "./cue.ts";
import { type Cancellation, findCues, MessageScan } from "./find-cues.ts";
import { ENGLISH, type TriagePack } from "./packs.ts";
import { type TriageResult, triage } from "./triage.ts";

export interface FiredCue {
  id: string;
  group: string;
  reason: string;
}

export interface CancelledCue {
  id: string;
  group: string;
  by: Cancellation;
}

/** One clause of the message (as normalised) and what happened to the cues that matched in it. */
export interface ClauseExplanation {
  clause: string;
  fired: FiredCue[];
  cancelled: CancelledCue[];
}

export interface TriageExplanation {
  clauses: ClauseExplanation[];
  result: TriageResult;
}

/**
 * Why triage decided what it did (for `npm run ask -- --explain` and reviews): per clause, which cues
 * fired, by id, and which context check cancelled which cue; then the verdict, exactly as `triage` gives it.
 * Redirect cues are only looked at when no crisis was found, as in triage.
 */
export function explainTriage(message: NormalisedMessage, pack: TriagePack = ENGLISH): TriageExplanation {
  const { crisis, redirect } = compiledPack(pack);
  const groupOf = new Map<Cue<string>, string>([...crisis, ...redirect].flatMap((group) => group.cues.map((cue): [Cue<string>, string] => [cue, group.id])));
  const clauses = [...new Set(message.clauses)].map((clause): ClauseExplanation => ({ clause, fired: [], cancelled: [] }));
  const result = triage(message, pack, {
    fired: (cue, reason, clause) => clauses[clause]?.fired.push({ id: cue.id, group: groupOf.get(cue) ?? "", reason }),
    cancelled: (cue, by, clause) => {
      const list = clauses[clause]?.cancelled;
      if (list && !list.some((entry) => entry.id === cue.id && entry.by === by)) list.push({ id: cue.id, group: groupOf.get(cue) ?? "", by });
    },
  });
  return { clauses, result };
}

/** The ids of every cue that holds in context somewhere in the message, crisis and redirect alike (each cue's examples are checked with it). */
export function firingCueIds(message: NormalisedMessage, pack: TriagePack = ENGLISH): Set<string> {
  const { crisis, redirect, index } = compiledPack(pack);
  const scan = new MessageScan(message, index);
  return new Set([...findCues(scan, crisis), ...findCues(scan, redirect)].map(({ cue }) => cue.id));
}
