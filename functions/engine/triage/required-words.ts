/**
 * The words a pattern cannot match without: for each top-level alternative of a cue's regex, a set of
 * word keys at least one of which any match must contain. Triage runs a cue only on clauses holding
 * one of them, so gating is derived from the pattern itself and can never hide a match.
 *
 * A key is the first four characters of a required literal word at a word start ("4:kill" matches
 * "kill", "killing"), its first three when it has three ("3:cut" matches "cuts"), or the whole word
 * when shorter ("w:mg"). `KeyedLists.forToken` finds a clause token's keys the same way.
 */

import type { Gate } from "./gate-tables.ts";
import { closingBracket } from "./regexp-code.ts";

type Item =
  | { kind: "run"; text: string; atStart: boolean; complete: boolean; exact: boolean; required: boolean }
  /** A group, or a positive lookaround: what it asserts must be in the clause too, though no match consumes it. */
  | { kind: "group"; branches: Item[][]; required: boolean; capturing?: boolean }
  | { kind: "other"; required: boolean };

/** How often a key's words turn up in messages to this bot: gating prefers the rarest required word. */
const VERY_COMMON = new Set([
  "w:i",
  "w:a",
  "w:to",
  "3:the",
  "w:my",
  "w:me",
  "3:you",
  "w:it",
  "w:is",
  "w:do",
  "3:and",
  "w:of",
  "w:in",
  "3:not",
  "4:that",
  "w:be",
  "w:am",
  "3:are",
  "4:have",
  "3:was",
  "w:so",
  "w:on",
  "4:this",
  "3:for",
  "4:with",
  "w:if",
  "w:at",
  "w:we",
  "w:he",
  "3:she",
  "3:her",
]);
const COMMON = new Set(
  "can,did,had,has,him,his,all,one,now,how,get,got,who,out,any,way,too,see,say,off,own,use,its,our,why,yes,may,let,ask,put,try,but,just"
    .split(",")
    .map((word) => `3:${word}`)
    .concat(
      "want,feel,like,abou,what,will,woul,goin,some,ther,they,when,know,thin,real,been,from,them,does,keep,make,take,tell,said,even,need,help,peop,ever,neve,coul,shou,gonn,wann,time,than,then,much,more,only,also,into,over,back,told,life,live,anyt,here,were,bein,doin,gett,look,come,good,sure,mean,coun,psyc,sess,star,give,talk,thou,afte,your"
        .split(",")
        .map((word) => `4:${word}`),
      "no,up,by,as,us,go,oh,ok,an,or".split(",").map((word) => `w:${word}`),
    ),
);

/**
 * A second key this common filters little and lengthens the lists its tokens walk: gates go without,
 * unless their first key is itself common (then the pair of words is what is rare: "was not *here*" + "*if*").
 */
const VERY_COMMON_COST = 1000;
const COMMON_COST = 50;

/** How common a key is, by its first four characters (a longer key is no rarer here: gates choose the same words). */
function weight(key: string): number {
  const short = key.length > 6 ? key.slice(0, 6) : key;
  return VERY_COMMON.has(short) ? VERY_COMMON_COST : COMMON.has(short) ? COMMON_COST : 1;
}

/**
 * The longest prefix a triage gate keys on ("4:overdos" answers to "overdosed", not to "over"). The situation cues'
 * gates keep four characters (gatesOf: their scan packs a word's first four characters).
 */
const LONG_KEY = 12;

/** Word characters as the regex engine's \\b sees them; clauses are tokenised on the same. */
const WORD_CHAR = /[a-z0-9_]/;

/** The gates of a pattern, one per top-level alternative; null when some alternative cannot be gated. */
export function gatesOf(source: string, keyLength = 4): Gate[] | null {
  const { branches } = parseAlternation(source, { at: 0 }, false);
  const gates: Gate[] = [];
  for (const branch of branches) {
    const [first, second] = keyedItems(branch, keyLength);
    if (!first) return null;
    gates.push({ first, second: second && (cost(second) < VERY_COMMON_COST || cost(first) >= COMMON_COST) ? second : null });
  }
  return gates;
}

/**
 * Like gatesOf, but a top-level alternative whose required group has several branches (a cue's phrases inside its
 * frame) gets a gate per branch: any match goes through one branch, so the clause holds that branch's required
 * words and the rest of the alternative's. Null when some alternative cannot be gated.
 */
export function branchGatesOf(source: string): Gate[] | null {
  const { branches } = parseAlternation(source, { at: 0 }, false);
  const gates: Gate[] = [];
  for (const branch of branches) {
    const split = widestRequiredGroup(branch);
    const ways = split ? split.branches.map((inner) => [...inner.map((item) => item), ...branch.filter((item) => item !== split)]) : [branch];
    for (const way of ways) {
      const [first, second, third] = keyedItems(way, LONG_KEY);
      if (!first) return split ? gatesOf(source, LONG_KEY) : null;
      const worth = (keys: readonly string[] | undefined): keys is string[] => !!keys && (cost(keys) < VERY_COMMON_COST || cost(first) >= COMMON_COST);
      if (!worth(second)) gates.push({ first, second: null });
      else if (!worth(third)) gates.push({ first, second });
      else gates.push({ first, second, third });
    }
  }
  return mergedBySecond(gates);
}

/**
 * Gates with the same second and third keys as one (their first keys together), then those with the same first and
 * third keys as one (their second keys together; none if one has none): each opens on exactly the clauses the gates it
 * replaces did.
 */
function mergedBySecond(gates: readonly Gate[]): Gate[] {
  const setKey = (keys: readonly string[] | null | undefined) => (keys ? [...keys].sort().join(" ") : "");
  const copy = (gate: Gate): Gate => {
    const copied: Gate = { first: [...gate.first], second: gate.second && [...gate.second] };
    if (gate.third) copied.third = [...gate.third];
    return copied;
  };
  const bySecond = new Map<string, Gate>();
  for (const gate of gates) {
    const key = `${setKey(gate.second)}/${setKey(gate.third)}`;
    const known = bySecond.get(key);
    if (known) known.first = [...new Set([...known.first, ...gate.first])];
    else bySecond.set(key, copy(gate));
  }
  const byFirst = new Map<string, Gate>();
  for (const gate of bySecond.values()) {
    const key = `${setKey(gate.first)}/${setKey(gate.third)}`;
    const known = byFirst.get(key);
    if (known) known.second = known.second && gate.second && [...new Set([...known.second, ...gate.second])];
    else byFirst.set(key, gate);
  }
  return [...byFirst.values()];
}

/** The required (non-lookaround) group of the sequence with the most branches, when it has at least two. */
function widestRequiredGroup(sequence: readonly Item[]): Extract<Item, { kind: "group" }> | null {
  let widest: Extract<Item, { kind: "group" }> | null = null;
  for (const item of sequence)
    if (item.kind === "group" && item.capturing && item.required && item.branches.length >= 2 && (!widest || item.branches.length > widest.branches.length))
      widest = item;
  return widest;
}

/** Every key a pattern can be gated on first (the union of its gates' first sets); null when it cannot be gated. */
export function requiredKeys(source: string): string[] | null {
  const gates = gatesOf(source);
  return gates ? [...new Set(gates.flatMap((gate) => gate.first))] : null;
}

/** A run's key: "4:" and its first 4 (up to `keyLength`) characters, "3:" and three, or "w:" and a whole short word. */
function keyOf(item: Extract<Item, { kind: "run" }>, keyLength: number): string | null {
  if (!item.atStart || !item.required) return null;
  if (item.text.length >= 4) return `4:${item.text.slice(0, keyLength)}`;
  if (item.text.length === 3) return `3:${item.text}`;
  return item.complete && item.text.length > 0 ? `w:${item.text}` : null;
}

/** Each required item of the sequence that can be keyed, as the set of keys one of which its matches contain. */
function keyedItems(sequence: readonly Item[], keyLength: number): string[][] {
  const found: string[][] = [];
  for (const item of sequence) {
    if (!item.required) continue;
    if (item.kind === "run") {
      const key = keyOf(item, keyLength);
      if (key) found.push([key]);
    } else if (item.kind === "group") {
      const union = new Set<string>();
      let keyed = true;
      for (const branch of item.branches) {
        const branchKeys = bestKeys(branch, keyLength);
        if (!branchKeys) {
          keyed = false;
          break;
        }
        for (const key of branchKeys) union.add(key);
      }
      if (keyed) found.push(keyLength > 4 ? withoutLonger([...union]) : [...union]);
    }
  }
  return found.sort((a, b) => cost(a) - cost(b));
}

/** The rarest set of keys that every match of the sequence contains one of, or null. */
function bestKeys(sequence: readonly Item[], keyLength: number): string[] | null {
  return keyedItems(sequence, keyLength)[0] ?? null;
}

/** The keys less those a shorter prefix key among them already answers for ("4:killing" beside "4:kill"). */
function withoutLonger(keys: readonly string[]): string[] {
  const prefixes = keys.filter((key) => key[0] !== "w").map((key) => key.slice(2));
  return keys.filter((key) => key[0] === "w" || !prefixes.some((prefix) => prefix.length < key.length - 2 && key.startsWith(prefix, 2)));
}

function cost(keys: readonly string[]): number {
  return keys.reduce((sum, key) => sum + weight(key), 0);
}

interface Parsed {
  branches: Item[][];
  /** Whether every branch leaves the next character at a word start. */
  endsAtStart: boolean;
}

function parseAlternation(source: string, cursor: { at: number }, atStart: boolean): Parsed {
  const first = parseSequence(source, cursor, atStart);
  const branches = [first.items];
  let endsAtStart = first.endsAtStart;
  while (source[cursor.at] === "|") {
    cursor.at++;
    const next = parseSequence(source, cursor, atStart);
    branches.push(next.items);
    endsAtStart &&= next.endsAtStart;
  }
  return { branches, endsAtStart };
}

function parseSequence(source: string, cursor: { at: number }, startsAtStart: boolean): { items: Item[]; endsAtStart: boolean } {
  const items: Item[] = [];
  let atStart = startsAtStart;
  while (cursor.at < source.length && source[cursor.at] !== "|" && source[cursor.at] !== ")") {
    const char = source[cursor.at]!;
    if (WORD_CHAR.test(char)) {
      let text = "";
      while (cursor.at < source.length && WORD_CHAR.test(source[cursor.at]!)) text += source[cursor.at++];
      const quantifier = readQuantifier(source, cursor);
      if (quantifier === "optional") text = text.slice(0, -1);
      const complete = quantifier === "one" && /^(?:\\b|[ '@-]|\$|$)/.test(source.slice(cursor.at, cursor.at + 2));
      items.push({ kind: "run", text, atStart, complete, exact: quantifier === "one", required: true });
      atStart = false;
    } else if (char === " ") {
      cursor.at++;
      atStart = readQuantifier(source, cursor) !== "optional";
    } else if (char === "\\") {
      const escaped = source[cursor.at + 1];
      cursor.at += 2;
      if (escaped === "b") {
        atStart = true;
        continue;
      }
      const quantifier = readQuantifier(source, cursor);
      items.push({ kind: "other", required: quantifier !== "optional" });
      atStart = escaped === "s" && quantifier !== "optional";
    } else if (char === "[") {
      cursor.at = closingBracket(source, cursor.at) + 1;
      const quantifier = readQuantifier(source, cursor);
      items.push({ kind: "other", required: quantifier !== "optional" });
      atStart = false;
    } else if (char === "(") {
      const start = cursor.at;
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(cursor.at, cursor.at + 4))?.[0];
      const lookbehind = lookaround?.includes("<") ?? false;
      cursor.at += source.startsWith("(?:", cursor.at) ? 3 : lookaround ? lookaround.length : 1;
      // A lookbehind's text ends here: where it starts is not known to be a word start (a \b or space inside tells).
      const group = parseAlternation(source, cursor, lookbehind ? false : atStart);
      cursor.at++;
      const quantifier = readQuantifier(source, cursor);
      if (lookaround) {
        // A positive lookaround holds in the clause the pattern runs on, so its required words are the clause's too;
        // a negative one requires nothing.
        if (lookaround.endsWith("=")) items.push({ kind: "group", branches: group.branches, required: quantifier !== "optional" });
        continue;
      }
      const required = quantifier !== "optional";
      if (quantifier === "one" && /^(?:\\b|[ '@-]|\$|$)/.test(source.slice(cursor.at, cursor.at + 2))) {
        for (const branch of group.branches) {
          const last = branch[branch.length - 1];
          if (last?.kind === "run" && last.exact) last.complete = true;
        }
      }
      items.push({ kind: "group", branches: group.branches, required, capturing: !source.startsWith("(?", start) });
      atStart = required ? group.endsAtStart : atStart && group.endsAtStart;
    } else {
      cursor.at++;
      const quantifier = readQuantifier(source, cursor);
      if (char === "^") atStart = true;
      else if (char !== "$") {
        items.push({ kind: "other", required: quantifier !== "optional" });
        atStart = false;
      }
    }
  }
  return { items, endsAtStart: atStart };
}

/** "optional" for ?, *, {0,…}; "one" when there is no quantifier; "many" for +, {n,…} with n ≥ 1. Lazy marks are skipped. */
function readQuantifier(source: string, cursor: { at: number }): "optional" | "one" | "many" {
  const char = source[cursor.at];
  let kind: "optional" | "one" | "many" = "one";
  if (char === "?" || char === "*") {
    kind = "optional";
    cursor.at++;
  } else if (char === "+") {
    kind = "many";
    cursor.at++;
  } else if (char === "{") {
    const close = source.indexOf("}", cursor.at);
    kind = /^\{0/.test(source.slice(cursor.at)) ? "optional" : "many";
    cursor.at = close + 1;
  } else {
    return kind;
  }
  if (source[cursor.at] === "?") cursor.at++;
  return kind;
}
