/** Negation scope: a negator in the few words before a cue, with no new subject or comma in between. */
const NEGATORS: ReadonlySet<string> = new Set(["not", "never", "no", "nor", "neither", "without", "zero", "hardly", "barely"]);
const SUBJECTS: ReadonlySet<string> = new Set(["i", "he", "she", "they", "you", "we"]);
/** "can not stop thinking about…", "not sure…": negators that do not deny what follows. */
const PSEUDO: ReadonlySet<string> = new Set([
  "sure",
  "only",
  "just",
  "stop",
  "help",
  "wait",
  "handle",
  "cope",
  "control",
  "shake",
  "bear",
  "stand",
  "resist",
  "doubt",
  "matter",
  "deny",
  "get",
  "seem",
  "escape",
  "fight",
  "ignore",
  "know",
  "mind",
  "care",
]);
const WINDOW_WORDS = 5;

/** "never *said* I wanted to", "did not *mean* I…": a denied report denies what it reports. */
const REPORTING: ReadonlySet<string> = new Set(["said", "say", "meant", "mean", "told", "tell", "claimed", "implied", "suggested", "saying"]);

export function isNegated(clause: string, index: number): boolean {
  const before = clause.slice(Math.max(0, index - 60), index);
  const words = before
    .slice(before.lastIndexOf(",") + 1)
    .split(" ")
    .filter(Boolean)
    .slice(-(WINDOW_WORDS + 3));
  for (let at = words.length - 1; at >= Math.max(0, words.length - WINDOW_WORDS); at--) {
    const word = words[at]!;
    if (SUBJECTS.has(word)) return deniedReport(words, at);
    if (NEGATORS.has(word)) return !PSEUDO.has(words[at + 1] ?? "");
  }
  return false;
}

function deniedReport(words: readonly string[], subjectAt: number): boolean {
  let verbAt = subjectAt - 1;
  if (words[verbAt] === "that") verbAt--;
  if (!REPORTING.has(words[verbAt] ?? "")) return false;
  return [words[verbAt - 1], words[verbAt - 2]].some((word) => word !== undefined && NEGATORS.has(word));
}
