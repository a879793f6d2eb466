import type { Lexicon } from "../../../shared/content/triage/cue-record.ts";
import { FNV_OFFSET, fnvStep } from "../fnv.ts";
import type { NormalisedMessage } from "../normalise/normalise.ts";
import { wordKey } from "../word-key.ts";
import { ANY_PIECES, figurativePieces, isJoking, maskFigurative } from "./context/figurative.ts";
import { isHypothetical } from "./context/hypothetical.ts";
import { isNegated } from "./context/negation.ts";
import { type Subject, speakerOf, subjectInside, subjectOf } from "./context/subject.ts";
import { isPastAt, type Tense, tenseOf } from "./context/time.ts";
import { isTopicMention } from "./context/topic.ts";
import type { Check, Cue, CueGroup } from "./cue.ts";
import { type CompactGates, type GateTables, gateTablesFor, tablesOf, tablesOfCues } from "./gate-tables.ts";
import type { KeyedLists } from "./keyed-lists.ts";

/** A cue that held in context, with the reason it points to. */
export interface Finding<Reason extends string> {
  reason: Reason;
  cue: Cue<Reason>;
}

/** Tokens as the regex engine's word boundaries see them (runs of a–z, 0–9 and "_"), so gating agrees with the patterns. */
function isTokenChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95;
}

/** A weapon makes threats serious even when they come with "lol". */
const NONE: readonly number[] = [];
const MAX_REMEMBERED_TOKENS = 20_000;
const STAMP_LIMIT = 2 ** 30;
/** Up to this many candidate cues are sorted; more are read off in id order (see MessageScan.inIdOrder). */
const FEW_CANDIDATES = 24;
const WEAPON = /\b(?:gun|guns|knife|knives|bat|weapon|rifle|pistol|shotgun|machete|bomb)\b/;

/**
 * Words recur from message to message, and every pack reads the same ones: one table for all packs, at most
 * MAX_REMEMBERED_TOKENS words (longer or further words are the message's own, see ClauseWords.extra), each numbered
 * as it is first met. Packs keep what a word opens by its number in typed arrays (CueIndex), so reading a clause's
 * words for a pack touches no per-word object. A word is found by its FNV-1a hash, worked out while the scan reads its
 * characters, in an open-addressed table (at most a third full): no word is cut out of the clause or hashed again.
 */
const WORD_SLOTS = 1 << 16;
const WORD_HASHES = new Int32Array(WORD_SLOTS);
/** Per slot, the word's number + 1 (0: empty). */
const WORD_IDS = new Int32Array(WORD_SLOTS);
/** By word number: a short copy of the word (wordKey, never a piece cut out of a message), and its figures of speech's word pieces (figurativePieces). */
const TOKENS: string[] = [];
const PIECES: number[] = [];
/** By word number, the clause it was last read in (a table-wide stamp): a repeated word is listed once a clause. */
let SEEN = new Int32Array(1024);
let wordStamp = 0;
/** Counts the times the table was cleared (and words renumbered): indexes drop what they kept by number then. */
let wordGeneration = 0;

function newWord(token: string): number {
  const id = TOKENS.length;
  TOKENS.push(token);
  PIECES.push(figurativePieces(token));
  if (id >= SEEN.length) {
    const grown = new Int32Array(SEEN.length * 2);
    grown.set(SEEN);
    SEEN = grown;
  }
  return id;
}

/** Whether the clause's characters from `at` are the word's. */
function sameAt(clause: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (clause.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** The number of the word `clause.slice(start, end)`, whose hash is `hash`; -1 when it is not (and cannot be) remembered. */
function wordAt(clause: string, start: number, end: number, hash: number): number {
  const length = end - start;
  let slot = hash & (WORD_SLOTS - 1);
  for (let known = WORD_IDS[slot]!; known !== 0; known = WORD_IDS[slot]!) {
    if (WORD_HASHES[slot] === hash) {
      const token = TOKENS[known - 1]!;
      if (token.length === length && sameAt(clause, start, token)) return known - 1;
    }
    slot = (slot + 1) & (WORD_SLOTS - 1);
  }
  const key = wordKey(clause.slice(start, end));
  if (key === null || TOKENS.length >= MAX_REMEMBERED_TOKENS) return -1;
  const id = newWord(key);
  WORD_HASHES[slot] = hash;
  WORD_IDS[slot] = id + 1;
  return id;
}

/** A token character's number, 0–36 (0–9, "_", a–z). */
function tokenCharNumber(code: number): number {
  return code <= 57 ? code - 48 : code === 95 ? 10 : code - 86;
}
/**
 * Words of one or two characters ("i", "my", "to": a third of a clause's tokens), by their characters' numbers: found
 * without cutting them out or hashing them. Per slot, the word's number + 1 (0: not met yet), cleared with the table.
 */
const SHORT_WORDS = new Int32Array(37 * 38);

function shortWordAt(clause: string, start: number, end: number): number {
  const slot = tokenCharNumber(clause.charCodeAt(start)) * 38 + (end - start === 2 ? tokenCharNumber(clause.charCodeAt(start + 1)) + 1 : 0);
  const known = SHORT_WORDS[slot]!;
  if (known !== 0) return known - 1;
  const id = newWord(wordKey(clause.slice(start, end))!);
  SHORT_WORDS[slot] = id + 1;
  return id;
}

/**
 * A message's distinct clauses and, per clause, its distinct words in order: read once for all the packs that judge it.
 * Words by number (see TOKENS); a word the table does not keep is -(k + 1) for `extra[k]`.
 */
interface ClauseWords {
  folded: string;
  /** The message's clauses array when read, and its length then. */
  from: readonly string[];
  count: number;
  clauses: readonly string[];
  /** Every clause's words, one after another; clause i's are words[ends[i - 1] ?? 0 … ends[i]]. */
  words: readonly number[];
  ends: readonly number[];
  /** Per clause, the figures of speech's word pieces its words hold. */
  pieces: readonly number[];
  extra: readonly string[];
  /** The word table's generation the numbers belong to. */
  generation: number;
}
const CLAUSE_WORDS = new WeakMap<NormalisedMessage, ClauseWords>();
/** Messages at least this long keep their words for the other packs (a performance choice: the findings are the same). */
const SHARED_FROM_CHARS = 200;

/** Whether words read from the message still stand for it (its clauses unchanged, the word table not cleared since). */
function isCurrent(known: ClauseWords, message: NormalisedMessage): boolean {
  return known.folded === message.folded && known.from === message.clauses && known.count === message.clauses.length && known.generation === wordGeneration;
}

function clauseWordsOf(message: NormalisedMessage): ClauseWords {
  const known = CLAUSE_WORDS.get(message);
  if (known && isCurrent(known, message)) return known;
  const clauses = [...new Set(message.clauses)];
  const words: number[] = [];
  const ends: number[] = [];
  const pieces: number[] = [];
  const extra: string[] = [];
  const generation = startReading(clauses.length);
  for (const clause of clauses) {
    pieces.push(readWords(clause, words, extra));
    ends.push(words.length);
  }
  const read = { folded: message.folded, from: message.clauses, count: message.clauses.length, clauses, words, ends, pieces, extra, generation };
  // Keeping a short message's words for the next pack costs about what reading them again would.
  if (message.folded.length >= SHARED_FROM_CHARS) CLAUSE_WORDS.set(message, read);
  return read;
}

/** Clears the word table when its stamps would run out within `clauses` more (so never in the middle of a message); the table's generation. */
function startReading(clauses: number): number {
  if (wordStamp + clauses >= STAMP_LIMIT) {
    wordStamp = 0;
    WORD_IDS.fill(0);
    SHORT_WORDS.fill(0);
    TOKENS.length = 0;
    PIECES.length = 0;
    SEEN.fill(0);
    wordGeneration++;
  }
  return wordGeneration;
}

/** Appends the clause's distinct words to `words` (see ClauseWords); the pieces they hold. */
function readWords(clause: string, words: number[], extra: string[]): number {
  const stamp = ++wordStamp;
  const length = clause.length;
  let pieces = 0;
  let at = 0;
  for (;;) {
    let code = 0;
    while (at < length && !isTokenChar((code = clause.charCodeAt(at)))) at++;
    if (at >= length) break;
    const start = at;
    let hash = FNV_OFFSET | 0;
    do {
      hash = fnvStep(hash, code);
      at++;
    } while (at < length && isTokenChar((code = clause.charCodeAt(at))));
    const id = at - start <= 2 ? shortWordAt(clause, start, at) : wordAt(clause, start, at, hash);
    if (id < 0) {
      const token = clause.slice(start, at);
      pieces |= figurativePieces(token);
      extra.push(token);
      words.push(-extra.length);
      continue;
    }
    if (SEEN[id] === stamp) continue;
    SEEN[id] = stamp;
    pieces |= PIECES[id]!;
    words.push(id);
  }
  return pieces;
}

/** The distinct words of a clause as the scan reads them, in order (tests compare them with a plain tokenisation). */
export function clauseTokens(clause: string): string[] {
  const words: number[] = [];
  const extra: string[] = [];
  startReading(1);
  readWords(clause, words, extra);
  return words.map((id) => (id >= 0 ? TOKENS[id]! : extra[-id - 1]!));
}

/**
 * Every cue of the groups, numbered, and its gates (see required-words.ts): a cue runs on a clause
 * only when one of its gates is open there. Cues that cannot be gated run on every clause.
 */
export class CueIndex {
  readonly cues: readonly Cue<string>[];
  /** Per cue id, its group. */
  readonly groupOf: readonly CueGroup<string>[];
  readonly ungated: readonly number[];
  /** Per gate, the cue it belongs to, and the key sets a clause must also hold a word of to open it (-1: none). */
  readonly gateCue: readonly number[];
  readonly gateSecond: Int32Array;
  readonly gateThird: Int32Array;
  private readonly firstKeys: KeyedLists<number>;
  private readonly setKeys: KeyedLists<number>;
  /**
   * By word number (see TOKENS): where the gates the word opens lie in `flat` (spanStart, the first-key gates, up to
   * spanFirstEnd, then the key sets it belongs to, numbered from 1, up to spanEnd); spanEnd 0 when not worked out yet.
   */
  private spanStart = new Int32Array(256);
  private spanFirstEnd = new Int32Array(256);
  private spanEndOf = new Int32Array(256);
  /** Every word's gates and key sets, one after another (from 1: 0 stays unused). */
  flat = new Int32Array(4096);
  private flatLength = 1;
  private generation = wordGeneration;
  /** The last span asked for (span). */
  start = 0;
  firstEnd = 0;
  end = 0;

  /** Stamps clauses across scans, so these marks (and each token's `seen`) need no resetting between messages. */
  private stamp = 0;
  /** Per gate, the stamp of the last clause where a first key of it was seen; per key set (and -1: none), one of its keys. */
  readonly firstSeen: Int32Array;
  readonly setSeen: Int32Array;
  /** Per cue, the stamp of the last clause it became a candidate for. */
  readonly cueSeen: Int32Array;

  /** What the index was built from, for `limitedTo`. */
  private readonly groupLists: readonly (readonly CueGroup<string>[])[];
  private readonly lexicon: Lexicon;
  private readonly tables: GateTables;

  /**
   * `built`: the gates the build wrote (the pack's generated/cue-gates.ts), used when they were built from
   * these cues and lexicon; without them every cue runs on every clause (slower, same findings). `given`: tables
   * worked out already (limitedTo), used as they are.
   */
  constructor(groupLists: readonly (readonly CueGroup<string>[])[], lexicon: Lexicon, built?: CompactGates, given?: GateTables) {
    this.groupLists = groupLists;
    this.lexicon = lexicon;
    const groups = groupLists.flat();
    this.cues = groups.flatMap((group) => group.cues);
    this.groupOf = groups.flatMap((group) => group.cues.map(() => group));
    const tables = given ?? gateTablesFor(this.cues, lexicon, built) ?? tablesOf(this.cues.map(() => null));
    this.tables = tables;
    this.ungated = tables.ungated;
    this.gateCue = tables.gateCue;
    // Key sets are numbered from 1 here: slot 0 stands for "none" (-1 in the tables) and always holds the current stamp.
    this.gateSecond = Int32Array.from(tables.gateSecond, (set) => set + 1);
    this.gateThird = Int32Array.from(tables.gateThird, (set) => set + 1);
    this.firstKeys = tables.first;
    this.setKeys = tables.sets;
    this.firstSeen = new Int32Array(this.gateCue.length);
    this.setSeen = new Int32Array(tables.setCount + 1);
    this.cueSeen = new Int32Array(this.cues.length);
  }

  /**
   * The same cues numbered the same, with only the gates of the cues `keep` accepts (by number): a scan by it has the
   * same candidates among those cues, and reads no gate of the others (they are never candidates).
   */
  limitedTo(keep: (cue: number) => boolean): CueIndex {
    return new CueIndex(this.groupLists, this.lexicon, undefined, tablesOfCues(this.tables, keep));
  }

  /** A fresh stamp for a clause; past 2^30 clauses every mark is cleared and stamping starts again. */
  nextStamp(): number {
    if (this.stamp >= STAMP_LIMIT) {
      this.stamp = 0;
      this.firstSeen.fill(0);
      this.setSeen.fill(0);
      this.cueSeen.fill(0);
    }
    this.setSeen[0] = ++this.stamp;
    return this.stamp;
  }

  private readonly checks: (ActiveChecks | undefined)[] = [];
  private readonly patterns: (RegExp | undefined)[] = [];

  /** The cue's group's checks less those it ignores, worked out once. */
  checksOf(id: number): ActiveChecks {
    return (this.checks[id] ??= activeChecks(this.cues[id]!, this.groupOf[id]!.checks));
  }

  /** The cue's compiled pattern, kept by number (the cue compiles it on first use). */
  patternOf(id: number): RegExp {
    return (this.patterns[id] ??= this.cues[id]!.pattern);
  }

  /** Drops the spans kept by word number when the word table has been cleared since. */
  forWordsOf(generation: number): void {
    if (this.generation === generation) return;
    this.generation = generation;
    this.spanEndOf.fill(0);
    this.flatLength = 1;
  }

  /** Sets start, firstEnd and end to the word's span in `flat` (`id`: its number, or -(k + 1) for `extra[k]`). */
  span(id: number, extra: readonly string[]): void {
    if (id >= 0 && id < this.spanEndOf.length) {
      const end = this.spanEndOf[id]!;
      if (end !== 0) {
        this.start = this.spanStart[id]!;
        this.firstEnd = this.spanFirstEnd[id]!;
        this.end = end;
        return;
      }
    }
    this.workOut(id, id >= 0 ? TOKENS[id]! : extra[-id - 1]!);
  }

  /** Appends the token's gates to `flat` and keeps their span by the word's number (a word not remembered: not kept, overwritten next time). */
  private workOut(id: number, token: string): void {
    const start = this.flatLength;
    let at = start;
    const put = (value: number) => {
      if (at >= this.flat.length) {
        const grown = new Int32Array(this.flat.length * 2);
        grown.set(this.flat);
        this.flat = grown;
      }
      this.flat[at++] = value;
    };
    this.firstKeys.forToken(token, (list) => {
      for (const gate of list) put(gate);
    });
    const firstEnd = at;
    // Numbered from 1, as setSeen counts them.
    this.setKeys.forToken(token, (list) => {
      for (const set of list) put(set + 1);
    });
    this.start = start;
    this.firstEnd = firstEnd;
    this.end = at;
    if (id < 0) return;
    this.flatLength = at;
    if (id >= this.spanEndOf.length) {
      const size = Math.max(this.spanEndOf.length * 2, id + 1);
      const grow = (old: Int32Array) => {
        const grown = new Int32Array(size);
        grown.set(old);
        return grown;
      };
      this.spanStart = grow(this.spanStart);
      this.spanFirstEnd = grow(this.spanFirstEnd);
      this.spanEndOf = grow(this.spanEndOf);
    }
    this.spanStart[id] = start;
    this.spanFirstEnd[id] = firstEnd;
    this.spanEndOf[id] = at;
  }
}

/**
 * A message prepared for cue matching: its distinct clauses, for each cue the clauses holding a word
 * it requires (the only clauses it can match), the clauses with figures of speech blanked out, and
 * facts about the whole message worked out only when a cue needs them.
 */
export class MessageScan {
  readonly message: NormalisedMessage;
  readonly index: CueIndex;
  private readonly clauses: readonly string[];
  /** The ids of the cues that may match somewhere, ascending; null when every cue runs on every clause. */
  private readonly candidateCues: number[] | null;
  /** Per candidate cue id, the clause indices it may match (a sparse array: most cues have none). */
  private readonly candidates: number[][] = [];
  private readonly masked: (string | undefined)[] = [];
  /** Per clause, the figures of speech's word pieces its words hold (unknown, every piece, when not gated). */
  private readonly pieces: readonly number[] = [];
  private readonly tenses: (Tense | undefined)[] = [];
  private readonly wholeMatches = new Map<RegExp, boolean>();
  private joke: boolean | undefined;

  /** The clause words the scan read (undefined when not gated): another scan of the message by another index can take them. */
  readonly words: ClauseWords | undefined;

  /**
   * `gated: false` runs every cue on every clause; the evaluation checks that gating changes nothing. `wordsOf`: a scan
   * of the same message (by another index) whose clause words are taken when still current, rather than read again.
   */
  constructor(message: NormalisedMessage, index: CueIndex, { gated = true, wordsOf }: { gated?: boolean; wordsOf?: MessageScan } = {}) {
    this.message = message;
    this.index = index;
    if (!gated) {
      this.clauses = [...new Set(message.clauses)];
      this.candidateCues = null;
      return;
    }
    const known = wordsOf?.message === message ? wordsOf.words : undefined;
    const read = known && isCurrent(known, message) ? known : clauseWordsOf(message);
    this.words = read;
    this.clauses = read.clauses;
    this.pieces = read.pieces;
    index.forWordsOf(read.generation);
    const candidateCues: number[] = [];
    const { firstSeen, setSeen, cueSeen, gateSecond, gateThird, gateCue } = index;
    const { words, ends, extra } = read;
    const opened: number[] = [];
    let next = 0;
    for (let clauseIndex = 0; clauseIndex < this.clauses.length; clauseIndex++) {
      const stamp = index.nextStamp();
      opened.length = 0;
      const clauseEnd = ends[clauseIndex]!;
      for (; next < clauseEnd; next++) {
        index.span(words[next]!, extra);
        const flat = index.flat;
        const firstEnd = index.firstEnd;
        for (let at = index.start; at < firstEnd; at++) {
          const gate = flat[at]!;
          if (firstSeen[gate] === stamp) continue;
          firstSeen[gate] = stamp;
          opened.push(gate);
        }
        const end = index.end;
        for (let at = firstEnd; at < end; at++) setSeen[flat[at]!] = stamp;
      }
      for (const id of index.ungated) this.addCandidate(candidateCues, cueSeen, stamp, id, clauseIndex);
      for (let at = 0; at < opened.length; at++) {
        const gate = opened[at]!;
        if (setSeen[gateSecond[gate]!] === stamp && setSeen[gateThird[gate]!] === stamp)
          this.addCandidate(candidateCues, cueSeen, stamp, gateCue[gate]!, clauseIndex);
      }
    }
    this.candidateCues = this.inIdOrder(candidateCues);
  }

  /**
   * The candidate cue ids in ascending order. A long message has a hundred or so: they are read off the sparse
   * per-cue lists in id order (one pass over the index's cues), which is cheaper than sorting them with a comparator.
   */
  private inIdOrder(ids: number[]): number[] {
    if (ids.length < FEW_CANDIDATES) return ids.sort((a, b) => a - b);
    const ordered: number[] = [];
    for (let id = 0; id < this.index.cues.length; id++) if (this.candidates[id] !== undefined) ordered.push(id);
    return ordered;
  }

  /** Records the clause as a candidate for the cue, once. */
  private addCandidate(candidateCues: number[], cueSeen: Int32Array, stamp: number, id: number, clauseIndex: number): void {
    if (cueSeen[id] === stamp) return;
    cueSeen[id] = stamp;
    const list = this.candidates[id];
    if (list) list.push(clauseIndex);
    else {
      this.candidates[id] = [clauseIndex];
      candidateCues.push(id);
    }
  }

  /** The ids of the cues that could match somewhere in the message, in the index's (group) order. */
  cueIds(): readonly number[] {
    return this.candidateCues ?? this.index.cues.map((_, id) => id);
  }

  /** Indices of the clauses the cue could match, in order. */
  clausesFor(id: number): readonly number[] {
    if (!this.candidateCues) return this.clauses.map((_, index) => index);
    return this.candidates[id] ?? NONE;
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

  /** The clause as normalised (explanations show it). */
  clauseText(index: number): string {
    return this.clauses[index]!;
  }

  /** The clause with figures of speech blanked out. */
  clause(index: number): string {
    return (this.masked[index] ??= maskFigurative(this.clauses[index]!, () => this.joking, this.pieces[index] ?? ANY_PIECES));
  }

  tense(index: number): Tense {
    return (this.tenses[index] ??= tenseOf(this.clauses[index]!));
  }
}

/** What cancelled a cue where its pattern matched: a context check, a joke, a figure of speech, a generic subject or a whole-message condition. */
export type Cancellation = Check | "joke" | "figurative" | "subject" | "condition";

/** Told, when explaining a verdict, where each cue held and what cancelled it elsewhere (clauses by index, see MessageScan.clauseText). */
export interface CueTrace {
  fired(cue: Cue<string>, reason: string, clause: number): void;
  cancelled(cue: Cue<string>, by: Cancellation, clause: number): void;
  /** Whether every cue is traced (explaining) or the scan may stop at a decisive finding (answering); true by default. */
  exhaustive?: boolean;
  /**
   * Whether the trace wants to hear about the cue at all (every cue by default); a cue it does not is read as with no
   * trace, which finds the same (triage's reading of a message only keeps the crisis cues' cancellations).
   */
  follows?(cue: Cue<string>): boolean;
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
  trace?: CueTrace,
): Finding<Reason>[] {
  const findings: Finding<Reason>[] = [];
  const { cues, groupOf } = scan.index;
  const where = trace ? { clause: -1 } : undefined;
  // Cue ids follow group order, so walking the candidates in id order keeps the findings in group order.
  for (const id of scan.cueIds()) {
    const group = groupOf[id] as CueGroup<Reason>;
    if (!groups.includes(group)) continue;
    const cue = cues[id] as Cue<Reason>;
    const traced = trace && (!trace.follows || trace.follows(cue)) ? trace : undefined;
    const subject = firstHoldingInMessage(scan, id, cue, scan.index.checksOf(id), traced, where);
    if (!subject || subject === "generic") continue;
    if ((cue.jokeProne && scan.joking) || (cue.needs && !scan.matches(cue.needs))) {
      if (traced && where) traced.cancelled(cue, cue.jokeProne && scan.joking ? "joke" : "condition", where.clause);
      continue;
    }
    const reasons = cue.reasons ?? group.reasons;
    const finding = { cue, reason: subject === "self" ? reasons.self : reasons.other };
    if (traced && where) traced.fired(cue, finding.reason, where.clause);
    findings.push(finding);
    if (decisive(finding)) return findings;
  }
  return findings;
}

function firstHoldingInMessage<Reason extends string>(
  scan: MessageScan,
  id: number,
  cue: Cue<Reason>,
  checks: ActiveChecks,
  trace?: CueTrace,
  where?: { clause: number },
): Subject | null {
  const pattern = scan.index.patternOf(id);
  for (const index of scan.clausesFor(id)) {
    const cancelled = trace && ((by: Cancellation) => trace.cancelled(cue, by, index));
    const subject = firstHolding(cue, pattern, checks, scan, index, cancelled);
    if (subject && subject !== "generic") {
      if (where) where.clause = index;
      return subject;
    }
    if (cancelled) {
      // Only a clause with a figure of speech blanked out can have lost a match to one (most have none: no second run).
      const masked = scan.clause(index);
      const text = scan.clauseText(index);
      if (subject === "generic") cancelled("subject");
      else if (masked !== text && !matchesAt(cue, masked) && matchesAt(cue, text)) cancelled("figurative");
    }
  }
  return null;
}

/** Whether the cue's pattern matches the text at all (explaining only). */
function matchesAt(cue: Cue<string>, text: string): boolean {
  cue.pattern.lastIndex = 0;
  const found = cue.pattern.test(text);
  cue.pattern.lastIndex = 0;
  return found;
}

type ActiveChecks = Record<Check, boolean>;

/** The group's checks less those the cue ignores. */
function activeChecks(cue: Cue<string>, checks: readonly Check[]): ActiveChecks {
  const on = (check: Check) => checks.includes(check) && !cue.ignore?.includes(check);
  return { negation: on("negation"), past: on("past"), hypothetical: on("hypothetical"), topic: on("topic") };
}

/**
 * Whose risk the first match of the cue that survives its checks describes, or null when none does.
 * The clause's tense is worked out only once the pattern has matched (most clauses never match).
 */
function firstHolding<Reason extends string>(
  cue: Cue<Reason>,
  pattern: RegExp,
  checks: ActiveChecks,
  scan: MessageScan,
  index: number,
  cancelled?: (by: Cancellation) => void,
): Subject | null {
  const clause = scan.clause(index);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
    if (match[0].length === 0) pattern.lastIndex++;
    const focus = cue.focus && match[1] ? match[1] : match[0];
    const start = match.index + match[0].length - focus.length;
    const clauseTense = checks.past ? scan.tense(index) : "present";
    if (clauseTense === "past" || (clauseTense === "mixed" && isPastAt(clause, start))) {
      cancelled?.("past");
      return null;
    }
    if (checks.negation && isNegated(clause, start)) {
      cancelled?.("negation");
      continue;
    }
    if (checks.hypothetical && isHypothetical(clause, start)) {
      cancelled?.("hypothetical");
      continue;
    }
    if (checks.topic && isTopicMention(clause, start, start + focus.length)) {
      cancelled?.("topic");
      continue;
    }
    if (cue.who === "subject") return subjectOf(clause, start);
    if (cue.who === "match") return subjectInside(match[0]) ?? subjectOf(clause, start);
    if (cue.who === "other") return subjectOf(clause, start) === "generic" ? "generic" : "other";
    return speakerOf(clause, match.index);
  }
  return null;
}
