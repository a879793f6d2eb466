// `npx node scripts/bench/pattern-code-size.ts [top]`: what code barriers (functions/engine/triage/regexp-code.ts) would
// do to the engine's patterns beyond the cues: small talk's (Spanish, Portuguese, French, German), retrieval's phrase
// rules and normalise's shorthand phrases, each as written against the same with barriers, in one process.
// - code: each pattern run once on a 1,200-character text (V8 then compiles it to machine code at once), the code
//   space before and after, as cue-code-size.ts measures it; and the time of that first run (compiling included).
// - time: each set run over 1,500 corpus messages and the 4,000-character question once compiled (median of 7 passes).
// Prints totals per set and the patterns that slow down most; no message text.
import { getHeapSpaceStatistics } from "node:v8";
import { SMALL_TALK_WORDS } from "../../functions/engine/compose/small-talk-languages.ts";
import { PHRASES as SHORTHAND_PHRASES } from "../../functions/engine/normalise/shorthand.ts";
import { PHRASES as RETRIEVAL_PHRASES } from "../../functions/engine/retrieve/lexicon.ts";
import { withCodeBarriers } from "../../functions/engine/triage/regexp-code.ts";
import { CORPUS_TEXTS } from "./engine.ts";
import { storyWithQuestion } from "./long-messages.ts";

const [topArgument = "6"] = process.argv.slice(2);
const subject = storyWithQuestion(1_200).toLowerCase().slice(0, 1_200);
const texts = [...CORPUS_TEXTS.slice(0, 1_500).map((text) => text.toLowerCase()), storyWithQuestion(4_000).toLowerCase()];

function codeBytes(): number {
  let total = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === "code_space" || space.space_name === "code_large_object_space") total += space.space_used_size;
  }
  return total;
}

function micros(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e3;
}

/** Machine code and the first run's time (compiling included) for a new pattern of this source. */
function firstRun(pattern: RegExp): { bytes: number; micros: number } {
  const before = codeBytes();
  const started = process.hrtime.bigint();
  pattern.exec(subject);
  return { micros: micros(started), bytes: Math.max(0, codeBytes() - before) };
}

function pass(pattern: RegExp): number {
  const started = process.hrtime.bigint();
  for (const text of texts) {
    pattern.lastIndex = 0;
    pattern.test(text);
  }
  return micros(started);
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const sets: Record<string, [id: string, pattern: RegExp][]> = {
  "small talk, es/pt/fr/de": Object.entries(SMALL_TALK_WORDS).flatMap(([language, words]) =>
    Object.entries(words).map(([name, pattern]) => [`${language}.${name}`, pattern] as [string, RegExp]),
  ),
  "retrieval phrase rules": RETRIEVAL_PHRASES.map(([pattern], index) => [`retrieval #${index}`, pattern]),
  "shorthand phrases": SHORTHAND_PHRASES.map(({ pattern }, index) => [`shorthand #${index}`, pattern]),
};
const slower: { id: string; ratio: number }[] = [];
for (const [name, patterns] of Object.entries(sets)) {
  const totals = { writtenBytes: 0, compactBytes: 0, writtenFirst: 0, compactFirst: 0, writtenPass: 0, compactPass: 0 };
  for (const [id, pattern] of patterns) {
    const written = new RegExp(pattern.source, pattern.flags);
    const compact = new RegExp(withCodeBarriers(pattern.source), pattern.flags);
    const [writtenFirst, compactFirst] = [firstRun(written), firstRun(compact)];
    totals.writtenBytes += writtenFirst.bytes;
    totals.compactBytes += compactFirst.bytes;
    totals.writtenFirst += writtenFirst.micros;
    totals.compactFirst += compactFirst.micros;
    pass(written);
    pass(compact);
    const runs: [number[], number[]] = [[], []];
    for (let round = 0; round < 7; round++) {
      runs[0].push(pass(written));
      runs[1].push(pass(compact));
    }
    totals.writtenPass += median(runs[0]);
    totals.compactPass += median(runs[1]);
    slower.push({ id, ratio: median(runs[1]) / median(runs[0]) });
  }
  console.log(
    `${name} (${patterns.length}): code ${(totals.writtenBytes / 1e3).toFixed(0)} → ${(totals.compactBytes / 1e3).toFixed(0)} kB, ` +
      `first run ${(totals.writtenFirst / 1e3).toFixed(1)} → ${(totals.compactFirst / 1e3).toFixed(1)} ms, ` +
      `a pass once compiled ${(totals.writtenPass / 1e3).toFixed(1)} → ${(totals.compactPass / 1e3).toFixed(1)} ms (as written → with barriers)`,
  );
}
slower.sort((a, b) => b.ratio - a.ratio);
for (const { id, ratio } of slower.slice(0, Number(topArgument))) console.log(`  ${ratio.toFixed(2)}× the time with barriers  ${id}`);
