import { startFakeServer } from "./fake-worker.ts";

/** Channel ids starting with this make the fake answer 403, like a channel the bot cannot see. */
export const FORBIDDEN_CHANNEL_PREFIX = "403";

/**
 * A loopback stand-in for Discord's REST API: it records every call and answers the few routes
 * Alliance uses. `GET /__requests` lists what it recorded, so tests running in workerd can look too.
 */
export async function startFakeDiscordApi() {
  let nextId = 1_000;
  const server = await startFakeServer((request, response) => {
    const url = request.url ?? "";
    const json = (status: number, body: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (url === "/__requests")
      return json(
        200,
        server.requests.filter((r) => r.url !== "/__requests"),
      );
    if (!/^Bot \S+$/.test(request.headers.authorization ?? "")) return json(401, { message: "401: Unauthorized", code: 0 });
    const channel = /^\/channels\/(\d+)\/messages$/.exec(url);
    if (request.method === "POST" && channel) {
      if (channel[1]!.startsWith(FORBIDDEN_CHANNEL_PREFIX)) return json(403, { message: "Missing Access", code: 50001 });
      return json(200, { id: String((nextId += 1)), channel_id: channel[1] });
    }
    if (request.method === "PUT" && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(url)) {
      return json(200, JSON.parse(server.requests.at(-1)!.body || "[]"));
    }
    return json(404, { message: "404: Not Found", code: 0 });
  });
  return server;
}
