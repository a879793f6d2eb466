import { cpus, freemem, totalmem, type } from "node:os";

/** One line saying where the figures come from: they mean little without it. */
export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() ?? "unknown CPU";
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(0)} GiB`;
  return `${model}, ${cores.length} logical cores, ${gib(totalmem())} RAM (${gib(freemem())} free), ${type()} ${process.arch}, Node ${process.versions.node} (V8 ${process.versions.v8})`;
}
