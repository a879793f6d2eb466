import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SECURE_HEADERS } from "../../functions/http/secure-headers.ts";
import { MAX_TEXT_CHARS } from "../../shared/schemas/answer.ts";

const read = (path: string) => readFileSync(new URL(`../../public/${path}`, import.meta.url), "utf8");

describe("the static files (public/)", () => {
  it("the chat page has no inline script, style or handler, and caps questions as the API does", () => {
    const html = read("index.html");
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="/chat.js" defer>']);
    expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/);
    expect(html).toContain(`maxlength="${MAX_TEXT_CHARS}"`);
  });

  it("the chat script renders replies without innerHTML and asks as the web platform", () => {
    const script = read("chat.js");
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(script).toContain("textContent");
    expect(script).toContain('platform: "web"');
  });

  it("_headers gives every file the Worker's secure headers", () => {
    const headers = read("_headers");
    for (const [name, value] of SECURE_HEADERS) expect(headers).toContain(`  ${name}: ${value}\n`);
  });
});
