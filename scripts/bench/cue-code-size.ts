// `npx node scripts/bench/cue-code-size.ts [checkout] [top]`: how much machine code V8 generates for each pack's cue
// patterns. Each cue's pattern (as the engine compiles it) is run once on a 1,200-character text, which makes V8
// compile it to machine code at once (texts of 1,000 characters or more skip its bytecode interpreter); the code
// space before and after (`v8.getHeapSpaceStatistics`, code space and large code objects) is the pattern's size.
// Past ~1 MB of regexp code and 16 MB of executable memory V8 compiles patterns without its optimisations
// (docs/performance.md, "Cue patterns' machine code"), so the total is what matters. Prints totals per pack and
// the largest cues; no message text.
import { resolve } from "node:path";
import { getHeapSpaceStatistics } from "node:v8";
import { storyWithQuestion } from "./long-messages.ts";

const [checkout = resolve(import.meta.dirname, "../.."), topArgument = "12"] = process.argv.slice(2);
const { TRIAGE_PACKS } = await import(resolve(checkout, "functions/engine/triage/packs.ts"));
const { compiledPack } = await import(resolve(checkout, "functions/engine/triage/compiled-pack.ts"));

function codeBytes(): number {
  let total = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === "code_space" || space.space_name === "code_large_object_space") total += space.space_used_size;
  }
  return total;
}

const subject = storyWithQuestion(1_200).toLowerCase().slice(0, 1_200);
const sizes: { id: string; bytes: number; source: number }[] = [];
let all = 0;
for (const [language, pack] of Object.entries(TRIAGE_PACKS)) {
  const { cues } = compiledPack(pack);
  let packTotal = 0;
  for (const cue of cues as { id: string; pattern: RegExp; source: string }[]) {
    const before = codeBytes();
    cue.pattern.lastIndex = 0;
    cue.pattern.exec(subject);
    cue.pattern.lastIndex = 0;
    const bytes = Math.max(0, codeBytes() - before);
    packTotal += bytes;
    sizes.push({ id: `${language}:${cue.id}`, bytes, source: cue.source.length });
  }
  all += packTotal;
  console.log(`${language}: ${cues.length} cues, ${(packTotal / 1e6).toFixed(2)} MB of code`);
}
console.log(`all packs: ${(all / 1e6).toFixed(2)} MB of code`);
sizes.sort((a, b) => b.bytes - a.bytes);
for (const { id, bytes, source } of sizes.slice(0, Number(topArgument))) {
  console.log(`  ${(bytes / 1e3).toFixed(0).padStart(6)} kB  ${String(source).padStart(6)} chars  ${id}`);
}
