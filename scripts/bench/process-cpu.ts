import { existsSync, readdirSync, readFileSync } from "node:fs";

/**
 * CPU time (µs) used so far by every thread of the workerd processes this process started, from
 * Linux's /proc (schedstat: nanoseconds); undefined elsewhere. It shows what a request costs the
 * server whatever the load generator costs, and counts no time spent waiting for a core.
 */
export function workerdCpuReader(): (() => number | undefined) | undefined {
  if (!existsSync("/proc/self/task")) return undefined;
  const pids = descendants(process.pid).filter((pid) => processName(pid) === "workerd");
  if (pids.length === 0) return undefined;
  return () => {
    let nanoseconds = 0;
    for (const pid of pids) {
      const used = threadsCpuNanoseconds(pid);
      if (used === undefined) return undefined;
      nanoseconds += used;
    }
    return nanoseconds / 1000;
  };
}

function threadsCpuNanoseconds(pid: number): number | undefined {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  let total = 0;
  for (const thread of threads) {
    try {
      total += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // the thread has just ended
    }
  }
  return total;
}

function processName(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ")".
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    const parent = Number.isInteger(pid) ? parentOf(pid) : undefined;
    if (parent !== undefined) parents.set(pid, parent);
  }
  const isDescendant = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) if (at === root) return true;
    return false;
  };
  return [...parents.keys()].filter(isDescendant);
}
