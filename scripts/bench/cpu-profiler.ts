import type { MiniflareInstance } from "./miniflare.ts";

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface CpuProfiler {
  /** The worker's CPU profile while `work` runs. */
  profile(work: () => Promise<unknown>): Promise<CpuProfile>;
  close(): void;
}

/** V8's sampling profiler in one of the instance's workers, a sample every `intervalMicros`. */
export async function openCpuProfiler(mf: MiniflareInstance, workerName: string, intervalMicros: number): Promise<CpuProfiler> {
  const inspector = await connectInspector(new URL(`/core:user:${workerName}`, await mf.getInspectorURL()));
  try {
    await inspector.send("Profiler.enable");
    await inspector.send("Profiler.setSamplingInterval", { interval: intervalMicros });
  } catch (error) {
    inspector.close();
    throw error;
  }
  return {
    async profile(work) {
      await inspector.send("Profiler.start");
      await work();
      return ((await inspector.send("Profiler.stop")) as { profile: CpuProfile }).profile;
    },
    close: () => inspector.close(),
  };
}

interface Inspector {
  send(method: string, params?: object): Promise<unknown>;
  close(): void;
}

/** A minimal Chrome DevTools Protocol client over Node's built-in WebSocket. */
async function connectInspector(url: URL): Promise<Inspector> {
  const socket = new WebSocket(url);
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.reject(new Error(`Inspector: ${message.error.message}`));
    else waiting.resolve(message.result);
  });
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener("open", () => resolve(), { once: true });
    socket.addEventListener("error", () => reject(new Error(`Could not reach the inspector at ${url}`)), { once: true });
  });
  return {
    send(method, params = {}) {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    close: () => socket.close(),
  };
}
