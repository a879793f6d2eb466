/**
 * Cue patterns as V8 compiles them, with less machine code and the same matches.
 *
 * V8's regexp compiler (irregexp) specialises the code after an alternation for each way into it, up to ten
 * copies a node, so a `{PERSON}` list after `(?:my|the|our|his|her|…)` is emitted many times over: the English
 * cues compiled to ~18 MB of machine code. Past 16 MB of executable memory V8 compiles every further pattern
 * without its optimisations (about ten times slower; docs/performance.md, "Cue patterns' machine code").
 * An empty lookahead `(?=)` after a group makes V8 settle the pending state there, so what follows is emitted
 * once. It matches the empty string wherever it stands and captures nothing, and a lookahead is never
 * re-entered on backtracking, so the pattern's matches, their order and their groups are exactly the same.
 */
const BARRIER = "(?=)";

/** The end of the quantifier (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, each optionally lazy) at `at`, or `at` when there is none. */
function quantifierEnd(source: string, at: number): number {
  let end = at;
  const next = source[at];
  if (next === "?" || next === "*" || next === "+") end = at + 1;
  else if (next === "{") {
    const bound = /^\{\d+(?:,\d*)?\}/.exec(source.slice(at, at + 24));
    if (bound) end = at + bound[0].length;
  }
  if (end > at && source[end] === "?") end++;
  return end;
}

/** The index of the `]` closing the character class opening at `open` (escapes and a leading `]` or `^` skipped); the source's length if none does. */
export function closingBracket(source: string, open: number): number {
  let at = open + 1;
  if (source[at] === "^") at++;
  if (source[at] === "]") at++;
  while (at < source.length && source[at] !== "]") at += source[at] === "\\" ? 2 : 1;
  return at;
}

/** The index just past the character class opening at `start` (`[…]`). */
function classEnd(source: string, start: number): number {
  const close = closingBracket(source, start);
  if (close >= source.length) throw new SyntaxError(`Unterminated character class in /${source}/`);
  return close + 1;
}

/**
 * The pattern with an empty lookahead after every group that is not itself a lookaround (after its
 * quantifier, if any), except a group that opens an alternative (at its start, or after a leading `\b` or `^`):
 * there V8 reads the first characters any match can start with to skip places where none can, and a barrier
 * right behind them hides what follows, so every place is tried (the cues ran ~20% slower with those barriers;
 * the code they save is ~1.2 MB of the English cues' ~6; docs/performance.md, "round 3 eighth session").
 * The source is read as a regular expression without the `u` or `v` flag.
 */
export function withCodeBarriers(source: string): string {
  const parts: string[] = [];
  /** Per open group, whether it is a lookaround, and whether it opens an alternative (no barrier after either). */
  const open: { lookaround: boolean; opening: boolean }[] = [];
  let copied = 0;
  let at = 0;
  /** Where the current alternative starts (moved past a leading `\b` or `^`). */
  let alternativeStart = 0;
  while (at < source.length) {
    const char = source[at];
    if (char === "\\") {
      if (source[at + 1] === "b" && at === alternativeStart) alternativeStart = at + 2;
      at += 2;
    } else if (char === "[") at = classEnd(source, at);
    else if (char === "^" && at === alternativeStart) alternativeStart = ++at;
    else if (char === "|") alternativeStart = ++at;
    else if (char === "(") {
      const lookaround =
        source[at + 1] === "?" &&
        (source[at + 2] === "=" || source[at + 2] === "!" || (source[at + 2] === "<" && (source[at + 3] === "=" || source[at + 3] === "!")));
      open.push({ lookaround, opening: at === alternativeStart });
      // The group's first alternative starts after its opening ("(", "(?:", "(?=", "(?<!", "(?<name>").
      at =
        source[at + 1] !== "?"
          ? at + 1
          : source[at + 2] === ":" || source[at + 2] === "=" || source[at + 2] === "!"
            ? at + 3
            : lookaround
              ? at + 4
              : source.indexOf(">", at) + 1;
      alternativeStart = at;
    } else if (char === ")") {
      const group = open.pop();
      if (group === undefined) throw new SyntaxError(`Unmatched ")" in /${source}/`);
      at = quantifierEnd(source, at + 1);
      if (!group.lookaround && !group.opening) {
        parts.push(source.slice(copied, at), BARRIER);
        copied = at;
      }
    } else at++;
  }
  if (open.length > 0) throw new SyntaxError(`Unterminated group in /${source}/`);
  parts.push(source.slice(copied));
  return parts.join("");
}

const COMPACT = new WeakMap<RegExp, RegExp>();

/** The pattern with code barriers, made once per pattern (patterns shared by several cues stay shared); same flags. */
export function withBarriersCompiled(pattern: RegExp): RegExp {
  let compact = COMPACT.get(pattern);
  if (!compact) COMPACT.set(pattern, (compact = new RegExp(withCodeBarriers(pattern.source), pattern.flags)));
  return compact;
}
