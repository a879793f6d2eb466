import type { NormalisedMessage } from "../normalise/normalise.ts";
import { isJoking, maskFigurative } from "./context/figurative.ts";
import { isHypothetical } from "./context/hypothetical.ts";
import { isNegated } from "./context/negation.ts";
import { type Subject, speakerOf, subjectInside, subjectOf } from "./context/subject.ts";
import { isPastAt, tenseOf } from "./context/time.ts";
import { isTopicMention } from "./context/topic.ts";
import type { Check, Cue, CueGroup } from "./cue.ts";
import { KeyedLists, requiredKeys } from "./required-words.ts";

/** A cue that held in context, with the reason it points to. */
export interface Finding<Reason extends string> {
  reason: Reason;
  cue: Cue<Reason>;
}

/** Tokens as the regex engine's word boundaries see them, so gating agrees with the patterns. */
const NON_WORD = /[^a-z0-9_]+/;
/** A weapon makes threats serious even when they come with "lol". */
const WEAPON = /\b(?:gun|guns|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb)\b/;

/** For each word key, the cues that require it (see required-words.ts); cues that cannot be gated run everywhere. */
export class CueIndex {
  readonly byWord = new KeyedLists<Cue<string>>();
  readonly ungated: readonly Cue<string>[];

  constructor(...groupLists: readonly (readonly CueGroup<string>[])[]) {
    const ungated: Cue<string>[] = [];
    for (const cue of groupLists.flat().flatMap((group) => group.cues)) {
      const keys = requiredKeys(cue.pattern.source);
      if (!keys) {
        ungated.push(cue);
        continue;
      }
      for (const key of keys) this.byWord.add(key, cue);
    }
    this.ungated = ungated;
  }
}

/**
 * A message prepared for cue matching: its distinct clauses, for each cue the clauses holding a word
 * it requires (the only clauses it can match), the clauses with figures of speech blanked out, and
 * whether the writer is plainly joking.
 */
export class MessageScan {
  readonly message: NormalisedMessage;
  private joke: boolean | undefined;
  private readonly clauses: readonly string[];
  /** Null when every cue runs on every clause. */
  private readonly candidates: Map<Cue<string>, number[]> | null;
  private readonly masked: (string | undefined)[] = [];
  private readonly tenses: (ReturnType<typeof tenseOf> | undefined)[] = [];
  private readonly wholeMatches = new Map<RegExp, boolean>();

  /** `gated: false` runs every cue on every clause; the evaluation checks that gating changes nothing. */
  constructor(message: NormalisedMessage, index: CueIndex, { gated = true }: { gated?: boolean } = {}) {
    this.message = message;
    this.clauses = [...new Set(message.clauses)];
    if (!gated) {
      this.candidates = null;
      return;
    }
    const candidates = new Map<Cue<string>, number[]>();
    const add = (cue: Cue<string>, clauseIndex: number) => {
      const list = candidates.get(cue);
      if (!list) candidates.set(cue, [clauseIndex]);
      else if (list[list.length - 1] !== clauseIndex) list.push(clauseIndex);
    };
    this.clauses.forEach((clause, clauseIndex) => {
      const addAll = (cues: readonly Cue<string>[]) => {
        for (const cue of cues) add(cue, clauseIndex);
      };
      addAll(index.ungated);
      for (const token of clause.split(NON_WORD)) if (token) index.byWord.forToken(token, addAll);
    });
    this.candidates = candidates;
  }

  /** Whether the writer is plainly joking (and names no weapon). */
  get joking(): boolean {
    return (this.joke ??= isJoking(this.message.folded) && !WEAPON.test(this.message.folded));
  }

  /** Indices of the clauses the cue could match, in order. */
  clausesFor(cue: Cue<string>): readonly number[] {
    if (!this.candidates) return this.clauses.map((_, index) => index);
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

  tense(index: number): ReturnType<typeof tenseOf> {
    return (this.tenses[index] ??= tenseOf(this.clauses[index]!));
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
      const checks = activeChecks(cue, group.checks);
      for (const index of clauses) {
        const tense = checks.past ? scan.tense(index) : "present";
        if (tense === "past") continue;
        const subject = firstHolding(cue, checks, scan.clause(index), tense === "mixed");
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

type ActiveChecks = Record<Check, boolean>;
const ACTIVE = new WeakMap<object, ActiveChecks>();

/** The group's checks less those the cue ignores, worked out once per cue. */
function activeChecks(cue: Cue<string>, checks: readonly Check[]): ActiveChecks {
  let active = ACTIVE.get(cue);
  if (!active) {
    const on = (check: Check) => checks.includes(check) && !cue.ignore?.includes(check);
    active = { negation: on("negation"), past: on("past"), hypothetical: on("hypothetical"), topic: on("topic") };
    ACTIVE.set(cue, active);
  }
  return active;
}

/** Whose risk the first match of the cue that survives its checks describes, or null when none does. */
function firstHolding<Reason extends string>(cue: Cue<Reason>, checks: ActiveChecks, clause: string, mixedTense: boolean): Subject | null {
  const pattern = cue.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
    if (match[0].length === 0) pattern.lastIndex++;
    const focus = cue.focus && match[1] ? match[1] : match[0];
    const start = match.index + match[0].length - focus.length;
    if (mixedTense && isPastAt(clause, start)) continue;
    if (checks.negation && isNegated(clause, start)) continue;
    if (checks.hypothetical && isHypothetical(clause, start)) continue;
    if (checks.topic && isTopicMention(clause, start, start + focus.length)) continue;
    if (cue.who === "subject") return subjectOf(clause, start);
    if (cue.who === "match") return subjectInside(match[0]) ?? subjectOf(clause, start);
    if (cue.who === "other") return subjectOf(clause, start) === "generic" ? "generic" : "other";
    return speakerOf(clause, match.index);
  }
  return null;
}

