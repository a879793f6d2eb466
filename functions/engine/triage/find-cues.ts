import type { NormalisedMessage } from "../normalise/normalise.ts";
import { isJoking, maskFigurative } from "./context/figurative.ts";
import { isHypothetical } from "./context/hypothetical.ts";
import { isNegated } from "./context/negation.ts";
import { type Subject, speakerOf, subjectInside, subjectOf } from "./context/subject.ts";
import { isPast } from "./context/time.ts";
import { isTopicMention } from "./context/topic.ts";
import type { Check, Cue, CueGroup } from "./cue.ts";

/** A cue that held in context, with the reason it points to. */
export interface Finding<Reason extends string> {
  reason: Reason;
  cue: Cue<Reason>;
}

const NON_WORD = /[^a-z0-9@'-]+/;
/** The unit of "50mg", "2am": indexed as a word of its own. */
const UNIT = /[a-z]+$/;
/** A weapon makes threats serious even when they come with "lol". */
const WEAPON = /\b(?:gun|guns|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb)\b/;

/** For each anchor word, the cues it lets run: built once per set of groups. */
export class CueIndex {
  private readonly cuesByWord = new Map<string, Cue<string>[]>();

  constructor(...groupLists: readonly (readonly CueGroup<string>[])[]) {
    for (const group of groupLists.flat()) {
      for (const cue of group.cues) {
        for (const word of anchorsOf(cue, group)) {
          const cues = this.cuesByWord.get(word);
          if (!cues) this.cuesByWord.set(word, [cue]);
          else if (!cues.includes(cue)) cues.push(cue);
        }
      }
    }
  }

  cuesFor(word: string): readonly Cue<string>[] | undefined {
    return this.cuesByWord.get(word);
  }
}

/**
 * A message prepared for cue matching: its distinct clauses, for each cue the clauses holding one of
 * its anchor words (the only clauses it can match), the clauses with figures of speech blanked out,
 * and whether the writer is plainly joking.
 */
export class MessageScan {
  readonly message: NormalisedMessage;
  private joke: boolean | undefined;
  private readonly clauses: readonly string[];
  private readonly candidates = new Map<Cue<string>, number[]>();
  private readonly masked: (string | undefined)[] = [];
  private readonly past: (boolean | undefined)[] = [];
  private readonly wholeMatches = new Map<RegExp, boolean>();

  constructor(message: NormalisedMessage, index: CueIndex) {
    this.message = message;
    this.clauses = [...new Set(message.clauses)];
    this.clauses.forEach((clause, clauseIndex) => {
      for (const token of clause.split(NON_WORD)) {
        const code = token.charCodeAt(0);
        const cues = index.cuesFor(code >= 48 && code <= 57 ? (UNIT.exec(token)?.[0] ?? token) : token);
        if (!cues) continue;
        for (const cue of cues) {
          const list = this.candidates.get(cue);
          if (!list) this.candidates.set(cue, [clauseIndex]);
          else if (list[list.length - 1] !== clauseIndex) list.push(clauseIndex);
        }
      }
    });
  }

  /** Whether the writer is plainly joking (and names no weapon). */
  get joking(): boolean {
    return (this.joke ??= isJoking(this.message.folded) && !WEAPON.test(this.message.folded));
  }

  /** Indices of the clauses the cue could match, in order. */
  clausesFor(cue: Cue<string>): readonly number[] {
    return this.candidates.get(cue) ?? [];
  }

  /** Whether the whole folded message matches, remembered per pattern. */
  matches(pattern: RegExp): boolean {
    let result = this.wholeMatches.get(pattern);
    if (result === undefined) this.wholeMatches.set(pattern, (result = pattern.test(this.message.folded)));
    return result;
  }

  clause(index: number): string {
    return (this.masked[index] ??= maskFigurative(this.clauses[index]!, this.joking));
  }

  isPast(index: number): boolean {
    return (this.past[index] ??= isPast(this.clauses[index]!));
  }
}

/**
 * The cues of the groups that hold in their clause's context, in group order; the scan stops at the
 * first finding `decisive` accepts, since nothing after it could change the verdict.
 */
export function findCues<Reason extends string>(
  scan: MessageScan,
  groups: readonly CueGroup<Reason>[],
  decisive: (finding: Finding<Reason>) => boolean = () => false,
): Finding<Reason>[] {
  const findings: Finding<Reason>[] = [];
  for (const group of groups) {
    for (const cue of group.cues) {
      const clauses = scan.clausesFor(cue);
      if (clauses.length === 0 || (cue.jokeProne && scan.joking) || (cue.needs && !scan.matches(cue.needs))) continue;
      const skipPast = group.checks.includes("past") && !cue.ignore?.includes("past");
      for (const index of clauses) {
        if (skipPast && scan.isPast(index)) continue;
        const subject = firstHolding(cue, group.checks, scan.clause(index));
        if (subject && subject !== "generic") {
          const reasons = cue.reasons ?? group.reasons;
          const finding = { cue, reason: subject === "self" ? reasons.self : reasons.other };
          findings.push(finding);
          if (decisive(finding)) return findings;
          break;
        }
      }
    }
  }
  return findings;
}

/** Whose risk the first match of the cue that survives its checks describes, or null when none does. */
function firstHolding<Reason extends string>(cue: Cue<Reason>, checks: readonly Check[], clause: string): Subject | null {
  const applies = (check: Check) => checks.includes(check) && !cue.ignore?.includes(check);
  const pattern = cue.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
    if (match[0].length === 0) pattern.lastIndex++;
    const focus = cue.focus && match[1] ? match[1] : match[0];
    const start = match.index + match[0].length - focus.length;
    if (applies("negation") && isNegated(clause, start)) continue;
    if (applies("hypothetical") && isHypothetical(clause, start)) continue;
    if (applies("topic") && isTopicMention(clause, start, start + focus.length)) continue;
    if (cue.who === "subject") return subjectOf(clause, start);
    if (cue.who === "match") return subjectInside(match[0]) ?? subjectOf(clause, start);
    if (cue.who === "other") return subjectOf(clause, start) === "generic" ? "generic" : "other";
    return speakerOf(clause, match.index);
  }
  return null;
}

const ANCHORS = new WeakMap<object, readonly string[]>();
const ESCAPES = /\\[a-zA-Z]/g;

/**
 * The group's anchor words that the cue's own pattern spells (by a stem of at least three letters at
 * a word start), so each cue only runs on clauses that could match it; all the group's anchors when
 * the pattern spells none. The evaluation checks that this gating never changes a result.
 */
export function anchorsOf<Reason extends string>(cue: Cue<Reason>, group: CueGroup<Reason>): readonly string[] {
  let anchors = ANCHORS.get(cue);
  if (!anchors) {
    const source = cue.pattern.source.replace(ESCAPES, " ");
    const own = group.anchors.filter((anchor) => {
      const stem = anchor.slice(0, Math.max(3, anchor.length - 3));
      return new RegExp(`(?<![a-z])${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(source);
    });
    anchors = own.length > 0 ? own : group.anchors;
    ANCHORS.set(cue, anchors);
  }
  return anchors;
}
