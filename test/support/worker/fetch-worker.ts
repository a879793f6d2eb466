import { exports } from "cloudflare:workers";

/** Sends a request through the Worker's real `fetch` (the same entry point production uses). */
export function fetchWorker(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`http://alliance.test${path}`, init));
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetchWorker(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function expectJsonError(response: Response, status: number, code: string): Promise<string> {
  const body = (await response.json()) as { error?: { code?: string; message?: string } };
  if (response.status !== status || body.error?.code !== code) {
    throw new Error(`expected ${status} ${code}, got ${response.status} ${JSON.stringify(body)}`);
  }
  return body.error.message ?? "";
}
