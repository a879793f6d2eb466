// `npx node scripts/bench/ab-processes.ts <old-checkout> [new-checkout] [pairs] [rounds]`: engine-figures.ts for two
// checkouts, each run in a fresh process, alternating (old, new, then new, old, …) so that both meet the same load on a
// shared machine. Prints each run's figures, then the median of each figure per checkout and new/old.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

const [oldCheckout, newCheckout = resolve(import.meta.dirname, "../.."), pairsArgument = "3", rounds = "15"] = process.argv.slice(2);
if (!oldCheckout) throw new Error("Usage: ab-processes.ts <old-checkout> [new-checkout] [pairs] [rounds]");
const script = resolve(import.meta.dirname, "engine-figures.ts");
const runs: [Record<string, number>[], Record<string, number>[]] = [[], []];
for (let pair = 0; pair < Number(pairsArgument); pair++) {
  for (const which of pair % 2 === 0 ? [0, 1] : [1, 0]) {
    const output = execFileSync(process.execPath, [script, which === 0 ? oldCheckout : newCheckout, rounds], { encoding: "utf8" });
    const figures = JSON.parse(output.trim().split("\n").at(-1)!);
    runs[which]!.push(figures);
    console.log(`${which === 0 ? "old" : "new"} ${JSON.stringify(figures)}`);
  }
}
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const key of Object.keys(runs[0][0]!)) {
  const old = middle(runs[0].map((figures) => figures[key]!));
  const current = middle(runs[1].map((figures) => figures[key]!));
  console.log(
    `${key.padEnd(16)} µs, median of runs: old ${String(old).padStart(5)} | new ${String(current).padStart(5)} | new/old ${(current / old).toFixed(2)}`,
  );
}
