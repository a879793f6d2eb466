import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeHandler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

/** A local HTTP server standing in for the Worker (or a platform API) on loopback. */
export async function startFakeServer(handler: FakeHandler) {
  const requests: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      requests.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body });
      handler(request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    // Dropping kept-alive and pending connections makes closing immediate (a slow fake would hold it open).
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A loopback URL that refuses connections: a Worker that is down. */
export async function closedPortUrl(): Promise<string> {
  const server = await startFakeServer(() => {});
  await server.close();
  return server.url;
}
