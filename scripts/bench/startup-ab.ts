// `npx node scripts/bench/startup-ab.ts <bundle-dir-a> <bundle-dir-b> [pairs]`: two built bundles' start-up
// (`wrangler deploy --dry-run --outdir <dir>` in each checkout), a fresh isolate of each in turn, A first in odd pairs
// and B first in even ones, so the machine's load falls on both alike. Each isolate is measured twice: the profile's
// active time, as `npm run bench` reports it, and (another fresh isolate, no profiler) workerd's CPU time, which
// counts no time spent waiting for a core. Prints each run and each bundle's medians and ranges.
import { loadavg } from "node:os";
import { join } from "node:path";
import { readWorkerSettings } from "./serve-bundle.ts";
import { profileStartup, startupCpuMs } from "./startup.ts";
import { median } from "./stats.ts";

const [a, b, pairsArg] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: startup-ab.ts <bundle-dir-a> <bundle-dir-b> [pairs]");
const pairs = Number(pairsArg ?? 7);
const settings = readWorkerSettings();
const runs = new Map([a, b].map((dir) => [dir, { profiled: [] as number[], cpu: [] as number[] }]));
console.log(`load average ${loadavg()[0]!.toFixed(2)} at the start`);
for (let pair = 1; pair <= pairs; pair++) {
  for (const dir of pair % 2 === 1 ? [a, b] : [b, a]) {
    const script = join(dir, "index.js");
    const profiled = (await profileStartup(script, settings)).startupMs;
    const cpu = await startupCpuMs(script, settings);
    runs.get(dir)!.profiled.push(profiled);
    if (cpu !== undefined) runs.get(dir)!.cpu.push(cpu);
    console.log(`${dir}: profiled ${profiled.toFixed(1)} ms, CPU ${cpu?.toFixed(1) ?? "n/a"} ms`);
  }
}
const range = (values: number[]) => `median ${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
for (const [dir, { profiled, cpu }] of runs) {
  console.log(`${dir}: profiled ${range(profiled)}${cpu.length > 0 ? `, CPU ${range(cpu)}` : ""} over ${profiled.length}`);
}
console.log(`load average ${loadavg()[0]!.toFixed(2)} at the end`);
