import { expect } from "vitest";
import { fetchWorker } from "./fetch-worker.ts";

export const ORIGIN = "http://alliance.test";

/** A form POST from the moderator page's own origin (repeated names for list fields). */
export function postForm(path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<Response> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return fetchWorker(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, ...headers },
    body: body.toString(),
    redirect: "manual",
  });
}

/** Signs in through the form; returns the cookie header to send and the page's CSRF token. */
export async function signIn(platform: "discord" | "slack", communityId: string, token: string) {
  const response = await postForm("/admin/sign-in", { platform, communityId, token });
  expect(response.status).toBe(303);
  const setCookie = response.headers.get("set-cookie") ?? "";
  const cookie = setCookie.split(";")[0]!;
  const page = await (await fetchWorker("/admin", { headers: { cookie } })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
  return { cookie, csrf, setCookie, page };
}
