// `npx node scripts/triage/ask-pack-rates.ts [--lang en] [--show]`: check-in and crisis rates of a language's
// engine judgement (judgeInLanguages) with and without its check-in pack (ASK_PACKS), on the OPEN splits only
// (train, calibration) of every labelled source in that language: the project's corpora and the external ones.
// The sealed split is skipped before any text is judged; `npm run eval` measures it. `--show` prints the open
// rows the pack moves (their text: external text is git-ignored, never commit the output).
import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { judgeInLanguages, packsFor } from "../../functions/engine/triage/judge-in-languages.ts";
import { allExamples, type Example } from "../../test/eval/labelled-data.ts";

const args = process.argv.slice(2);
const language = args.includes("--lang") ? args[args.indexOf("--lang") + 1]! : "en";
const show = args.includes("--show");
if (language !== "en") throw new Error("--lang: only en has labelled sources read here (Spanish: docs/languages.md)");

const withPack = packsFor(language);
const withoutPack = withPack.filter((pack) => !pack.askOnly);
if (withPack.length === withoutPack.length) console.log(`(${language} has no check-in pack: both columns are the same)`);

/** Words that make a post a "crisis-word" one (the external sources' own categories mark them). */
const CRISIS_WORD_CATEGORIES = new Set(["crisis-words", "crisis-words-joking"]);

interface Tally {
  rows: number;
  checkInBefore: number;
  crisis: number;
  checkIn: number;
  /** Rows the check-in pack moves from no risk to a check-in. */
  moved: number;
}

const open = allExamples().filter((example) => example.split !== "sealed");
const tallies = new Map<string, Tally>();
const moved: string[] = [];
for (const example of open) {
  const message = normalise(example.text);
  const before = judgeInLanguages(message, language, withoutPack).risk.level;
  const after = judgeInLanguages(message, language, withPack).risk.level;
  for (const key of keysOf(example)) {
    const tally = tallies.get(key) ?? { rows: 0, checkInBefore: 0, crisis: 0, checkIn: 0, moved: 0 };
    tallies.set(key, tally);
    tally.rows++;
    if (before === "check_in") tally.checkInBefore++;
    if (after === "crisis") tally.crisis++;
    if (after === "check_in") tally.checkIn++;
    if (before !== after) tally.moved++;
  }
  if (show && before !== after) moved.push(`  ${example.source}/${example.category} ${before} → ${after}: ${example.text.replace(/\s+/g, " ").slice(0, 160)}`);
}

/** The rows a figure is counted in: its source and label, and the crisis-word-free real posts together. */
function keysOf(example: Example): string[] {
  const keys = [`${example.source} · ${example.crisis ? "crises" : "others"}`];
  const external = !example.source.startsWith("project-");
  if (external && !example.crisis && example.source !== "sdcnl" && !CRISIS_WORD_CATEGORIES.has(example.category))
    keys.push("ALL real crisis-word-free posts (not sdcnl)");
  return keys;
}

const pct = (n: number, of: number) => (of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}%`);
console.log(`Open splits (train + calibration) only, judged as the engine does for language "${language}".\n`);
console.log("| rows | n | crisis | check-in without the pack | check-in with it | moved by the pack | crisis or check-in with it |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `| ${key} | ${t.rows} | ${pct(t.crisis, t.rows)} | ${pct(t.checkInBefore, t.rows)} | ${pct(t.checkIn, t.rows)} | ${t.moved} | ${pct(t.crisis + t.checkIn, t.rows)} |`,
  );
if (show) console.log(`\nRows the check-in pack moves (${moved.length}):\n${moved.join("\n")}`);
