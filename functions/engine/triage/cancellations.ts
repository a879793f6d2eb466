import type { NormalisedMessage } from "../normalise/normalise.ts";
import { compiledPack } from "./compiled-pack.ts";
import type { Cue } from "./cue.ts";
import type { Cancellation } from "./find-cues.ts";
import { ENGLISH, type TriagePack } from "./packs.ts";
import { type TriageResult, triage } from "./triage.ts";

export type { Cancellation };

/** Triage's verdict, and which context checks cancelled a crisis cue somewhere in the message. */
export interface TriageVerdict {
  result: TriageResult;
  /** "I don't want to die, I'm just exhausted": a crisis cue matched and negation cancelled it. The scorer reads these. */
  cancelled: ReadonlySet<Cancellation>;
}

const crisisCuesOf = new WeakMap<TriagePack, ReadonlySet<Cue<string>>>();

/**
 * `readRedirects(cancelled)`: asked when no crisis cue held, with the crisis cues' cancellations (complete by then);
 * false leaves the redirect cues unread and the result null (see triage).
 */
export function triageInContext(
  message: NormalisedMessage,
  pack: TriagePack = ENGLISH,
  readRedirects?: (cancelled: ReadonlySet<Cancellation>) => boolean,
): TriageVerdict {
  let crisisCues = crisisCuesOf.get(pack);
  if (!crisisCues) crisisCuesOf.set(pack, (crisisCues = new Set(compiledPack(pack).crisis.flatMap((group) => group.cues))));
  const cancelled = new Set<Cancellation>();
  const result = triage(
    message,
    pack,
    {
      exhaustive: false,
      // Only the crisis cues' cancellations are kept: the redirect cues are read as with no trace.
      follows: (cue) => crisisCues.has(cue),
      fired: () => {},
      cancelled: (cue, by) => {
        if (crisisCues.has(cue)) cancelled.add(by);
      },
    },
    readRedirects && (() => readRedirects(cancelled)),
  );
  return { result, cancelled };
}
