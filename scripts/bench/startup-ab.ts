// `npx node scripts/bench/startup-ab.ts <bundle-dir-a> <bundle-dir-b> [pairs]`: two built bundles' start-up
// (`wrangler deploy --dry-run --outdir <dir>` in each checkout), a fresh isolate of each in turn, A first in odd pairs
// and B first in even ones, so the machine's load falls on both alike. Prints each run and each bundle's median and range.
import { loadavg } from "node:os";
import { join } from "node:path";
import { readWorkerSettings } from "./serve-bundle.ts";
import { profileStartup } from "./startup.ts";
import { median } from "./stats.ts";

const [a, b, pairsArg] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: startup-ab.ts <bundle-dir-a> <bundle-dir-b> [pairs]");
const pairs = Number(pairsArg ?? 7);
const settings = readWorkerSettings();
const runs: Record<string, number[]> = { [a]: [], [b]: [] };
console.log(`load average ${loadavg()[0]!.toFixed(2)} at the start`);
for (let pair = 1; pair <= pairs; pair++) {
  for (const dir of pair % 2 === 1 ? [a, b] : [b, a]) {
    const sample = await profileStartup(join(dir, "index.js"), settings);
    runs[dir]!.push(sample.startupMs);
    console.log(`${dir}: ${sample.startupMs.toFixed(1)} ms (first answer ${sample.firstAnswerMs.toFixed(1)} ms)`);
  }
}
for (const [dir, samples] of Object.entries(runs)) {
  console.log(
    `${dir}: median ${median(samples).toFixed(1)} ms, ${Math.min(...samples).toFixed(1)}–${Math.max(...samples).toFixed(1)} ms over ${samples.length}`,
  );
}
console.log(`load average ${loadavg()[0]!.toFixed(2)} at the end`);
