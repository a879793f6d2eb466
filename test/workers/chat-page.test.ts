import { describe, expect, it } from "vitest";
import { fetchWorker } from "./fetch-worker.ts";

describe("GET / (the chat page)", () => {
  it("serves an HTML chat box with a form, a labelled input and a live region", async () => {
    const response = await fetchWorker("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html; ?charset=utf-8/i);
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<form id="ask">/);
    expect(html).toMatch(/<label for="question">[^<]+<\/label>\s*<textarea id="question"/);
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('platform: "web"');
  });

  it("sets a strict Content-Security-Policy whose nonce is the one on its script and style", async () => {
    const response = await fetchWorker("/");
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src 'nonce-${nonce}'`);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await response.text();
    expect(html.match(/<script\b[^>]*>/g)).toEqual([`<script nonce="${nonce}">`]);
    expect(html.match(/<style\b[^>]*>/g)).toEqual([`<style nonce="${nonce}">`]);
    expect(html).not.toMatch(/\sstyle="|\son[a-z]+="/);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("uses a fresh nonce for every response", async () => {
    const nonceOf = async () => (await fetchWorker("/")).headers.get("content-security-policy")?.match(/nonce-([^']+)/)?.[1];
    expect(await nonceOf()).not.toBe(await nonceOf());
  });

  it("renders replies without innerHTML", async () => {
    const html = await (await fetchWorker("/")).text();
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(html).toContain("textContent");
  });
});
