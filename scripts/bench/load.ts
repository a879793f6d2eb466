import { Agent, request } from "node:http";
import { ascending, quantile } from "./stats.ts";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses other than 200, by status (0: the connection failed). */
  failures: Record<number, number>;
  /** CPU the server process(es) used per request (µs), when the platform tells us. */
  serverCpuMicros?: number;
  /** CPU the load generator used per request (µs): it must stay well below the server's to measure the server. */
  clientCpuMicros: number;
}

export interface LoadOptions {
  url: URL;
  concurrency: number;
  durationMs: number;
  /** The i-th request of the phase. */
  next(index: number): LoadRequest;
  /** Total CPU time (µs) of the server so far, if it can be read. */
  serverCpu?: () => number | undefined;
}

/**
 * A closed loop of `concurrency` keep-alive connections, each sending its next request as soon as
 * the previous answer has been read, until `durationMs` has passed.
 */
export async function runLoad({ url, concurrency, durationMs, next, serverCpu }: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const failures: Record<number, number> = {};
  let issued = 0;
  const clientBefore = process.cpuUsage();
  const serverBefore = serverCpu?.();
  const started = performance.now();
  const deadline = started + durationMs;
  const connection = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      const status = await send(agent, url, next(issued++));
      latencies.push(performance.now() - sent);
      if (status !== 200) failures[status] = (failures[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, connection));
  const seconds = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const serverAfter = serverCpu?.();
  agent.destroy();
  const sorted = ascending(latencies);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    failures,
    ...(serverBefore !== undefined && serverAfter !== undefined ? { serverCpuMicros: (serverAfter - serverBefore) / latencies.length } : {}),
    clientCpuMicros: (client.user + client.system) / latencies.length,
  };
}

function send(agent: Agent, base: URL, { method, path, headers = {}, body }: LoadRequest): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = request(
      { agent, host: base.hostname, port: base.port, method, path, headers: body ? { ...headers, "content-length": body.length } : headers },
      (response) => {
        response.on("data", () => undefined);
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", () => resolve(0));
      },
    );
    outgoing.on("error", () => resolve(0));
    outgoing.end(body);
  });
}
