import type { NormalisedMessage } from "../normalise/normalise.ts";
import { isJoking, maskFigurative } from "./context/figurative.ts";
import { isHypothetical } from "./context/hypothetical.ts";
import { isNegated } from "./context/negation.ts";
import { type Subject, speakerOf, subjectInside, subjectOf } from "./context/subject.ts";
import { isPastAt, type Tense, tenseOf } from "./context/time.ts";
import { isTopicMention } from "./context/topic.ts";
import type { Check, Cue, CueGroup } from "./cue.ts";
import { gateTablesFor, type GateTables } from "./gate-tables.ts";
import { KeyedLists } from "./required-words.ts";

/** A cue that held in context, with the reason it points to. */
export interface Finding<Reason extends string> {
  reason: Reason;
  cue: Cue<Reason>;
}

/** Tokens as the regex engine's word boundaries see them, so gating agrees with the patterns. */
const NON_WORD = /[^a-z0-9_]+/;
/** A weapon makes threats serious even when they come with "lol". */
const NONE: readonly number[] = [];
const MAX_REMEMBERED_TOKENS = 20_000;
const WEAPON = /\b(?:gun|guns|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb)\b/;

/** The gates a token opens: those whose first keys it answers to, and those whose second keys it does. */
interface TokenGates {
  first: readonly number[];
  second: readonly number[];
  /** The clause this token was last seen in (a scan-wide stamp): a repeated token opens nothing new. */
  seen: number;
}

/**
 * Every cue of the groups, numbered, and its gates (see required-words.ts): a cue runs on a clause
 * only when one of its gates is open there. Cues that cannot be gated run on every clause.
 */
export class CueIndex {
  readonly cues: readonly Cue<string>[];
  readonly ungated: readonly number[];
  /** Per gate, the cue it belongs to and whether it also needs a second key. */
  readonly gateCue: readonly number[];
  readonly gateNeedsSecond: readonly boolean[];
  private readonly firstKeys: KeyedLists<number>;
  private readonly secondKeys: KeyedLists<number>;
  private readonly ids = new Map<Cue<string>, number>();
  /** Tokens recur from message to message: the gates each opens, remembered up to a bound. */
  private readonly byToken = new Map<string, TokenGates>();

  /** Stamps clauses across scans, so each token's `seen` needs no resetting. */
  stamp = 0;

  /** `built`: the tables the build wrote (generated/cue-gates.ts), used when they fit these cues. */
  constructor(groupLists: readonly (readonly CueGroup<string>[])[], built?: GateTables) {
    this.cues = groupLists.flat().flatMap((group) => group.cues);
    this.cues.forEach((cue, id) => this.ids.set(cue, id));
    const tables = gateTablesFor(this.cues, built);
    this.ungated = tables.ungated;
    this.gateCue = tables.gateCue;
    const needsSecond = new Set(tables.needsSecond);
    this.gateNeedsSecond = tables.gateCue.map((_, gate) => needsSecond.has(gate));
    this.firstKeys = new KeyedLists(tables.first);
    this.secondKeys = new KeyedLists(tables.second);
  }

  gatesForToken(token: string): TokenGates {
    let gates = this.byToken.get(token);
    if (!gates) {
      gates = { first: collect(this.firstKeys, token), second: collect(this.secondKeys, token), seen: -1 };
      if (this.byToken.size < MAX_REMEMBERED_TOKENS) this.byToken.set(token, gates);
    }
    return gates;
  }

  idOf(cue: Cue<string>): number {
    const id = this.ids.get(cue);
    if (id === undefined) throw new Error(`Cue /${cue.pattern.source.slice(0, 60)}…/ is not in this index`);
    return id;
  }
}

function collect(keys: KeyedLists<number>, token: string): readonly number[] {
  const found: number[] = [];
  keys.forToken(token, (list) => found.push(...list));
  return found.length > 0 ? found : NONE;
}

/**
 * A message prepared for cue matching: its distinct clauses, for each cue the clauses holding a word
 * it requires (the only clauses it can match), the clauses with figures of speech blanked out, and
 * facts about the whole message worked out only when a cue needs them.
 */
export class MessageScan {
  readonly message: NormalisedMessage;
  private readonly index: CueIndex;
  private readonly clauses: readonly string[];
  /** Per cue id, the candidate clause indices; null when every cue runs on every clause. */
  private readonly candidates: number[][] | null;
  private readonly masked: (string | undefined)[] = [];
  private readonly tenses: (Tense | undefined)[] = [];
  private readonly wholeMatches = new Map<RegExp, boolean>();
  private joke: boolean | undefined;

  /** `gated: false` runs every cue on every clause; the evaluation checks that gating changes nothing. */
  constructor(message: NormalisedMessage, index: CueIndex, { gated = true }: { gated?: boolean } = {}) {
    this.message = message;
    this.index = index;
    this.clauses = [...new Set(message.clauses)];
    if (!gated) {
      this.candidates = null;
      return;
    }
    const candidates: number[][] = index.cues.map(() => []);
    const lastCue = new Int32Array(index.cues.length).fill(-1);
    const lastFirst = new Int32Array(index.gateCue.length).fill(-1);
    const lastSecond = new Int32Array(index.gateCue.length).fill(-1);
    const opened: number[] = [];
    for (let clauseIndex = 0; clauseIndex < this.clauses.length; clauseIndex++) {
      const stamp = ++index.stamp;
      opened.length = 0;
      for (const token of this.clauses[clauseIndex]!.split(NON_WORD)) {
        if (!token) continue;
        const gates = index.gatesForToken(token);
        if (gates.seen === stamp) continue;
        gates.seen = stamp;
        for (const gate of gates.first) {
          if (lastFirst[gate] === clauseIndex) continue;
          lastFirst[gate] = clauseIndex;
          opened.push(gate);
        }
        for (const gate of gates.second) lastSecond[gate] = clauseIndex;
      }
      for (const id of index.ungated) addCandidate(candidates, lastCue, id, clauseIndex);
      for (const gate of opened) {
        if (!index.gateNeedsSecond[gate] || lastSecond[gate] === clauseIndex) addCandidate(candidates, lastCue, index.gateCue[gate]!, clauseIndex);
      }
    }
    this.candidates = candidates;
  }

  /** Indices of the clauses the cue could match, in order. */
  clausesFor(cue: Cue<string>): readonly number[] {
    if (!this.candidates) return this.clauses.map((_, index) => index);
    return this.candidates[this.index.idOf(cue)]!;
  }

  /** Whether the writer is plainly joking (and names no weapon). */
  get joking(): boolean {
    return (this.joke ??= isJoking(this.message.folded) && !WEAPON.test(this.message.folded));
  }

  /** Whether the whole folded message matches, remembered per pattern. */
  matches(pattern: RegExp): boolean {
    let result = this.wholeMatches.get(pattern);
    if (result === undefined) this.wholeMatches.set(pattern, (result = pattern.test(this.message.folded)));
    return result;
  }

  /** The clause with figures of speech blanked out. */
  clause(index: number): string {
    return (this.masked[index] ??= maskFigurative(this.clauses[index]!, () => this.joking));
  }

  tense(index: number): Tense {
    return (this.tenses[index] ??= tenseOf(this.clauses[index]!));
  }
}

/** Records the clause as a candidate for the cue, once. */
function addCandidate(candidates: number[][], lastCue: Int32Array, id: number, clauseIndex: number): void {
  if (lastCue[id] === clauseIndex) return;
  lastCue[id] = clauseIndex;
  candidates[id]!.push(clauseIndex);
}

/**
 * The cues of the groups that hold in their clause's context, in group order; the scan stops at the
 * first finding `decisive` accepts, since nothing after it could change the verdict. A cue's
 * whole-message conditions (`needs`, jokes) are only worked out once it has matched somewhere.
 */
export function findCues<Reason extends string>(
  scan: MessageScan,
  groups: readonly CueGroup<Reason>[],
  decisive: (finding: Finding<Reason>) => boolean = () => false,
): Finding<Reason>[] {
  const findings: Finding<Reason>[] = [];
  for (const group of groups) {
    for (const cue of group.cues) {
      const subject = firstHoldingInMessage(scan, cue, activeChecks(cue, group.checks));
      if (!subject || subject === "generic") continue;
      if ((cue.jokeProne && scan.joking) || (cue.needs && !scan.matches(cue.needs))) continue;
      const reasons = cue.reasons ?? group.reasons;
      const finding = { cue, reason: subject === "self" ? reasons.self : reasons.other };
      findings.push(finding);
      if (decisive(finding)) return findings;
    }
  }
  return findings;
}

function firstHoldingInMessage<Reason extends string>(scan: MessageScan, cue: Cue<Reason>, checks: ActiveChecks): Subject | null {
  for (const index of scan.clausesFor(cue)) {
    const subject = firstHolding(cue, checks, scan.clause(index), () => (checks.past ? scan.tense(index) : "present"));
    if (subject && subject !== "generic") return subject;
  }
  return null;
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
/** The clause's tense is worked out only once the pattern has matched (most clauses never match). */
function firstHolding<Reason extends string>(cue: Cue<Reason>, checks: ActiveChecks, clause: string, tense: () => Tense): Subject | null {
  const pattern = cue.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
    if (match[0].length === 0) pattern.lastIndex++;
    const focus = cue.focus && match[1] ? match[1] : match[0];
    const start = match.index + match[0].length - focus.length;
    const clauseTense = tense();
    if (clauseTense === "past" || (clauseTense === "mixed" && isPastAt(clause, start))) return null;
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
